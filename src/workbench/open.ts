/**
 * A file the editor opened → the raw feed to edit, and everything needed later to
 * name places in that file: the spreadsheet's cells (CSV) or the JSON text's
 * lines. CSV goes through the command line's reader (src/cli/import-sheet.ts),
 * so the workbench and `import` make the same feed of the same table. Pure.
 */
import { parseFeedText } from '../feed/validate.js';
import { decodeText } from '../feed/decode.js';
import type { FeedProblem } from '../feed/types.js';
import { openSheet, type SheetOpened } from '../cli/import-sheet.js';
import type { SheetNotice } from '../cli/import-csv.js';
import { jsonLocations, type JsonLocations } from '../cli/json-locations.js';
import { isObj, type Obj } from './draft.js';

export type Opened =
  | {
      readonly kind: 'csv';
      /** The file's name as the editor picked it. */
      readonly file: string;
      readonly sheet: SheetOpened;
      /** The head file opened with the table, if any: its problems are placed in it. */
      readonly head?: { readonly file: string; readonly locations: JsonLocations };
      /** The raw feed `import` would write; `undefined` when the table could not be read. */
      readonly feed: Obj | undefined;
    }
  | {
      readonly kind: 'json';
      readonly file: string;
      readonly locations: JsonLocations;
      readonly feed: Obj | undefined;
      /** Why there is no feed (not JSON, not an object); empty when there is one. */
      readonly failure: readonly FeedProblem[];
    };

/** `.csv`, `.tsv` and `.txt` are tables; so is anything whose first visible character is not `{` or `[`. */
export function isSpreadsheet(file: string, bytes: Uint8Array): boolean {
  if (/\.(csv|tsv|txt)$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return !(head.startsWith('{') || head.startsWith('['));
}

export function openBytes(bytes: Uint8Array, file: string): Opened {
  if (isSpreadsheet(file, bytes)) {
    const sheet = openSheet(bytes, file, undefined);
    return { kind: 'csv', file, sheet, feed: sheet.ok ? sheet.imported.feed : undefined };
  }
  // Decoded as the widget decodes a feed: UTF-8, else Windows-1252 or UTF-16.
  return openJsonText(decodeText(bytes).text, file);
}

/**
 * A table with its head file (as `export` and the workbench's CSV download write them):
 * the head gives title, language and filter groups, as `import --head` does. A head that
 * is not a JSON object is refused like a broken feed file, at its line and column.
 */
export function openTableWithHead(bytes: Uint8Array, file: string, headText: string, headFile: string): Opened {
  const head = openJsonText(headText, headFile);
  if (head.kind !== 'json' || !head.feed) return head;
  const sheet = openSheet(bytes, file, head.feed);
  return {
    kind: 'csv',
    file,
    sheet,
    head: { file: headFile, locations: head.locations },
    feed: sheet.ok ? sheet.imported.feed : undefined,
  };
}

/**
 * Several files at once (picked or dropped together): one table and one `.json` are a
 * table with its head file; otherwise the first file is opened alone.
 */
export function openMany(files: readonly { readonly bytes: Uint8Array; readonly name: string }[]): Opened {
  const table = files.find((f) => isSpreadsheet(f.name, f.bytes));
  const head = files.find((f) => f !== table && /\.json$/i.test(f.name));
  if (table && head) return openTableWithHead(table.bytes, table.name, decodeText(head.bytes).text, head.name);
  return openBytes(files[0].bytes, files[0].name);
}

export function openJsonText(text: string, file: string): Opened {
  const locations = jsonLocations(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { kind: 'json', file, locations, feed: undefined, failure: parseFeedText(text).problems };
  }
  if (!isObj(raw)) return { kind: 'json', file, locations, feed: undefined, failure: parseFeedText(text).problems };
  return { kind: 'json', file, locations, feed: raw, failure: [] };
}

/** The notices of opening a table (encoding, columns, defaults of a head made from it). */
export function openingNotices(opened: Opened): readonly SheetNotice[] {
  return opened.kind === 'csv' ? opened.sheet.notices : [];
}
