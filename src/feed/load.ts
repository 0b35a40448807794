/**
 * The only stage that talks to the network: fetches a feed with a time-out, a
 * size limit and an abort signal, and turns every way a request can fail into a
 * feed-level problem (never a thrown error). Parsing and validation are left to
 * `parseFeedText`, so the widget, the CLI and the tests judge a feed alike.
 */
import { parseFeedText } from './validate.js';
import { problem } from './problem.js';
import { decodeFeedBytes, type DecodedFeed } from './decode.js';
import type { FeedProblem, ValidationResult } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** 10 MB: room for about 10,000 entries with German and English texts. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface LoadOptions {
  /** Aborting ends the request quietly: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * Loads and validates the feed at `url` (already absolute). Resolves with a
 * result for every outcome, including failures; rejects only when `signal` aborts.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const loaded = await loadFeedText(url, options);
  return 'text' in loaded ? parseDecodedFeed(loaded) : { feed: null, problems: [loaded] };
}

/**
 * A decoded feed validated; a note on its encoding comes after the validator's problems,
 * so that a feed-level problem stays first (the widget shows the first one to readers).
 */
export function parseDecodedFeed(decoded: DecodedFeed): ValidationResult {
  const result = parseFeedText(decoded.text);
  return { feed: result.feed, problems: [...result.problems, ...decoded.problems] };
}

/**
 * The feed's text (decoded by decodeFeedBytes: strict UTF-8, else Windows-1252 or UTF-16
 * with a problem that says so), or the feed-level problem that kept it from being read.
 * The command line uses the text itself, to place problems at lines and columns.
 */
export async function loadFeedText(url: string, options: LoadOptions = {}): Promise<DecodedFeed | FeedProblem> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await fetchText(url, timeout.signal, maxBytes);
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    return timeout.signal.aborted
      ? problem('feed', '', 'timeout', { url, seconds: Math.ceil(timeoutMs / 1000) })
      : problem('feed', '', 'network-error', { url });
  } finally {
    clearTimeout(timer);
    // Ends the request on every path: a body left unread (an error status, too large) or
    // cancelled keeps flowing in WebKit until the connection is closed.
    timeout.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The body as text, or the feed-level problem that prevents reading it. */
async function fetchText(url: string, signal: AbortSignal, maxBytes: number): Promise<DecodedFeed | FeedProblem> {
  const response = await fetch(url, {
    signal,
    // Visitors' cookies and the page address are nobody else's business.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) {
    return problem('feed', '', 'http-status', { url, status: response.status });
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    return problem('feed', '', 'too-large', { url, max: formatMegabytes(maxBytes) });
  }
  const bytes = await readLimited(response, maxBytes);
  if (bytes === undefined) return problem('feed', '', 'too-large', { url, max: formatMegabytes(maxBytes) });
  // The bytes decide the encoding, not a charset in the Content-Type: servers label .json
  // files oddly, and RFC 8259 §11 gives application/json no charset parameter.
  const decoded = decodeFeedBytes(bytes);
  // A server that answers every path with its HTML start or error page, status 200. The body
  // decides, not the Content-Type: FEED.md asks for none, and servers label .json files oddly.
  if (/^\s*</.test(decoded.text)) {
    const type = response.headers.get('content-type') ?? '';
    return problem('feed', '', 'not-json-content', { url, type: type.split(';')[0] || 'text/html' });
  }
  return decoded;
}

/** Reads the body's bytes but stops as soon as they exceed `maxBytes` (a stream that never ends is cut off too). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) return undefined; // loadFeed aborts the request
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** `10 MB`, or `50 KB` for small limits (an editor may set `max-bytes` low). */
function formatMegabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
