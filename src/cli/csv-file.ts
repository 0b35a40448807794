/**
 * Spreadsheet files as German office programs write and read them. Parsing and
 * quoting are csv-parse's and csv-stringify's (strict RFC 4180 with exact line
 * numbers on errors, and no dependencies); this module only decides what those
 * programs leave open: the separator and the line ends. The encoding is decided by
 * decodeText (src/feed/decode.ts), which every file the command line reads goes through:
 * UTF-8 with or without byte order mark ("CSV UTF-8"), UTF-16 ("Unicode text"), else
 * Windows-1252, which Excel's plain "CSV (Trennzeichen-getrennt)" still writes.
 */
// The packages' browser builds (their own Buffer inside) serve the command line and the
// workbench alike: one reader and one writer for both. Their Node builds need Node's Buffer.
import { parse, CsvError } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';

export type Separator = ';' | ',' | '\t';

export function parseSeparator(value: string): Separator | undefined {
  const v = value.toLowerCase();
  if (v === ';' || v === 'semicolon') return ';';
  if (v === ',' || v === 'comma') return ',';
  if (v === '\t' || v === 'tab' || v === '\\t') return '\t';
  return undefined;
}

/**
 * The separator that occurs most often in the header row (outside quotes): German
 * Excel writes `;`, English and LibreOffice's default `,`. Column names contain
 * neither, so the header decides reliably; a tie (one column) means `;`.
 */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Separator]++;
  }
  return (Object.keys(counts) as Separator[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), ';');
}

export type SheetRead =
  | { readonly ok: true; readonly rows: string[][]; readonly separator: Separator }
  | { readonly ok: false; readonly code: string; readonly reason: string; readonly row: number; readonly line: number };

/**
 * All rows, the header first, every cell as a string; line breaks inside cells
 * become `\n` whatever the file used. Empty lines stay (as one empty cell), so
 * that row numbers match what the spreadsheet shows.
 */
export function readSheet(text: string, separator: Separator = detectSeparator(text)): SheetRead {
  let lastLine = 0;
  try {
    const rows = parse(text, {
      bom: true,
      delimiter: separator,
      relax_column_count: true,
      // A stray quote inside an unquoted cell (5" Monitor) is kept, as spreadsheets do.
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        lastLine = context.lines;
        return record.map((cell) => cell.replace(/\r\n?/g, '\n'));
      },
    }) as string[][];
    return { ok: true, rows, separator };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // The record that failed begins on the line after the last good one.
    const records = (e as CsvError & { records?: number }).records ?? 0;
    return { ok: false, code: e.code, reason: e.message, row: records + 1, line: lastLine + 1 };
  }
}

/**
 * CSV that Excel and LibreOffice open as they should: UTF-8 with byte order mark
 * (else Excel guesses Windows-1252), CRLF between rows, `;` by default (German
 * Excel's list separator). Cells with line breaks or edge spaces are quoted too,
 * not only those with separators or quotes.
 */
export function writeSheet(rows: readonly (readonly string[])[], separator: Separator = ';'): string {
  return stringify(rows as string[][], {
    bom: true,
    delimiter: separator,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]|^\s|\s$/,
  });
}
