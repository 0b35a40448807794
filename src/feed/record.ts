/**
 * Records keyed by feed data. A feed may name a facet, a term or an entry
 * `constructor`, `__proto__` or `toString` (the id pattern of FEED.md allows it), and a
 * host page may add enumerable properties to `Object.prototype`. So every record whose
 * keys come from a feed, a URL or a spreadsheet is made by `record()` (no prototype:
 * nothing is inherited, `__proto__` is an ordinary key) and read by `own()` when it
 * may come from elsewhere.
 */

/** An empty record without a prototype, optionally filled from `entries`. */
export function record<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (entries) for (const [key, value] of entries) out[key] = value;
  return out;
}

/** `source[key]` when it is the record's own property, else `undefined`; never an inherited value. */
export function own<T>(source: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return source != null && Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}
