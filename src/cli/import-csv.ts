/**
 * Spreadsheet rows + feed head → a raw feed, and the way back from a validator
 * path (`networks[3].contact.url`) to the cell it came from (row 5, column
 * `contact.url`). Pure: reading files and validating are the command's business.
 */
import type { ProblemLevel } from '../feed/types.js';
import type { Place } from './report.js';
import type { SheetProblemCode } from './messages.js';
import { NETWORK_KEYS, parseColumn, targetKey, type Target } from './csv-columns.js';
import { parseJsonPath } from './json-path.js';

export interface SheetNotice {
  readonly code: SheetProblemCode;
  readonly level: ProblemLevel;
  readonly params: Readonly<Record<string, string | number>>;
  readonly place: Place;
}

interface Column {
  readonly index: number;
  readonly name: string;
  readonly target: Target;
  readonly key: string;
}

/** Where entry `i` of the feed came from: its spreadsheet row, and the number of each of its links. */
interface Origin {
  readonly row: number;
  readonly links: readonly number[];
}

export interface SheetImport {
  /** Head fields in the head's order, `networks` where the head had it (else last). */
  readonly feed: Record<string, unknown>;
  readonly notices: readonly SheetNotice[];
  /** The cell behind a validator path into `networks`; `undefined` for other paths. */
  cellOf(path: string): Place | undefined;
}

type Obj = Record<string, unknown>;

/** `0` → `A`, `26` → `AA`: column letters as spreadsheets show them. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * `rows[0]` is the header; `head` is the feed without its networks; `file` names
 * the spreadsheet in places. A text written both plain (`name`) and per language
 * (`name.en`) puts the plain one under the head's `language`.
 */
export function sheetToFeed(rows: readonly (readonly string[])[], head: Obj, file: string): SheetImport {
  const notices: SheetNotice[] = [];
  const notice = (
    code: SheetProblemCode,
    level: ProblemLevel,
    params: SheetNotice['params'],
    place: Omit<Place, 'file'>,
  ) => notices.push({ code, level, params, place: { file, ...place } });
  const language = typeof head.language === 'string' && head.language.trim() ? head.language.trim() : 'und';

  const columns = readHeader(rows[0] ?? [], notice);
  const networks: Obj[] = [];
  const origins: Origin[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    const row = r + 1;
    const extra = cells.slice(rows[0].length).filter((c) => c.trim()).length;
    if (extra)
      notice('cells-extra', 'field', { row, count: extra }, { row, cell: `${columnLetter(rows[0].length)}${row}` });
    const built = buildNetwork(cells, columns, language);
    if (!built) continue; // a blank row: spreadsheets are full of them
    networks.push(built.network);
    origins.push({ row, links: built.links });
  }

  const feed: Obj = {};
  for (const key of Object.keys(head)) feed[key] = key === 'networks' ? networks : head[key];
  feed.networks = networks;

  const byKey = new Map(columns.map((c) => [c.key.toLowerCase(), c]));
  return {
    feed,
    notices,
    cellOf(path) {
      const segments = parseJsonPath(path);
      if (!segments || segments[0] !== 'networks' || typeof segments[1] !== 'number') return undefined;
      const origin = origins[segments[1]];
      if (!origin) return undefined;
      const key = columnKey(segments.slice(2), origin).toLowerCase();
      // The exact column; else the first of its languages (`name` → `name.de`); else the plain one (`name.xx` → `name`).
      const column =
        byKey.get(key) ??
        columns.find((c) => key && c.key.toLowerCase().startsWith(key + '.')) ??
        columns.find((c) => key.startsWith(c.key.toLowerCase() + '.'));
      const name = column?.name ?? (key || undefined);
      return {
        file,
        row: origin.row,
        ...(name !== undefined && { csvColumn: name }),
        ...(column && { cell: `${columnLetter(column.index)}${origin.row}` }),
      };
    },
  };
}

/**
 * A head made from the spreadsheet alone, for a table that comes without a head
 * file: the title is the file's name, the language that of the first text column
 * with one (`name.de` → `de`; none: `de`), and each `facets.<group>` column becomes
 * a filter group with the terms its cells use, in order of first use, labelled
 * with their ids. Every default is reported as a notice, so the editor knows what
 * to write. `file` may be a path; only its last part names the feed.
 */
export function headFromSheet(
  rows: readonly (readonly string[])[],
  file: string,
): { head: Obj; notices: SheetNotice[] } {
  const notices: SheetNotice[] = [];
  const header = rows[0] ?? [];
  const targets = header.map((name) => parseColumn(name));
  const title = (file.split(/[\\/]/).pop() ?? file).replace(/\.(csv|txt|tsv)$/i, '') || file;
  notices.push({ code: 'head-title-from-file', level: 'field', params: { title }, place: { file } });

  const first = targets.findIndex((t) => typeof t === 'object' && t.kind === 'text' && t.lang !== undefined);
  const language = first < 0 ? 'de' : (targets[first] as { lang: string }).lang;
  const column = first < 0 ? '' : header[first].trim();
  notices.push({
    code: 'head-language-from-columns',
    level: 'field',
    params: { language, column },
    place: first < 0 ? { file } : { file, row: 1, csvColumn: column, cell: `${columnLetter(first)}1` },
  });

  const facets: Obj[] = [];
  targets.forEach((t, index) => {
    if (typeof t !== 'object' || t.kind !== 'terms') return;
    if (facets.some((f) => String(f.id).toLowerCase() === t.facet.toLowerCase())) return; // readHeader reports the duplicate
    const terms: string[] = [];
    for (const cells of rows.slice(1)) {
      for (const term of (cells[index] ?? '').split(/[;,\s]+/)) if (term && !terms.includes(term)) terms.push(term);
    }
    facets.push({ id: t.facet, label: t.facet, terms: terms.map((id) => ({ id, label: id })) });
    const name = header[index].trim();
    notices.push({
      code: 'head-facet-from-column',
      level: 'field',
      params: { facet: t.facet, count: terms.length, column: name },
      place: { file, row: 1, csvColumn: name, cell: `${columnLetter(index)}1` },
    });
  });
  return { head: { version: 1, language, title, ...(facets.length && { facets }) }, notices };
}

