/**
 * The column convention of the spreadsheet: one row per network, one column per
 * field, texts with one column per language (`name.de`, `name.en`), filter terms
 * as `facets.<group>` with `;` between term ids, links as numbered column groups
 * (`links.1.label.de`, `links.1.label.en`, `links.1.url`). Export and import both
 * read the layout below, so that every field a network can have survives a round trip.
 */
import type { Feed, LocalizedText, Network } from '../feed/types.js';
import { own } from '../feed/record.js';

type Slot =
  | { readonly kind: 'value'; readonly path: readonly string[]; readonly date?: boolean }
  | { readonly kind: 'text'; readonly path: readonly string[] }
  | { readonly kind: 'facets' }
  | { readonly kind: 'links' };

const value = (path: string, date = false): Slot => ({ kind: 'value', path: path.split('.'), date });
const text = (path: string): Slot => ({ kind: 'text', path: path.split('.') });

/** The fields of a network in the order of FEED.md; export writes the columns in this order. */
const ENTRY_LAYOUT: readonly Slot[] = [
  value('id'),
  text('name'),
  value('shortName'),
  text('summary'),
  text('description'),
  { kind: 'facets' },
  value('founded', true),
  text('meetings'),
  text('coordinator.name'),
  value('coordinator.url'),
  text('members'),
  text('area'),
  text('contact.name'),
  value('contact.email'),
  value('contact.phone'),
  value('contact.url'),
  text('contact.address'),
  { kind: 'links' },
  text('note'),
  value('updated', true),
];

/** Top-level keys of a network in FEED.md order, for tidy JSON output. */
export const NETWORK_KEYS: readonly string[] = ENTRY_LAYOUT.map((s) =>
  s.kind === 'facets' ? 'facets' : s.kind === 'links' ? 'links' : s.path[0],
).filter((k, i, all) => all.indexOf(k) === i);

/** What a column fills in a network. Paths are relative to the network; link paths carry the link's number. */
export type Target =
  | { readonly kind: 'value'; readonly path: readonly (string | number)[]; readonly date: boolean }
  | { readonly kind: 'text'; readonly path: readonly (string | number)[]; readonly lang?: string }
  | { readonly kind: 'terms'; readonly facet: string };

// No `_` in either: a key from a column name can never be `__proto__`.
const LANG_KEY = /^[A-Za-z0-9-]+$/;
const FACET_KEY = /^[A-Za-z0-9-]+$/;

/**
 * The target of a column name, `'ignored'` for empty names and notes (`#…`),
 * `undefined` for a name the convention does not know. Field names match
 * regardless of case (`Contact.URL`); language tags and facet ids are kept as written.
 */
export function parseColumn(name: string): Target | 'ignored' | undefined {
  const trimmed = name.trim();
  if (!trimmed || trimmed.startsWith('#')) return 'ignored';
  const parts = trimmed.split('.');
  const lower = parts.map((p) => p.toLowerCase());
  if (lower[0] === 'facets')
    return parts.length === 2 && FACET_KEY.test(parts[1]) ? { kind: 'terms', facet: parts[1] } : undefined;
  if (lower[0] === 'links') {
    const n = /^[1-9]\d{0,3}$/.test(parts[1] ?? '') ? Number(parts[1]) : 0;
    if (!n) return undefined;
    if (parts.length === 3 && lower[2] === 'url') return { kind: 'value', path: ['links', n, 'url'], date: false };
    if (lower[2] === 'label') return textTarget(['links', n, 'label'], parts.slice(3));
    return undefined;
  }
  for (const slot of ENTRY_LAYOUT) {
    if (slot.kind === 'facets' || slot.kind === 'links') continue;
    const n = slot.path.length;
    if (!slot.path.every((p, i) => p.toLowerCase() === lower[i])) continue;
    if (slot.kind === 'value')
      return parts.length === n ? { kind: 'value', path: slot.path, date: slot.date ?? false } : undefined;
    return textTarget(slot.path, parts.slice(n));
  }
  return undefined;
}

function textTarget(path: readonly (string | number)[], rest: readonly string[]): Target | undefined {
  if (rest.length === 0) return { kind: 'text', path };
  return rest.length === 1 && LANG_KEY.test(rest[0]) ? { kind: 'text', path, lang: rest[0] } : undefined;
}

/** The name a target is known by, for matching validator paths: `name.de`, `links.2.url`, `facets.topic`. */
export function targetKey(t: Target): string {
  if (t.kind === 'terms') return `facets.${t.facet}`;
  const path = t.path.join('.');
  return t.kind === 'text' && t.lang !== undefined ? `${path}.${t.lang}` : path;
}

// ---------------------------------------------------------------- export

export interface ExportColumn {
  readonly name: string;
  value(n: Network): string;
}

/**
 * Every column the convention has for `feed`: all fields, even empty ones (so a
 * template shows them all), each text in every language the entries use (the
 * feed's language first), one column per declared filter group, and as many
 * link groups as the entry with the most links needs (at least one).
 */
export function exportColumns(feed: Feed): ExportColumn[] {
  const langs = languagesOf(feed);
  const linkCount = Math.max(1, ...feed.networks.map((n) => n.links.length));
  const columns: ExportColumn[] = [];
  for (const slot of ENTRY_LAYOUT) {
    if (slot.kind === 'value') {
      columns.push({ name: slot.path.join('.'), value: (n) => str(dig(n, slot.path)) });
    } else if (slot.kind === 'text') {
      for (const lang of langs) {
        columns.push({ name: `${slot.path.join('.')}.${lang}`, value: (n) => textIn(dig(n, slot.path), lang) });
      }
    } else if (slot.kind === 'facets') {
      for (const facet of feed.facets) {
        columns.push({ name: `facets.${facet.id}`, value: (n) => (own(n.facets, facet.id) ?? []).join('; ') });
      }
    } else {
      for (let i = 0; i < linkCount; i++) {
        for (const lang of langs) {
          columns.push({ name: `links.${i + 1}.label.${lang}`, value: (n) => textIn(n.links[i]?.label, lang) });
        }
        columns.push({ name: `links.${i + 1}.url`, value: (n) => n.links[i]?.url ?? '' });
      }
    }
  }
  return columns;
}

/** The feed's language first, then every other language any entry uses, alphabetically. */
function languagesOf(feed: Feed): string[] {
  const found = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    for (const [key, inner] of Object.entries(v)) {
      if (isText(key, inner)) for (const tag of Object.keys(inner as object)) found.add(tag);
      else collect(inner);
    }
  };
  for (const n of feed.networks) collect(n);
  const first = feed.language !== 'und' || found.has('und') ? [feed.language] : [];
  return [...first, ...[...found].filter((t) => !first.includes(t)).sort()];
}

/** Texts are the objects under these keys; other objects (contact, facets) are walked into. */
const TEXT_KEYS = new Set([
  'name',
  'summary',
  'description',
  'meetings',
  'members',
  'area',
  'address',
  'label',
  'note',
]);
const isText = (key: string, v: unknown) =>
  TEXT_KEYS.has(key) && typeof v === 'object' && v !== null && !Array.isArray(v);

function dig(o: unknown, path: readonly string[]): unknown {
  let v = o;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const textIn = (v: unknown, lang: string) => str((v as LocalizedText | undefined)?.[lang]);
