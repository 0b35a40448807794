/**
 * What the workbench writes: the feed as JSON the way `import` and `export` write
 * it (src/cli/export-csv.ts's `jsonText`: two spaces, final line break; an entry's
 * fields in FEED.md order), and the table with its head file the way `export`
 * writes them. Pure: the element turns these texts into downloads.
 */
import { validateFeed } from '../feed/validate.js';
import { NETWORK_KEYS } from '../cli/csv-columns.js';
import { writeSheet } from '../cli/csv-file.js';
import { feedToSheet, headOf, jsonText } from '../cli/export-csv.js';
import { isObj, type Obj } from './draft.js';

/** The draft with each entry's fields in FEED.md order (unknown extra fields after them, kept). */
export function tidyFeed(feed: Obj): Obj {
  if (!Array.isArray(feed.networks)) return feed;
  const networks = feed.networks.map((n) => {
    if (!isObj(n)) return n;
    const out: Obj = {};
    for (const key of NETWORK_KEYS) if (Object.hasOwn(n, key)) out[key] = n[key];
    for (const key of Object.keys(n)) if (!Object.hasOwn(out, key)) out[key] = n[key];
    return out;
  });
  return { ...feed, networks };
}

export function feedJson(feed: Obj): string {
  return jsonText(tidyFeed(feed));
}

/**
 * The table (`;`, UTF-8 with BOM, CRLF) and its head file, as `export` writes
 * them; `undefined` when the draft has a feed-level problem (no table can be made).
 * Entries and fields the validator drops are not in the table, as in `export`.
 */
export function feedCsv(feed: Obj): { csv: string; head: string } | undefined {
  const valid = validateFeed(feed).feed;
  if (!valid) return undefined;
  return { csv: writeSheet(feedToSheet(valid)), head: jsonText(headOf(tidyFeed(feed))) };
}

/** `netze.csv` → `netze.json`, `netze.csv`, `netze.head.json`. */
export function fileNames(opened: string | undefined): { json: string; csv: string; head: string } {
  const base = (opened ?? 'feed').replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt|json)$/i, '') || 'feed';
  return { json: `${base}.json`, csv: `${base}.csv`, head: `${base}.head.json` };
}
