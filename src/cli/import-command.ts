/**
 * `network-directory import <file.csv> [--head head.json] [-o feed.json]`: a
 * spreadsheet becomes a feed, judged by the widget's validator before anything
 * is written; every problem points at its cell, or at its line in the head file.
 */
import { existsSync } from 'node:fs';
import { kindOf, validateFeed } from '../feed/validate.js';
import { problem } from '../feed/problem.js';
import type { FeedProblem } from '../feed/types.js';
import type { Separator } from './csv-file.js';
import { openSheet, placeInSheet } from './import-sheet.js';
import { decodeFeedBytes } from '../feed/decode.js';
import { jsonText } from './export-csv.js';
import { jsonLocations } from './json-locations.js';
import {
  byPlace,
  countProblems,
  formatProblem,
  located,
  locateInJson,
  sheetProblem,
  summaryLine,
  type LocatedProblem,
} from './report.js';
import { EXIT_UNUSABLE, EXIT_USABLE, headPathFor, readInput, writeOutput, type Io } from './cli-io.js';
import { MESSAGES } from './messages.js';
import type { UiLocale } from '../localization.js';

export interface ImportOptions {
  readonly source: string;
  /**
   * A feed head, or a whole feed whose networks are replaced; default `<source>.head.json`
   * if it exists, else a head made from the table (`headFromSheet`), each default a notice.
   */
  readonly head?: string;
  /** Default: standard output. */
  readonly output?: string;
  /** Default: detected from the header row. */
  readonly separator?: Separator;
  readonly lang: UiLocale;
}

export async function importCommand(o: ImportOptions, io: Io): Promise<number> {
  const m = MESSAGES[o.lang];
  // Without --head, the head file beside the table if there is one, else the table alone.
  const headFile = o.head ?? (existsSync(headPathFor(o.source)) ? headPathFor(o.source) : undefined);
  const bytes = await readInput(o.source, m);
  // The head file is decoded as the widget decodes a feed, and one not in UTF-8 is said so.
  const headDecoded = headFile === undefined ? undefined : decodeFeedBytes(await readInput(headFile, m));
  const headText = headDecoded?.text;
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

  if (headDecoded)
    problems.push(...locateInJson(headDecoded.problems, jsonLocations(headDecoded.text), o.lang, headFile));
  const head = headText === undefined ? undefined : readHead(headText);
  if (head && 'problem' in head) {
    problems.push(...locateInJson([head.problem], jsonLocations(headText!), o.lang, headFile));
    finish(0);
    return EXIT_UNUSABLE;
  }
  const opened = openSheet(bytes, o.source, head?.head, o.separator);
  for (const n of opened.notices) problems.push(sheetProblem(n.code, n.level, n.params, n.place, o.lang));
  if (!opened.ok) {
    finish(0);
    return EXIT_UNUSABLE;
  }
  const { imported } = opened;
  const result = validateFeed(imported.feed);
  const inHead = headText === undefined ? undefined : jsonLocations(headText);
  for (const p of result.problems) {
    const inSheet = placeInSheet(p, imported, o.lang);
    if (inSheet) problems.push(inSheet);
    // A head made from the table has no file of its own: its problems name the table and the path.
    else if (inHead) problems.push(...locateInJson([p], inHead, o.lang, headFile));
    else problems.push(located(p, { file: o.source }, o.lang));
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
