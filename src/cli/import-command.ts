/**
 * `network-directory import <file.csv> [--head head.json] [-o feed.json]`: a
 * spreadsheet becomes a feed, judged by the widget's validator before anything
 * is written; every problem points at its cell, or at its line in the head file.
 */
import { existsSync } from 'node:fs';
import { kindOf, validateFeed } from '../feed/validate.js';
import { problem } from '../feed/problem.js';
import type { FeedProblem } from '../feed/types.js';
import { readSheet, type Separator } from './csv-file.js';
import { decodeFeedBytes, decodeText } from '../feed/decode.js';
import { sheetToFeed } from './import-csv.js';
import { jsonText } from './export-csv.js';
import { jsonLocations } from './json-locations.js';
import { byPlace, countProblems, formatProblem, located, locateInJson, sheetProblem, summaryLine, type LocatedProblem } from './report.js';
import { EXIT_UNUSABLE, EXIT_USABLE, UsageError, headPathFor, readInput, writeOutput, type Io } from './cli-io.js';
import { MESSAGES } from './messages.js';
import type { UiLocale } from '../localization.js';

export interface ImportOptions {
  readonly source: string;
  /** A feed head, or a whole feed whose networks are replaced; default `<source>.head.json`. */
  readonly head?: string;
  /** Default: standard output. */
  readonly output?: string;
  /** Default: detected from the header row. */
  readonly separator?: Separator;
  readonly lang: UiLocale;
}

export async function importCommand(o: ImportOptions, io: Io): Promise<number> {
  const m = MESSAGES[o.lang];
  const headFile = o.head ?? headPathFor(o.source);
  const bytes = await readInput(o.source, m);
  if (o.head === undefined && !existsSync(headFile)) throw new UsageError(m.usageError.noHead(o.source, headFile));
  const head = decodeFeedBytes(await readInput(headFile, m));
  const headText = head.text;
  // With the feed on standard output, the report goes to standard error.
  const say = o.output === undefined ? io.err : io.out;

  const problems: LocatedProblem[] = [];
  const finish = (networks: number, json?: string) => {
    const counts = countProblems(problems, networks);
    for (const p of byPlace(problems)) say(formatProblem(p, o.lang) + '\n');
    say(summaryLine(counts, o.lang) + '\n');
    if (json === undefined || counts.feedProblems) say(m.notWritten + '\n');
    return json !== undefined && !counts.feedProblems;
  };

  // Both files are decoded as the widget decodes a feed, and a file not in UTF-8 is said so.
  problems.push(...locateInJson(head.problems, jsonLocations(headText), o.lang, headFile));
  const headRead = readHead(headText);
  if ('problem' in headRead) {
    problems.push(...locateInJson([headRead.problem], jsonLocations(headText), o.lang, headFile));
    finish(0);
    return EXIT_UNUSABLE;
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'windows-1252') problems.push(sheetProblem('encoding-legacy', 'field', {}, { file: o.source }, o.lang));
  const sheet = readSheet(text, o.separator);
  if (!sheet.ok) {
    const { code, reason, row, line } = sheet;
    problems.push(sheetProblem('csv-syntax', 'feed', { code, reason, row, line }, { file: o.source, line }, o.lang));
    finish(0);
    return EXIT_UNUSABLE;
  }
  if (!sheet.rows.some((r) => r.some((c) => c.trim()))) {
    problems.push(sheetProblem('csv-empty', 'feed', {}, { file: o.source }, o.lang));
    finish(0);
    return EXIT_UNUSABLE;
  }

  const imported = sheetToFeed(sheet.rows, headRead.head, o.source);
  for (const n of imported.notices) problems.push(sheetProblem(n.code, n.level, n.params, n.place, o.lang));
  const result = validateFeed(imported.feed);
  const inHead = jsonLocations(headText);
  for (const p of result.problems) {
    const cell = imported.cellOf(p.path);
    if (!cell) {
      problems.push(...locateInJson([p], inHead, o.lang, headFile));
      continue;
    }
    const q = located(p, cell, o.lang);
    const first = p.code === 'id-duplicate' ? imported.cellOf(`networks[${p.params.first}]`)?.row : undefined;
    problems.push(first === undefined ? q : { ...q, message: q.message + m.firstRow(first) });
  }
  const json = result.feed ? jsonText(imported.feed) : undefined;
  if (!finish(result.feed?.networks.length ?? 0, json) || json === undefined) return EXIT_UNUSABLE;
  if (o.output === undefined) io.out(json);
  else {
    await writeOutput(o.output, json, m);
    say(m.written(o.output) + '\n');
  }
  return EXIT_USABLE;
}

/** The head must be a JSON object; its `networks`, if any (a whole feed given as head), are replaced. */
function readHead(text: string): { head: Record<string, unknown> } | { problem: FeedProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { problem: problem('feed', '', 'not-json', { error: e instanceof Error ? e.message : String(e) }) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problem: problem('feed', '', 'not-object', { found: kindOf(raw) }) };
  }
  return { head: raw as Record<string, unknown> };
}
