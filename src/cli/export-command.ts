/**
 * `network-directory export <feed.json> [-o table.csv]`: a feed becomes a table
 * for Excel or LibreOffice and a head file beside it (`table.head.json`), which
 * `import` takes back without losing a field.
 */
import { decodeFeedBytes } from '../feed/decode.js';
import { parseDecodedFeed } from '../feed/load.js';
import { writeSheet, type Separator } from './csv-file.js';
import { feedToSheet, headOf, jsonText } from './export-csv.js';
import { jsonLocations } from './json-locations.js';
import { countProblems, formatProblem, locateInJson, summaryLine } from './report.js';
import { EXIT_UNUSABLE, EXIT_USABLE, headPathFor, readInput, writeOutput, type Io } from './cli-io.js';
import { MESSAGES } from './messages.js';
import type { UiLocale } from '../localization.js';

export interface ExportOptions {
  readonly source: string;
  /** Default: the feed's name with `.csv`. */
  readonly output?: string;
  readonly separator: Separator;
  readonly lang: UiLocale;
}

export async function exportCommand(o: ExportOptions, io: Io): Promise<number> {
  const m = MESSAGES[o.lang];
  // Decoded as the widget decodes a feed (strict UTF-8, else said and read as Windows-1252).
  const decoded = decodeFeedBytes(await readInput(o.source, m));
  const text = decoded.text;
  const result = parseDecodedFeed(decoded);
  // Problems name what the table will lack: entries and fields the widget would not show either.
  const problems = locateInJson(result.problems, jsonLocations(text), o.lang);
  const counts = countProblems(problems, result.feed?.networks.length ?? 0);
  for (const p of problems) io.out(formatProblem(p, o.lang) + '\n');
  io.out(summaryLine(counts, o.lang) + '\n');
  if (!result.feed) {
    io.out(m.notWritten + '\n');
    return EXIT_UNUSABLE;
  }
  const csvFile = o.output ?? o.source.replace(/\.json$/i, '') + '.csv';
  const headFile = headPathFor(csvFile);
  const raw = JSON.parse(text) as Record<string, unknown>; // parseFeedText accepted it: an object
  await writeOutput(csvFile, writeSheet(feedToSheet(result.feed), o.separator), m);
  await writeOutput(headFile, jsonText(headOf(raw)), m);
  io.out(m.written(csvFile) + '\n' + m.written(headFile) + '\n');
  return EXIT_USABLE;
}
