/**
 * The reader's view kept in the page URL, so that it survives a reload and can be
 * shared. Each instance owns exactly these parameters, named by its key:
 * `nd.q` (search text), `nd.f.topic` (one per facet), `nd.open`, `nd.lang`.
 *
 * The key ends at the first `.`, and a key never contains one (`.` and `~` in a key
 * are written `~2E` and `~7E`), so no two keys can claim the same parameter, however
 * they begin: `nd` and `nd-partner` or `nd-f` stay apart, and so do the host's own
 * parameters. Ids are `[a-z0-9-]`, so values need no escaping:
 * `nd.f.topic=integration.human-rights`.

 */
import { parseUiLocale, type UiLocale } from '../localization.js';

export interface UrlState {
  query: string;
  /** facet id → term ids, unchecked: the feed decides later which exist. */
  selected: Record<string, string[]>;
  open: string | null;
  lang: UiLocale | null;
}

/** A term, facet or entry id (FEED.md "Ids"): at most 64 characters. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `key` as it begins each parameter name: without `.`, so it cannot run into another key. */
const keyPrefix = (key: string): string => key.replace(/[~.]/g, (c) => (c === '~' ? '~7E' : '~2E')) + '.';

/** The state stored under `key` in `search`, or `null` when there is none. */
export function readUrlState(search: string, key: string): UrlState | null {
  const prefix = keyPrefix(key);
  const own = [...new URLSearchParams(search)].flatMap(([name, value]) =>
    name.startsWith(prefix) ? [[name.slice(prefix.length), value]] : [],
  );
  return own.length ? stateOf(own) : null;
}

/** The state from (name after the key, value) pairs. */
function stateOf(own: string[][]): UrlState {
  const state: UrlState = { query: '', selected: {}, open: null, lang: null };
  const facetPrefix = 'f.';
  for (const [name, value] of own) {
    if (name === 'q') state.query = value;
    else if (name === 'open' && ID.test(value)) state.open = value;
    else if (name === 'lang') state.lang = parseUiLocale(value) ?? state.lang;
    else if (name.startsWith(facetPrefix)) {
      const facet = name.slice(facetPrefix.length);
      const terms = value.split('.').filter((t) => ID.test(t));
      if (ID.test(facet) && terms.length) state.selected[facet] = terms;
    }
  }
  return state;
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
  const prefix = keyPrefix(key);
  for (const name of [...url.searchParams.keys()]) {
    if (name.startsWith(prefix)) url.searchParams.delete(name);
  }
  const set = (name: string, value: string | null): void => {
    if (value) url.searchParams.set(prefix + name, value);
  };
  set('q', state.query);
  for (const [facet, terms] of Object.entries(state.selected)) set(`f.${facet}`, terms.join('.'));
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
