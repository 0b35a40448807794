/**
 * The draft judged by the widget's validator, each problem placed in the opened
 * file (a spreadsheet's row and column, a JSON file's line and column) as the
 * command line places it, with the command line's sentence. Pure.
 */
import { validateFeed } from '../feed/validate.js';
import type { FeedProblem, ValidationResult } from '../feed/types.js';
import { placeInSheet } from '../cli/import-sheet.js';
import { byPlace, located, sheetProblem, type LocatedProblem } from '../cli/report.js';
import { MESSAGES } from '../cli/messages.js';
import type { UiLocale } from '../localization.js';
import type { Draft } from './draft.js';
import { openingNotices, type Opened } from './open.js';

export interface Checked {
  readonly result: ValidationResult;
  /**
   * Notices from opening the file and the draft's problems, in the order the command line
   * lists them (byPlace: by line and column, or by row and column; entries added here first).
   */
  readonly problems: readonly LocatedProblem[];
}

export function checkDraft(draft: Draft, opened: Opened | undefined, lang: UiLocale): Checked {
  const result = validateFeed(draft.feed);
  const notices = opened
    ? openingNotices(opened).map((n) => sheetProblem(n.code, n.level, n.params, n.place, lang))
    : [];
  return { result, problems: byPlace([...notices, ...result.problems.map((p) => place(p, draft, opened, lang))]) };
}

/** A JSON file that could not be opened: its one feed-level problem, at the syntax error's line. */
export function openFailure(opened: Opened, lang: UiLocale): LocatedProblem[] {
  if (opened.kind === 'csv')
    return opened.sheet.notices.map((n) => sheetProblem(n.code, n.level, n.params, n.place, lang));
  return opened.failure.map((p) => {
    const pos = p.code === 'not-json' ? opened.locations.syntaxError : undefined;
    return located(p, { file: opened.file, ...(pos && { line: pos.line, column: pos.column }) }, lang);
  });
}

/** Entry `i` of the draft was entry `origins[i]` of the file: the place is looked up there. */
function place(p: FeedProblem, draft: Draft, opened: Opened | undefined, lang: UiLocale): LocatedProblem {
  const m = /^networks\[(\d+)\]/.exec(p.path);
  const origin = m ? draft.origins[Number(m[1])] : undefined;
  if (!opened || origin === -1) return located(p, {}, lang); // an entry added here has no place in the file
  const inFile = m && origin !== undefined ? { ...p, path: `networks[${origin}]` + p.path.slice(m[0].length) } : p;
  if (opened.kind === 'csv') {
    const q = opened.sheet.ok ? placeInSheet(inFile, opened.sheet.imported, lang) : undefined;
    if (q) return { ...q, path: p.path };
    // The head's fields: in the head file when one was opened; made from the table, only their path says where.
    const pos = opened.head?.locations.at(p.path);
    return located(
      p,
      { file: opened.head?.file ?? opened.file, ...(pos && { line: pos.line, column: pos.column }) },
      lang,
    );
  }
  const pos = opened.locations.at(inFile.path);
  return located(p, { file: opened.file, ...(pos && { line: pos.line, column: pos.column }) }, lang);
}

/** `Zeile 4, Spalte C (contact.url)` or `Zeile 12, Spalte 18`, as the command line writes places; `''` for none. */
export function placeText(p: LocatedProblem, lang: UiLocale): string {
  const m = MESSAGES[lang];
  if (p.row !== undefined) return m.cell(p.row, p.cell?.replace(/\d+$/, ''), p.csvColumn);
  if (p.line !== undefined) return m.line(p.line, p.column);
  return '';
}

export function levelText(p: LocatedProblem, lang: UiLocale): string {
  return MESSAGES[lang].level[p.level];
}
