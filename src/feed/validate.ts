/**
 * The one validator for the network feed (FEED.md): raw JSON in, a normalized,
 * always well-formed Feed plus a list of problems out. Pure: no DOM, no fetch.
 * It never throws for any JSON value and never writes a feed-supplied key into
 * an object unless the key passed a pattern that excludes `__proto__`.
 */
import { record } from './record.js';
import type {
  Contact,
  Coordinator,
  Facet,
  FacetTerm,
  Feed,
  FeedProblem,
  Link,
  LocalizedText,
  Network,
  ProblemCode,
  ProblemLevel,
  Publisher,
  ValidationResult,
} from './types.js';
import { problem } from './problem.js';

export const SUPPORTED_VERSION = 1;

// All patterns are linear: no nested or overlapping quantifiers.
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** The common case, already normalized: lets most tags skip normalizeTag. */
const NORMAL_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;
const PHONE = /^[0-9 +()/-]+$/;
/** No `?`: in a `mailto:` link it would start hidden headers (`?cc=…&body=…`). */
const EMAIL = /^[^\s@<>()[\]\\,;:"?]+@[^\s@<>()[\]\\,;:"?]+$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;
/**
 * `http(s)://` + an ASCII host whose last label starts with a letter (so it is
 * no IPv4 number), then the end or a path: the URL parser cannot fail on such
 * a prefix, whatever follows. Chromium's `new URL()` costs microseconds, and a
 * large feed has tens of thousands of addresses; anything else still goes to it.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?:[/?#]|$)/;
const PUNYCODE = /xn--/i;
/** Nothing a reader could see: white space, zero-width and direction marks, word joiner, Hangul filler. */
const INVISIBLE = /^[\s\u200b-\u200f\u2060\u3164]*$/;

type Obj = Record<string, unknown>;
type Params = Record<string, string | number>;
type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Terms = Map<string, Set<string>>;

/** Shared empties: most entries have no links, and the normalized feed is read-only. */
const NO_LINKS: readonly Link[] = Object.freeze([]);
const NO_FACETS: Readonly<Record<string, readonly string[]>> = Object.freeze(record<readonly string[]>());

interface Ctx {
  readonly problems: FeedProblem[];
  /** The feed's language: plain-string texts are stored under it. */
  lang: string;
}

export function parseFeedText(text: string): ValidationResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return refuse('empty-response', {});
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return refuse('not-json', { error: e instanceof Error ? e.message : String(e) });
  }
  return validateFeed(raw);
}

export function validateFeed(raw: unknown): ValidationResult {
  const c: Ctx = { problems: [], lang: 'und' };
  if (!isObject(raw)) return refuse('not-object', { found: kindOf(raw) });

  const version = get(raw, 'version');
  if (version === undefined) {
    report(c, 'feed', 'version-missing', 'version');
  } else if (typeof version !== 'number' || !Number.isFinite(version) || version < 1) {
    report(c, 'feed', 'version-invalid', 'version', { value: shown(version) });
  } else if (Math.floor(version) > SUPPORTED_VERSION) {
    // A newer major version may mean anything: say only that, nothing about its shape.
    return refuse('version-unsupported', { value: version, max: SUPPORTED_VERSION }, 'version');
  }
  const networks = get(raw, 'networks');
  if (!Array.isArray(networks)) {
    report(c, 'feed', 'networks-missing', 'networks', { found: kindOf(networks) });
  }
  if (c.problems.length || !Array.isArray(networks)) return { feed: null, problems: c.problems };

  c.lang = readLanguage(c, get(raw, 'language'));
  const feed: Writable<Feed> = { version: version as number, language: c.lang, facets: [], networks: [] };
  const title = readText(c, raw, 'title', '', true);
  if (title) feed.title = title;
  else report(c, 'field', 'title-missing', 'title');
  put(feed, 'description', readText(c, raw, 'description', ''));
  put(feed, 'publisher', readPublisher(c, raw, 'publisher', ''));
  put(feed, 'updated', readDay(c, raw, 'updated', ''));
  put(feed, 'license', readLicense(c, raw, 'license', ''));
  const terms: Terms = new Map();
  feed.facets = readFacets(c, get(raw, 'facets'), terms);
  feed.networks = readNetworks(c, networks, terms);
  return { feed, problems: c.problems };
}

