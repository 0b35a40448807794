/**
 * The editor's fields, as data: which paths of the raw feed the form shows, of
 * which kind, so that rendering, the errors beside each field and "go to the
 * field of this problem" all work from one list. The fields are FEED.md's. Pure.
 */
import { parseJsonPath } from '../cli/json-path.js';
import { pathOf } from './draft.js';

/**
 * `text`: a Text, one input per language. The others are plain strings:
 * `id` (entry key), `url`, `email`, `phone`, `date`, `language` (a BCP 47 tag), `license`, `string`.
 */
export type FieldKind =
  'text' | 'long-text' | 'id' | 'string' | 'url' | 'email' | 'phone' | 'date' | 'language' | 'license';

export interface FieldSpec {
  /** Relative to the entry (or the feed, for the head): `contact.url`. */
  readonly key: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
}

const f = (key: string, kind: FieldKind, required = false): FieldSpec => ({ key, kind, required });

/** An entry's fields in FEED.md's order; `facets` and `links` have editors of their own. */
export const ENTRY_FIELDS: readonly FieldSpec[] = [
  f('id', 'id', true),
  f('name', 'text', true),
  f('shortName', 'string'),
  f('summary', 'long-text'),
  f('description', 'long-text'),
  f('founded', 'date'),
  f('meetings', 'text'),
  f('coordinator.name', 'text'),
  f('coordinator.url', 'url'),
  f('members', 'long-text'),
  f('area', 'text'),
  f('contact.name', 'text'),
  f('contact.email', 'email'),
  f('contact.phone', 'phone'),
  f('contact.url', 'url'),
  f('contact.address', 'long-text'),
  f('note', 'long-text'),
  f('updated', 'date'),
];

/** The head's fields (FEED.md "Shape"), without `version`, `facets` and `networks`. */
export const HEAD_FIELDS: readonly FieldSpec[] = [
  f('language', 'language', true),
  f('title', 'text', true),
  f('description', 'long-text'),
  f('publisher.name', 'text'),
  f('publisher.url', 'url'),
  f('publisher.email', 'email'),
  f('updated', 'date'),
  f('license', 'license'),
];

export const isText = (kind: FieldKind) => kind === 'text' || kind === 'long-text';

/** `networks[2]` + `contact.url` → `networks[2].contact.url`. */
export function join(base: string, key: string): string {
  return pathOf([...(parseJsonPath(base) ?? []), ...(parseJsonPath(key) ?? [])]);
}

/**
 * The field a problem belongs to, among the fields on screen (`anchors`, full
 * paths; a text's anchors are per language: `name.de`): the field itself, else
 * its first part (`name` → `name.de`), else the nearest field around it
 * (`facets.topic[2]` → `facets.topic`), never outside the problem's entry. `undefined` when none is on screen.
 */
export function anchorFor(problemPath: string, anchors: readonly string[]): string | undefined {
  const segments = parseJsonPath(problemPath);
  if (!segments) return undefined;
  // Never climb out of an entry (or filter group): `networks` would find another entry's field.
  const floor = typeof segments[1] === 'number' ? 2 : 1;
  for (let n = segments.length; n >= floor; n--) {
    const path = pathOf(segments.slice(0, n));
    if (anchors.includes(path)) return path;
    const inside = anchors.find((a) => a.startsWith(path + '.') || a.startsWith(path + '['));
    if (inside) return inside;
  }
  return undefined;
}

/** An id for the input of `path` that is a valid, stable HTML id. */
export function fieldId(path: string): string {
  return 'wb-' + path.replace(/[^A-Za-z0-9-]/g, (c) => '_' + c.charCodeAt(0).toString(16));
}
