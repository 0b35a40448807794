/** `network-directory validate <file or URL>`: the widget's verdict on a feed, with lines and columns. */
import { decodeFeedBytes } from '../feed/decode.js';
import { DEFAULT_MAX_BYTES, parseDecodedFeed } from '../feed/load.js';
import { problem } from '../feed/problem.js';
import type { ValidationResult } from '../feed/types.js';
import { jsonLocations } from './json-locations.js';
import { loadFeedWithText } from './load-url.js';
import { countProblems, formatProblem, jsonReport, locateInJson, summaryLine } from './report.js';
import { EXIT_UNUSABLE, EXIT_USABLE, readInput, type Io } from './cli-io.js';
import { MESSAGES } from './messages.js';
import type { Lang } from './language.js';

export interface ValidateOptions {
  readonly source: string;
  readonly json: boolean;
  readonly lang: Lang;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A feed from a file or an http(s) address, judged as the widget judges it; `text` for line numbers. */
export async function readFeed(source: string, lang: Lang): Promise<{ result: ValidationResult; text?: string }> {
  return isUrl(source) ? await loadFeedWithText(source) : await readFeedFile(source, lang);
}

export async function validateCommand(o: ValidateOptions, io: Io): Promise<number> {
  const { result, text } = await readFeed(o.source, o.lang);
  const problems = locateInJson(result.problems, jsonLocations(text ?? ''), o.lang);
  const counts = countProblems(problems, result.feed?.networks.length ?? 0);
  const usable = result.feed !== null;
  if (o.json) {
    io.out(JSON.stringify(jsonReport(o.source, usable, counts, problems, o.lang), null, 2) + '\n');
  } else {
    for (const p of problems) io.out(formatProblem(p, o.lang) + '\n');
    io.out(summaryLine(counts, o.lang) + '\n');
  }
  return usable ? EXIT_USABLE : EXIT_UNUSABLE;
}

/** A local file gets the same judgement as a fetched one, size limit included. */
async function readFeedFile(file: string, lang: Lang): Promise<{ result: ValidationResult; text?: string }> {
  const bytes = await readInput(file, MESSAGES[lang]);
  if (bytes.byteLength > DEFAULT_MAX_BYTES) {
    const max = `${Math.round((DEFAULT_MAX_BYTES / 1024 / 1024) * 10) / 10} MB`;
    return { result: { feed: null, problems: [problem('feed', '', 'too-large', { max })] } };
  }
  // Decoded as the widget decodes a fetched feed (strict UTF-8, else said and read as Windows-1252).
  const decoded = decodeFeedBytes(bytes);
  return { result: parseDecodedFeed(decoded), text: decoded.text };
}