// ---------------------------------------------------------------- problems

function report(c: Ctx, level: ProblemLevel, code: ProblemCode, path: string, params: Params = {}): void {
  c.problems.push(problem(level, path, code, params));
}

function field(c: Ctx, code: ProblemCode, path: string, params: Params = {}): void {
  report(c, 'field', code, path, params);
}

function wrongType(c: Ctx, path: string, expected: string, value: unknown): void {
  field(c, 'wrong-type', path, { expected, found: kindOf(value) });
}

/** No feed, for one problem of the level "the feed" (FEED.md, "What bad input gets"): nothing can be shown. */
export function refuse(code: ProblemCode, params: Params = {}, path = ''): ValidationResult {
  const c: Ctx = { problems: [], lang: 'und' };
  report(c, 'feed', code, path, params);
  return { feed: null, problems: c.problems };
}

/** A value as it may appear in a sentence: short, and never a whole object. */
function shown(v: unknown): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
  else s = kindOf(v);
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}

/** The word for a value's type in problem params (`found`, `expected`): text, number, array, null, … */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'string' ? 'text' : typeof v;
}

/** `title.en`, `networks[3].facets["odd key"]`: keys from the feed stay readable and unambiguous. */
function member(path: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

// ---------------------------------------------------------------- helpers

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own properties only, so that a missing field never finds something inherited. */
function get(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function put<T, K extends keyof T>(o: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) o[key] = value;
}

/*
 * Field readers take the parent object, the key and the parent's path, and
 * build the field's path only when they report: most fields are fine, and
 * 10,000 entries should not allocate 150,000 path strings for nothing.
 */
type Reader<T> = (c: Ctx, o: Obj, key: string, base: string) => T | undefined;

/** An optional object field: `undefined` when absent or of the wrong type (reported). */
function readObject(c: Ctx, o: Obj, key: string, base: string): Obj | undefined {
  const v = get(o, key);
  if (v === undefined || isObject(v)) return v;
  wrongType(c, member(base, key), 'object', v);
  return undefined;
}

/** Reads the listed fields of an object field; `undefined` when none survived. */
function readGroup<T extends object>(
  c: Ctx,
  o: Obj,
  key: string,
  base: string,
  fields: Record<string, Reader<unknown>>,
): T | undefined {
  const v = readObject(c, o, key, base);
  if (!v) return undefined;
  const path = member(base, key);
  let out: Record<string, unknown> | undefined;
  // Object.keys, not for…in: a host page may add enumerable members to Object.prototype.
  for (const name of Object.keys(fields)) {
    const value = fields[name](c, v, name, path);
    if (value !== undefined) (out ??= {})[name] = value;
  }
  return out as T | undefined;
}

// ---------------------------------------------------------------- texts

function normalizeTag(tag: string): string {
  const i = tag.indexOf('-');
  return i < 0 ? tag.toLowerCase() : tag.slice(0, i).toLowerCase() + tag.slice(i);
}

function readLanguage(c: Ctx, v: unknown): string {
  const tag = typeof v === 'string' ? v.trim() : '';
  if (LANG_TAG.test(tag)) return normalizeTag(tag);
  field(c, 'language-invalid', 'language', v === undefined ? {} : { value: shown(v) });
  return 'und';
}

/**
 * A Text: a plain string in the feed's language, or tag → string. Invalid
 * members are dropped one by one. For a required text the caller reports the
 * absence itself, so a blank or mistyped whole value is not reported twice.
 */
function readText(c: Ctx, o: Obj, key: string, base: string, required = false): LocalizedText | undefined {
  const v = get(o, key);
  if (v === undefined) return undefined;
  if (typeof v === 'string') {
    const s = visible(v);
    if (s) return record([[c.lang, s]]);
    if (!required) field(c, 'text-empty', member(base, key));
    return undefined;
  }
  if (!isObject(v)) {
    if (!required) wrongType(c, member(base, key), 'text', v);
    return undefined;
  }
  let out: Record<string, string> | undefined;
  let keys = 0;
  for (const tag of Object.keys(v)) {
    keys++;
    const value = v[tag];
    const normal = NORMAL_TAG.test(tag);
    const s = typeof value === 'string' ? visible(value) : '';
    if (!normal && !LANG_TAG.test(tag)) {
      field(c, 'text-language-invalid', member(member(base, key), tag), { value: shown(tag) });
    } else if (typeof value !== 'string') {
      wrongType(c, member(member(base, key), tag), 'text', value);
    } else if (!s) {
      field(c, 'text-empty', member(member(base, key), tag));
    } else {
      out ??= record<string>();
      out[normal ? tag : normalizeTag(tag)] ??= s;
    }
  }
  if (!keys && !required) field(c, 'text-empty', member(base, key));
  return out;
}

/** A trimmed string field; `undefined` (reported) when absent, mistyped or blank. */
function readString(c: Ctx, o: Obj, key: string, base: string): string | undefined {
  const v = get(o, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    wrongType(c, member(base, key), 'text', v);
    return undefined;
  }
  return visible(v);
}

/** Trimmed; empty when nothing visible is left (a name of zero-width spaces is no name). */
function visible(v: string): string {
  return INVISIBLE.test(v) ? '' : v.trim();
}

function readShortName(c: Ctx, o: Obj, key: string, base: string): string | undefined {
  const s = readString(c, o, key, base);
  if (s === '') field(c, 'text-empty', member(base, key));
  return s || undefined;
}

// ---------------------------------------------------------------- scalars

function isHttpUrl(s: string): boolean | undefined {
  const plain = PLAIN_HTTP_URL.exec(s);
  if (plain && !PUNYCODE.test(plain[0])) return true;
  try {
    const { protocol } = new URL(s);
    // `http:page` and `http:/page` parse, but in a link they are relative to the page.
    return protocol === 'https:' || protocol === 'http:' ? /^https?:[/\\]{2}/i.test(s) || undefined : false;
  } catch {
    return undefined; // not absolute, or not a URL at all
  }
}

function readUrl(c: Ctx, o: Obj, key: string, base: string): string | undefined {
  const s = readString(c, o, key, base);
  if (s === undefined) return undefined;
  const ok = isHttpUrl(s);
  if (ok) return s;
  field(c, ok === undefined ? 'url-invalid' : 'url-not-http', member(base, key), { value: shown(s) });
  return undefined;
}

function isEmail(s: string): boolean {
  const domain = s.slice(s.indexOf('@') + 1);
  return (
    s.length <= 254 &&
    EMAIL.test(s) &&
    domain.includes('.') &&
    !domain.startsWith('.') &&
    !domain.endsWith('.') &&
    !domain.includes('..')
  );
}

function isPhone(s: string): boolean {
  if (!PHONE.test(s)) return false;
  let digits = 0;
  for (let i = 0; i < s.length && digits < 3; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) digits++;
  return digits >= 3;
}

function isLicense(s: string): boolean {
  return LICENSE_ID.test(s) || isHttpUrl(s) === true;
}

/** A trimmed string that must pass `test`, else `code` is reported. */
function checked(test: (s: string) => boolean, code: ProblemCode): Reader<string> {
  return (c, o, key, base) => {
    const s = readString(c, o, key, base);
    if (s === undefined || test(s)) return s;
    field(c, code, member(base, key), { value: shown(s) });
    return undefined;
  };
}

const readEmail = checked(isEmail, 'email-invalid');
const readPhone = checked(isPhone, 'phone-invalid');
const readLicense = checked(isLicense, 'license-invalid');

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `m` is 1–12. */
function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

/** `format` is DAY (`YYYY-MM-DD` only) or PARTIAL_DATE (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Not trimmed: dates are typed, not pasted. */
function readDate(c: Ctx, o: Obj, key: string, base: string, format: RegExp): string | undefined {
  const v = get(o, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    wrongType(c, member(base, key), 'text', v);
    return undefined;
  }
  const m = format.exec(v);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  if (m && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month)) return v;
  field(c, 'date-invalid', member(base, key), { value: shown(v), format: format === DAY ? 'day' : 'partial' });
  return undefined;
}

