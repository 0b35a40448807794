/**
 * The reader's view kept in the page URL, so that it survives a reload and can be
 * shared. Every parameter is prefixed with the instance's key (`nd-q`, `nd-f-topic`),
 * so several directories and the host's own parameters never clash. Ids are
 * `[a-z0-9-]`, so values need no escaping: `nd-f-topic=integration.human-rights`.
 */
import { parseUiLocale, type UiLocale } from '../localization.js';

export interface UrlState {
  query: string;
  /** facet id → term ids, unchecked: the feed decides later which exist. */
  selected: Record<string, string[]>;
  open: string | null;
  lang: UiLocale | null;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The state stored under `key` in `search`, or `null` when there is none. */
export function readUrlState(search: string, key: string): UrlState | null {
  const params = new URLSearchParams(search);
  const state: UrlState = { query: '', selected: {}, open: null, lang: null };
  let found = false;
  const facetPrefix = `${key}-f-`;
  for (const [name, value] of params) {
    if (!name.startsWith(`${key}-`)) continue;
    found = true;
    if (name === `${key}-q`) state.query = value;
    else if (name === `${key}-open` && ID.test(value)) state.open = value;
    else if (name === `${key}-lang`) state.lang = parseUiLocale(value) ?? state.lang;
    else if (name.startsWith(facetPrefix)) {
      const facet = name.slice(facetPrefix.length);
      const terms = value.split('.').filter((t) => ID.test(t));
      if (ID.test(facet) && terms.length) state.selected[facet] = terms;
    }
  }
  return found ? state : null;
}

/**
 * `href` with this instance's parameters replaced by `state` (empty values
 * left out); every other parameter and the hash stay as they were.
 */
export function writeUrlState(
  href: string,
  key: string,
  state: Omit<UrlState, 'selected'> & { selected: Readonly<Record<string, readonly string[]>> },
): string {
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) {
    if (name.startsWith(`${key}-`)) url.searchParams.delete(name);
  }
  const set = (name: string, value: string | null) => value && url.searchParams.set(`${key}-${name}`, value);
  set('q', state.query);
  for (const [facet, terms] of Object.entries(state.selected)) set(`f-${facet}`, terms.join('.'));
  set('open', state.open);
  set('lang', state.lang);
  return url.href;
}

/**
 * Filters given as an attribute: `topic:integration,human-rights scope:local`
 * (groups separated by spaces or `;`, terms by `,`).
 */
export function parseFilterAttribute(value: string | null | undefined): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const group of (value ?? '').split(/[\s;]+/)) {
    const [facet, terms = ''] = group.split(':');
    if (ID.test(facet)) selected[facet] = terms.split(',').filter((t) => ID.test(t));
  }
  return selected;
}
