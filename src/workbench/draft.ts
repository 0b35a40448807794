/**
 * The workbench's draft: the raw feed as the editor is changing it (FEED.md's
 * shape, unvalidated, so that a half-typed value is kept exactly as typed), with
 * the entry each draft entry came from in the opened file. Every change returns a
 * new draft and shares what it did not touch, so the preview and the checks can
 * compare by identity. Pure.
 */
import { parseJsonPath, type PathSegment } from '../cli/json-path.js';

export type Obj = Record<string, unknown>;

export interface Draft {
  /** The raw feed. */
  readonly feed: Obj;
  /** For each of `feed.networks`: its index in the opened file, or -1 for an entry added here. */
  readonly origins: readonly number[];
}

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A draft of `feed` as opened: entry `i` came from entry `i`. */
export function draftOf(feed: Obj): Draft {
  const networks = Array.isArray(feed.networks) ? feed.networks : [];
  return { feed, origins: networks.map((_, i) => i) };
}

export function networksOf(draft: Draft): readonly unknown[] {
  return Array.isArray(draft.feed.networks) ? draft.feed.networks : [];
}

/** The feed's language as typed (`de` when missing): plain-string texts are in it. */
export function feedLanguage(feed: Obj): string {
  return typeof feed.language === 'string' && feed.language.trim() ? feed.language.trim() : 'de';
}

/** Path segments → the validator's path syntax (`networks[3].contact.url`, `facets["odd key"]`). */
export function pathOf(segments: readonly PathSegment[]): string {
  let path = '';
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(s)) path += path ? `.${s}` : s;
    else path += `[${JSON.stringify(s)}]`;
  }
  return path;
}

export function getAt(root: unknown, path: string): unknown {
  let v = root;
  for (const s of parseJsonPath(path) ?? []) {
    if (typeof s === 'number') v = Array.isArray(v) ? v[s] : undefined;
    else v = isObj(v) && Object.hasOwn(v, s) ? v[s] : undefined;
  }
  return v;
}

/**
 * `root` with the value at `path` replaced; `undefined` removes the key, and an
 * object left empty by that is removed from its parent too (an empty `contact`
 * is not a contact). Missing objects on the way are created.
 */
export function setAt(root: Obj, path: string, value: unknown): Obj {
  const segments = parseJsonPath(path);
  if (!segments?.length) throw new Error(`Not a field path: ${path}`);
  return setIn(root, segments, value) as Obj;
}

function setIn(node: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  const [key, ...rest] = segments;
  const inner = rest.length ? setIn(childOf(node, key), rest, value) : value;
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    list[key] = inner;
    return list;
  }
  const obj: Obj = isObj(node) ? { ...node } : {};
  if (inner === undefined || (rest.length && isObj(inner) && !Object.keys(inner).length)) delete obj[key];
  else obj[key] = inner;
  return obj;
}

function childOf(node: unknown, key: PathSegment): unknown {
  if (typeof key === 'number') return Array.isArray(node) ? node[key] : undefined;
  return isObj(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** A text's value in `lang`: an object's member, or a plain string when `lang` is the feed's language. */
export function textIn(value: unknown, lang: string, feedLang: string): string {
  if (typeof value === 'string') return lang === feedLang ? value : '';
  if (!isObj(value)) return '';
  const v = value[lang];
  return typeof v === 'string' ? v : '';
}

/**
 * A text with its `lang` member set to `typed` (`''` removes it). A plain string
 * stays plain while only the feed's language is written; the first other
 * language turns it into an object. `undefined` when no language is left.
 */
export function withText(value: unknown, lang: string, typed: string, feedLang: string): unknown {
  if ((value === undefined || typeof value === 'string') && lang === feedLang) return typed || undefined;
  const text: Obj = typeof value === 'string' ? (value ? { [feedLang]: value } : {}) : isObj(value) ? { ...value } : {};
  if (typed) text[lang] = typed;
  else delete text[lang];
  return Object.keys(text).length ? text : undefined;
}

/** Sets a plain value (id, URL, date …): a cleared field is removed, not kept as `""`. */
export function setValue(draft: Draft, path: string, typed: string): Draft {
  return { ...draft, feed: setAt(draft.feed, path, typed === '' ? undefined : typed) };
}

export function setText(draft: Draft, path: string, lang: string, typed: string): Draft {
  const value = withText(getAt(draft.feed, path), lang, typed, feedLanguage(draft.feed));
  return { ...draft, feed: setAt(draft.feed, path, value) };
}

/** Sets or clears one term of an entry's filter group; the group's list keeps the order of the feed's terms. */
export function setTerm(
  draft: Draft,
  entry: number,
  facet: string,
  term: string,
  on: boolean,
  order: readonly string[],
): Draft {
  const path = pathOf(['networks', entry, 'facets', facet]);
  const now = getAt(draft.feed, path);
  const terms = new Set(Array.isArray(now) ? now.filter((t): t is string => typeof t === 'string') : []);
  if (on) terms.add(term);
  else terms.delete(term);
  const list = [...order.filter((t) => terms.has(t)), ...[...terms].filter((t) => !order.includes(t))];
  return { ...draft, feed: setAt(draft.feed, path, list.length ? list : undefined) };
}

// ---------------------------------------------------------------- lists: entries, links, filter groups, terms

/** Appends `item` to the list at `path` (created when missing). */
export function addItem(draft: Draft, path: string, item: unknown): Draft {
  const list = getAt(draft.feed, path);
  const next = [...(Array.isArray(list) ? list : []), item];
  const feed = setAt(draft.feed, path, next);
  return path === 'networks' ? { feed, origins: [...draft.origins, -1] } : { ...draft, feed };
}

export function removeItem(draft: Draft, path: string, index: number): Draft {
  const list = getAt(draft.feed, path);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return draft;
  const feed = setAt(
    draft.feed,
    path,
    list.filter((_, i) => i !== index),
  );
  return path === 'networks' ? { feed, origins: draft.origins.filter((_, i) => i !== index) } : { ...draft, feed };
}

/** Moves item `index` by `by` places (-1 up, 1 down); nothing happens at the ends. */
export function moveItem(draft: Draft, path: string, index: number, by: number): Draft {
  const list = getAt(draft.feed, path);
  const to = index + by;
  if (!Array.isArray(list) || index < 0 || index >= list.length || to < 0 || to >= list.length) return draft;
  const swap = <T>(a: readonly T[]) => {
    const b = [...a];
    [b[index], b[to]] = [b[to], b[index]];
    return b;
  };
  const feed = setAt(draft.feed, path, swap(list));
  return path === 'networks' ? { feed, origins: swap(draft.origins) } : { ...draft, feed };
}