const readDay: Reader<string> = (c, o, key, base) => readDate(c, o, key, base, DAY);
const readPartialDate: Reader<string> = (c, o, key, base) => readDate(c, o, key, base, PARTIAL_DATE);

// ---------------------------------------------------------------- small objects

const PUBLISHER = { name: readText, url: readUrl, email: readEmail };
const COORDINATOR = { name: readText, url: readUrl };
const CONTACT = { name: readText, email: readEmail, phone: readPhone, url: readUrl, address: readText };

const readPublisher = (c: Ctx, o: Obj, key: string, base: string) => readGroup<Publisher>(c, o, key, base, PUBLISHER);

/** Each link stands alone: a bad one is dropped, the others stay. */
function readLinks(c: Ctx, o: Obj, key: string, base: string): readonly Link[] {
  const v = get(o, key);
  if (v === undefined) return NO_LINKS;
  const path = member(base, key);
  if (!Array.isArray(v)) {
    wrongType(c, path, 'array', v);
    return NO_LINKS;
  }
  const links: Link[] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (!isObject(item)) {
      wrongType(c, `${path}[${i}]`, 'object', item);
      continue;
    }
    const at = `${path}[${i}]`;
    const label = readText(c, item, 'label', at, true);
    if (!label) field(c, 'label-missing', `${at}.label`);
    const url = readUrl(c, item, 'url', at);
    if (get(item, 'url') === undefined) field(c, 'url-missing', `${at}.url`);
    if (label && url) links.push({ label, url });
  }
  return links.length ? links : NO_LINKS;
}