function readHeader(
  header: readonly string[],
  notice: (
    code: SheetProblemCode,
    level: ProblemLevel,
    params: SheetNotice['params'],
    place: Omit<Place, 'file'>,
  ) => void,
): Column[] {
  const columns: Column[] = [];
  header.forEach((raw, index) => {
    const name = raw.trim();
    const target = parseColumn(name);
    const cell = `${columnLetter(index)}1`;
    if (target === 'ignored') return;
    if (!target) return notice('column-unknown', 'field', { column: name }, { row: 1, csvColumn: name, cell });
    const key = targetKey(target);
    const first = columns.find((c) => c.key.toLowerCase() === key.toLowerCase());
    if (first)
      return notice(
        'column-duplicate',
        'field',
        { column: name, first: columnLetter(first.index) },
        { row: 1, csvColumn: name, cell },
      );
    columns.push({ index, name, target, key });
  });
  if (header.some((c) => c.trim()) || header.length > 1) {
    if (!columns.some((c) => c.key === 'id')) notice('column-missing', 'feed', { column: 'id' }, { row: 1 });
    if (!columns.some((c) => c.target.kind === 'text' && c.target.path.length === 1 && c.target.path[0] === 'name')) {
      notice('column-missing', 'feed', { column: 'name.de / name.en' }, { row: 1 });
    }
  }
  return columns;
}

/** The network of one row, or `undefined` when none of its known cells has a value. */
function buildNetwork(
  cells: readonly string[],
  columns: readonly Column[],
  language: string,
): { network: Obj; links: number[] } | undefined {
  const network: Obj = {};
  const links = new Map<number, Obj>();
  let filled = false;
  for (const column of columns) {
    const cell = (cells[column.index] ?? '').trim();
    if (!cell) continue;
    filled = true;
    const t = column.target;
    if (t.kind === 'terms') {
      const facets = (network.facets ??= {}) as Obj;
      // Term ids never contain `,` or spaces, so any of them may separate terms.
      facets[t.facet] = cell.split(/[;,\s]+/).filter(Boolean);
      continue;
    }
    const [first, ...rest] = t.path;
    let parent: Obj = network;
    let path = t.path;
    if (first === 'links') {
      const n = rest[0] as number;
      if (!links.has(n)) links.set(n, {});
      parent = links.get(n)!;
      path = rest.slice(1);
    }
    if (t.kind === 'value') setValue(parent, path, t.date ? isoDate(cell) : cell);
    else setText(parent, path, t.lang, cell, language);
  }
  if (!filled) return undefined;
  const numbers = [...links.keys()].sort((a, b) => a - b);
  if (numbers.length) network.links = numbers.map((n) => links.get(n));
  return { network: ordered(network), links: numbers };
}

function setValue(o: Obj, path: readonly (string | number)[], value: unknown): void {
  let parent = o;
  for (const key of path.slice(0, -1)) parent = (parent[key] ??= {}) as Obj;
  parent[path[path.length - 1]] = value;
}

/** A plain text stays a string unless the same text also has per-language columns. */
function setText(
  o: Obj,
  path: readonly (string | number)[],
  lang: string | undefined,
  value: string,
  language: string,
): void {
  let parent = o;
  for (const key of path.slice(0, -1)) parent = (parent[key] ??= {}) as Obj;
  const key = path[path.length - 1];
  const existing = parent[key];
  if (lang === undefined) {
    if (typeof existing === 'object' && existing !== null) (existing as Obj)[language] ??= value;
    else parent[key] = value;
    return;
  }
  const text: Obj = typeof existing === 'string' ? { [language]: existing } : ((existing as Obj | undefined) ?? {});
  text[lang] = value;
  parent[key] = text;
}

/** German spreadsheets turn `2026-11-20` into `20.11.2026` when they save; turn it back. */
export function isoDate(cell: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : cell;
}

function ordered(network: Obj): Obj {
  const out: Obj = {};
  for (const key of NETWORK_KEYS) if (key in network) out[key] = network[key];
  return out;
}

/** `links[1].label.de` → `links.<its number>.label.de`; `facets.topic[2]` → `facets.topic`. */
function columnKey(rest: readonly (string | number)[], origin: Origin): string {
  if (rest[0] === 'links' && typeof rest[1] === 'number') {
    return ['links', origin.links[rest[1]] ?? rest[1] + 1, ...rest.slice(2)].join('.');
  }
  if (rest[0] === 'facets') return rest.slice(0, 2).join('.');
  return rest.join('.');
}
