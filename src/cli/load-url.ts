/**
 * `loadFeed` (the widget's own loader, with its time-out and size limit) plus the
 * text it read, which the command line needs for line and column numbers. The
 * loader does not hand out the text, so the response is cloned on its way in:
 * a wrapper around `fetch` for the length of one call, in a process that makes
 * no other requests.
 */
import { loadFeed } from '../feed/load.js';
import type { ProblemCode, ValidationResult } from '../feed/types.js';

/** After these the body was not read as a feed, so there is no text to place problems in. */
const TRANSPORT: ReadonlySet<ProblemCode> = new Set(['http-status', 'network-error', 'timeout', 'too-large', 'not-json-content']);

export async function loadFeedWithText(url: string): Promise<{ result: ValidationResult; text?: string }> {
  const realFetch = globalThis.fetch;
  let copy: Response | undefined;
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    copy = response.clone();
    return response;
  };
  try {
    const result = await loadFeed(url);
    const unread = !copy || result.problems.some((p) => TRANSPORT.has(p.code));
    return unread ? { result } : { result, text: await copy!.text() };
  } finally {
    globalThis.fetch = realFetch;
    // The clone holds what the loader left unread (a body cut off at the size limit): let it go.
    if (copy && !copy.bodyUsed) void copy.body?.cancel().catch(() => undefined);
  }
}