// ---------------------------------------------------------------- facets

/** The id of an entry, facet or term; reports and returns undefined when missing or malformed. */
function readId(c: Ctx, o: Obj, at: string, level: ProblemLevel): string | undefined {
  const id = get(o, 'id');
  if (typeof id === 'string' && ID.test(id)) return id;
  if (id === undefined || id === null || id === '') report(c, level, 'id-missing', `${at}.id`);
  else report(c, level, 'id-invalid', `${at}.id`, { value: shown(id) });
  return undefined;
}

/** A facet or term: an object with a valid id and a label; undefined (reported) otherwise. */
function readLabelled(c: Ctx, v: unknown, at: string): { id: string; label: LocalizedText; o: Obj } | undefined {
  if (!isObject(v)) {
    wrongType(c, at, 'object', v);
    return undefined;
  }
  const id = readId(c, v, at, 'field');
  const label = readText(c, v, 'label', at, true);
  if (!label) field(c, 'label-missing', `${at}.label`);
  return id && label ? { id, label, o: v } : undefined;
}

/** Fills `known` (facet id → term ids) so that entries can be checked against it. */
function readFacets(c: Ctx, v: unknown, known: Terms): readonly Facet[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    wrongType(c, 'facets', 'array', v);
    return [];
  }
  const facets: Facet[] = [];
  for (let i = 0; i < v.length; i++) {
    const at = `facets[${i}]`;
    const f = readLabelled(c, v[i], at);
    if (!f) continue;
    if (known.has(f.id)) {
      field(c, 'facet-duplicate', `${at}.id`, { value: f.id });
      continue;
    }
    const ids = new Set<string>();
    known.set(f.id, ids);
    facets.push({ id: f.id, label: f.label, terms: readTerms(c, get(f.o, 'terms'), `${at}.terms`, ids) });
  }
  return facets;
}

