/**
 * The reader's filters: the search text and the chosen terms per facet. Pure, no DOM.
 */
import type { Feed } from '../feed/types.js';
import { own, record } from '../feed/record.js';

export type FilterState = {
  /** As typed; folded and split into words by `deriveResults`. */
  query: string;
  /** facet id → chosen term ids. Unknown ids are ignored (the state may come from a URL). */
  selected: Readonly<Record<string, readonly string[]>>;
};

/** No search text, no chosen term. */
export const NO_FILTERS: FilterState = Object.freeze({
  query: '',
  selected: Object.freeze(record<readonly string[]>()),
});

/** The chosen term ids of one facet; empty when the state has none (or not an array). */
export function chosenTerms(state: FilterState, facetId: string): readonly string[] {
  const chosen = own(state.selected, facetId);
  return Array.isArray(chosen) ? chosen : [];
}

/**
 * The state with unknown facets and terms dropped, duplicates removed and facets
 * without a choice left out; facets and terms in feed order, so equal choices give
 * equal (URL-stable) states. The query is kept as typed.
 */
export function normalizeFilterState(feed: Feed, state: FilterState): FilterState {
  const selected = record<readonly string[]>();
  for (const facet of feed.facets) {
    const chosen = new Set(chosenTerms(state, facet.id));
    const termIds = facet.terms.filter((term) => chosen.has(term.id)).map((term) => term.id);
    if (termIds.length) selected[facet.id] = termIds;
  }
  return { query: state.query, selected };
}
