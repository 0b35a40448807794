/**
 * A spreadsheet's bytes → a raw feed and the notices found on the way there: all
 * of `import` that touches no file, shared by the command line and the workbench
 * (src/workbench), so that both read a table the same way. Pure.
 */
import type { FeedProblem } from '../feed/types.js';
import { readSheet, type Separator } from './csv-file.js';
import { decodeText } from '../feed/decode.js';
import { headFromSheet, sheetToFeed, type SheetImport, type SheetNotice } from './import-csv.js';
import { located, type LocatedProblem } from './report.js';
import { MESSAGES } from './messages.js';
import type { Lang } from './language.js';

export type SheetOpened =
  /** The table could not be read (broken quoting, no rows): `notices` say why, at feed level. */
  | { readonly ok: false; readonly notices: readonly SheetNotice[] }
  | { readonly ok: true; readonly imported: SheetImport; readonly notices: readonly SheetNotice[] };

/**
 * Decodes (UTF-8, else Windows-1252), splits (`separator`, else detected) and
 * converts the table. Without `head` the head is made from the table itself
 * (`headFromSheet`), and each default it takes is one more notice.
 */
export function openSheet(
  bytes: Uint8Array,
  file: string,
  head: Readonly<Record<string, unknown>> | undefined,
  separator?: Separator,
): SheetOpened {
  const notices: SheetNotice[] = [];
  const { text, encoding } = decodeText(bytes);
  if (encoding !== 'utf-8') notices.push({ code: 'encoding-legacy', level: 'field', params: {}, place: { file } });
  const sheet = readSheet(text, separator);
  if (!sheet.ok) {
    const { code, reason, row, line } = sheet;
    notices.push({ code: 'csv-syntax', level: 'feed', params: { code, reason, row, line }, place: { file, line } });
    return { ok: false, notices };
  }
  if (!sheet.rows.some((r) => r.some((c) => c.trim()))) {
    notices.push({ code: 'csv-empty', level: 'feed', params: {}, place: { file } });
    return { ok: false, notices };
  }
  const made = head === undefined ? headFromSheet(sheet.rows, file) : undefined;
  const imported = sheetToFeed(sheet.rows, { ...(head ?? made!.head) }, file);
  return { ok: true, imported, notices: [...notices, ...(made?.notices ?? []), ...imported.notices] };
}

/**
 * A validator problem at the cell its value came from, in `lang`; `undefined` for
 * problems outside the entries (the head's), which have no cell.
 */
export function placeInSheet(p: FeedProblem, imported: SheetImport, lang: Lang): LocatedProblem | undefined {
  const cell = imported.cellOf(p.path);
  if (!cell) return undefined;
  const q = located(p, cell, lang);
  // The sentence names the first entry by its JSON index; in a table its row says more.
  const first = p.code === 'id-duplicate' ? imported.cellOf(`networks[${p.params.first}]`)?.row : undefined;
  return first === undefined ? q : { ...q, message: q.message + MESSAGES[lang].firstRow(first) };
}