function readTerms(c: Ctx, v: unknown, path: string, ids: Set<string>): readonly FacetTerm[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    wrongType(c, path, 'array', v);
    return [];
  }
  const terms: FacetTerm[] = [];
  for (let i = 0; i < v.length; i++) {
    const at = `${path}[${i}]`;
    const t = readLabelled(c, v[i], at);
    if (!t) continue;
    if (ids.has(t.id)) {
      field(c, 'term-duplicate', `${at}.id`, { value: t.id });
      continue;
    }
    ids.add(t.id);
    terms.push({ id: t.id, label: t.label });
  }
  return terms;
}

/** An entry's place in the filter groups. A single string counts as one term (spreadsheet exports). */
function readMembership(
  c: Ctx,
  o: Obj,
  key: string,
  base: string,
  known: Terms,
): Readonly<Record<string, readonly string[]>> {
  const v = readObject(c, o, key, base);
  if (!v) return NO_FACETS;
  let out: Record<string, string[]> | undefined;
  for (const facet of Object.keys(v)) {
    const ids = known.get(facet); // a Map: keys like `constructor` find nothing
    if (!ids) {
      field(c, 'facet-unknown', member(member(base, key), facet), { value: shown(facet) });
      continue;
    }
    const value = v[facet];
    const single = typeof value === 'string';
    const list: unknown[] | undefined = single ? [value] : Array.isArray(value) ? value : undefined;
    if (!list) {
      wrongType(c, member(member(base, key), facet), 'array', value);
      continue;
    }
    const picked: string[] = [];
    for (let j = 0; j < list.length; j++) {
      const term = list[j];
      if (typeof term === 'string' && ids.has(term)) {
        if (!picked.includes(term)) picked.push(term);
        continue;
      }
      const at = member(member(base, key), facet) + (single ? '' : `[${j}]`);
      if (typeof term !== 'string') wrongType(c, at, 'text', term);
      else field(c, 'term-unknown', at, { value: shown(term), facet });
    }
    if (picked.length) (out ??= record<string[]>())[facet] = picked;
  }
  return out ?? NO_FACETS;
}

// ---------------------------------------------------------------- networks

function readNetworks(c: Ctx, list: readonly unknown[], known: Terms): readonly Network[] {
  const networks: Network[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const at = `networks[${i}]`;
    const raw = list[i];
    if (!isObject(raw)) {
      report(c, 'entry', 'entry-not-object', at, { found: kindOf(raw) });
      continue;
    }
    const id = readId(c, raw, at, 'entry');
    const name = readText(c, raw, 'name', at, true);
    if (!name) report(c, 'entry', 'name-missing', `${at}.name`);
    if (!id || !name) continue;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      report(c, 'entry', 'id-duplicate', `${at}.id`, { value: id, first });
      continue;
    }
    firstIndex.set(id, i);
    networks.push(readNetwork(c, raw, at, id, name, known));
  }
  return networks;
}

function readNetwork(c: Ctx, raw: Obj, at: string, id: string, name: LocalizedText, known: Terms): Network {
  const n: Writable<Network> = { id, name, facets: NO_FACETS, links: NO_LINKS };
  put(n, 'shortName', readShortName(c, raw, 'shortName', at));
  put(n, 'summary', readText(c, raw, 'summary', at));
  put(n, 'description', readText(c, raw, 'description', at));
  n.facets = readMembership(c, raw, 'facets', at, known);
  put(n, 'founded', readPartialDate(c, raw, 'founded', at));
  put(n, 'meetings', readText(c, raw, 'meetings', at));
  put(n, 'coordinator', readGroup<Coordinator>(c, raw, 'coordinator', at, COORDINATOR));
  put(n, 'members', readText(c, raw, 'members', at));
  put(n, 'area', readText(c, raw, 'area', at));
  put(n, 'contact', readGroup<Contact>(c, raw, 'contact', at, CONTACT));
  n.links = readLinks(c, raw, 'links', at);
  put(n, 'note', readText(c, raw, 'note', at));
  put(n, 'updated', readDay(c, raw, 'updated', at));
  return n;
}
