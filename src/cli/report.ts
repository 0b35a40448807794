/**
 * Problems with their place in the editor's file, as text for people and as
 * JSON for programs. A place is either a line and column in a JSON file or a
 * row and column in a spreadsheet.
 */
import type { FeedProblem, ProblemLevel } from '../feed/types.js';
import { describeProblem } from '../feed/problem-messages.js';
import type { JsonLocations } from './json-locations.js';
import type { UiLocale } from '../localization.js';
import { MESSAGES, type SheetProblemCode } from './messages.js';

export interface Place {
  /** The file the place is in, when a command reads more than one. */
  readonly file?: string;
  /** JSON files (and CSV syntax errors): 1-based line and column. */
  readonly line?: number;
  readonly column?: number;
  /** Spreadsheets: the row as the spreadsheet numbers it (header = 1), the column's name and its cell (`K5`). */
  readonly row?: number;
  readonly csvColumn?: string;
  readonly cell?: string;
}

export interface LocatedProblem extends Place {
  readonly level: ProblemLevel;
  readonly path: string;
  readonly code: FeedProblem['code'] | SheetProblemCode;
  readonly params: FeedProblem['params'];
  readonly message: string;
}

/** A validator problem at `place`; in a spreadsheet the sentence names the cell instead of the JSON path. */
export function located(p: FeedProblem, place: Place, lang: UiLocale): LocatedProblem {
  const m = MESSAGES[lang];
  const at = place.row === undefined ? p.path : m.cellInSentence(place.row, place.csvColumn);
  return {
    level: p.level,
    path: p.path,
    code: p.code,
    params: p.params,
    ...place,
    message: describeProblem({ ...p, path: at }, lang),
  };
}

export function sheetProblem(
  code: SheetProblemCode,
  level: ProblemLevel,
  params: FeedProblem['params'],
  place: Place,
  lang: UiLocale,
): LocatedProblem {
  return { level, path: '', code, params, ...place, message: MESSAGES[lang].sheet[code](params) };
}

/** Places every problem of a validated JSON text; `not-json` points at the first syntax error. */
export function locateInJson(
  problems: readonly FeedProblem[],
  where: JsonLocations,
  lang: UiLocale,
  file?: string,
): LocatedProblem[] {
  const placed = problems.map((p) => {
    const pos = p.code === 'not-json' ? where.syntaxError : p.code === 'empty-response' ? undefined : where.at(p.path);
    return located(
      p,
      { ...(file === undefined ? {} : { file }), ...(pos && { line: pos.line, column: pos.column }) },
      lang,
    );
  });
  return byPlace(placed);
}

/**
 * Problems in the order an editor walks the file: places in a JSON file (and
 * problems without a place) by line and column, then spreadsheet cells by row and column.
 */
export function byPlace(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const rank = (p: LocatedProblem): number[] =>
    p.row !== undefined ? [1, p.row, columnIndex(p.cell)] : [0, p.line ?? 0, p.column ?? 0];
  return [...problems].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** `K5` → 10; no cell → -1 (a whole row comes before its cells). */
function columnIndex(cell: string | undefined): number {
  const letters = /^[A-Z]+/.exec(cell ?? '')?.[0];
  if (!letters) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export interface Counts {
  readonly networks: number;
  readonly skipped: number;
  readonly problems: number;
  readonly feedProblems: number;
}

/** Skipped entries are counted by index: one entry may have several entry-level problems. */
export function countProblems(problems: readonly Pick<LocatedProblem, 'level' | 'path'>[], networks: number): Counts {
  const skipped = new Set<string>();
  for (const p of problems) if (p.level === 'entry') skipped.add(/^networks\[\d+\]/.exec(p.path)?.[0] ?? p.path);
  return {
    networks,
    skipped: skipped.size,
    problems: problems.length,
    feedProblems: problems.filter((p) => p.level === 'feed').length,
  };
}

export function summaryLine(c: Counts, lang: UiLocale): string {
  const m = MESSAGES[lang];
  return c.feedProblems ? m.unusable(c.feedProblems) : m.summary(c);
}

/** `Zeile 12, Spalte 18 · Feld · networks[3].contact.url`, then the sentence, indented. */
export function formatProblem(p: LocatedProblem, lang: UiLocale): string {
  const m = MESSAGES[lang];
  const place =
    p.row !== undefined
      ? m.cell(p.row, p.cell?.replace(/\d+$/, ''), p.csvColumn)
      : p.line !== undefined
        ? m.line(p.line, p.column)
        : '';
  const head = [
    p.file && place ? `${p.file}: ${place}` : (p.file ?? place),
    m.level[p.level],
    p.row === undefined ? p.path : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return `${head}\n  ${p.message.replace(/\n/g, '\n  ')}`;
}

/** The machine-readable report: stable keys, places only where known. */
export function jsonReport(
  source: string,
  usable: boolean,
  counts: Counts,
  problems: readonly LocatedProblem[],
  lang: UiLocale,
) {
  return {
    source,
    usable,
    networks: counts.networks,
    skipped: counts.skipped,
    problems: problems.map(({ message, ...rest }) => ({ ...rest, message })),
    summary: summaryLine(counts, lang),
  };
}
