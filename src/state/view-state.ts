/**
 * The directory's view state and every change to it, as pure functions: what the
 * reader typed and chose, the partner's slice, how many entries are shown, which one
 * is open and which language the reader picked. The element holds one `ViewState`
 * and replaces it with the result of these functions; nothing here touches the DOM,
 * the URL or the network, so each transition is tested on its own (test/state/).
 */
import type { Feed } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import { own, record } from '../feed/record.js';
import { NO_FILTERS, normalizeFilterState, type FilterState } from './filter-state.js';
import { parseFilterAttribute, type UrlState } from './url-state.js';

/**
 * Entries rendered at first and per "show more": keeps big feeds responsive (every
 * keystroke re-renders them). 24 fills whole rows of one, two or three columns.
 */
export const PAGE_SIZE = 24;

/**
 * A partner's slice of the feed, set by the embedder with `hide-facets` and `filter`:
 * the hidden facets' groups are not shown, and their `filter` terms always apply.
 * `filter`'s terms of visible facets are only the reader's starting choice.
 */
export interface Slice {
  /** Facet ids from `hide-facets`. */
  readonly hiddenFacets: ReadonlySet<string>;
  /** facet id → term ids, from `filter` (all facets, hidden or not). */
  readonly filter: Readonly<Record<string, readonly string[]>>;
}

export interface ViewState {
  /** Search text and chosen terms; the slice's fixed terms are always part of it. */
  readonly filters: FilterState;
  readonly slice: Slice;
  /** How many matches are rendered (a multiple of PAGE_SIZE). */
  readonly limit: number;
  /** Printing: every match is rendered with its details, whatever `limit` says, until the reader filters again. */
  readonly printing: boolean;
  /** The entry whose details are open, if any. */
  readonly openId: string | null;
  /** The language the reader chose with the switch (or the URL); `null`: from `lang` attributes. */
  readonly language: UiLocale | null;
  /**
   * Narrow containers (phones): whether the facet groups are unfolded. There they sit behind
   * one "Filter" button, so that the first results are on the first screen; wide containers
   * show them beside the results whatever this says.
   */
  readonly filtersOpen: boolean;
  /** Narrow containers: whether the feed description is shown in full, not only its first paragraph. */
  readonly descriptionOpen: boolean;
}

/** The slice that the attributes `hide-facets` and `filter` describe. */
export function sliceOf(hideFacets: string | null | undefined, filter: string | null | undefined): Slice {
  return {
    hiddenFacets: new Set((hideFacets ?? '').split(/[\s,]+/).filter(Boolean)),
    filter: parseFilterAttribute(filter),
  };
}

export const NO_SLICE: Slice = sliceOf('', '');

export function initialViewState(slice: Slice = NO_SLICE): ViewState {
  return {
    filters: NO_FILTERS,
    slice,
    limit: PAGE_SIZE,
    printing: false,
    openId: null,
    language: null,
    filtersOpen: false,
    descriptionOpen: false,
  };
}

/** The choices the reader made: the selection without the slice's hidden facets. */
export function ownChoices(state: ViewState): Record<string, readonly string[]> {
  const { hiddenFacets } = state.slice;
  return record(Object.entries(state.filters.selected).filter(([facet]) => !hiddenFacets.has(facet)));
}

/** `filters` with the hidden facets' terms replaced by the slice's: a slice cannot be cleared. */
function withSlice(filters: FilterState, slice: Slice, feed: Feed | null): FilterState {
  if (!slice.hiddenFacets.size) return filters;
  const selected = record<readonly string[]>();
  for (const [facet, terms] of Object.entries(filters.selected))
    if (!slice.hiddenFacets.has(facet)) selected[facet] = terms;
  for (const facet of slice.hiddenFacets) {
    const fixed = own(slice.filter, facet);
    if (fixed?.length) selected[facet] = fixed;
  }
  const next = { query: filters.query, selected };
  return feed ? normalizeFilterState(feed, next) : next;
}

/** The filters of the slice alone: what the "of N" in the count counts. */
export function sliceFilters(state: ViewState, feed: Feed | null): FilterState {
  return withSlice(NO_FILTERS, state.slice, feed);
}

/** How many terms the reader chose (the slice's fixed terms do not count): the n of "Filter (n)". */
export function chosenTermCount(state: ViewState): number {
  return Object.values(ownChoices(state)).reduce((sum, terms) => sum + terms.length, 0);
}

/** Whether the reader filtered (the slice's fixed terms do not count). */
export function isFiltered(state: ViewState): boolean {
  return state.filters.query.trim() !== '' || Object.keys(ownChoices(state)).length > 0;
}

/** A new filter choice: the slice re-applied, back to the first page, printing over. */
function withFilters(state: ViewState, filters: FilterState, feed: Feed | null): ViewState {
  return { ...state, filters: withSlice(filters, state.slice, feed), limit: PAGE_SIZE, printing: false };
}

export function setQuery(state: ViewState, query: string, feed: Feed | null): ViewState {
  return withFilters(state, { ...state.filters, query }, feed);
}

/** Chooses (`on`) or drops a term of a facet; a facet left without terms disappears from `selected`. */
export function toggleTerm(
  state: ViewState,
  facetId: string,
  termId: string,
  on: boolean,
  feed: Feed | null,
): ViewState {
  const current = own(state.filters.selected, facetId) ?? [];
  const terms = on ? (current.includes(termId) ? current : [...current, termId]) : current.filter((t) => t !== termId);
  const selected = record(Object.entries(state.filters.selected));
  if (terms.length) selected[facetId] = terms;
  else delete selected[facetId];
  return withFilters(state, { query: state.filters.query, selected }, feed);
}

export function removeTerm(state: ViewState, facetId: string, termId: string, feed: Feed | null): ViewState {
  return toggleTerm(state, facetId, termId, false, feed);
}

/** No search text and no choices of the reader's; the slice stays. */
export function clearAll(state: ViewState, feed: Feed | null): ViewState {
  return withFilters(state, NO_FILTERS, feed);
}

/** A new slice (the attributes changed): its fixed terms apply from now on. */
export function setSlice(state: ViewState, slice: Slice, feed: Feed | null): ViewState {
  return { ...state, slice, filters: withSlice(state.filters, slice, feed) };
}

export function openEntry(state: ViewState, id: string): ViewState {
  return { ...state, openId: id };
}

export function closeEntry(state: ViewState): ViewState {
  return { ...state, openId: null };
}

/** Unfolds or folds the facet groups behind the "Filter" button (narrow containers). */
export function toggleFilters(state: ViewState): ViewState {
  return { ...state, filtersOpen: !state.filtersOpen };
}

/** Shows the whole feed description, or only its first paragraph again (narrow containers). */
export function toggleDescription(state: ViewState): ViewState {
  return { ...state, descriptionOpen: !state.descriptionOpen };
}

export function showMore(state: ViewState): ViewState {
  return { ...state, limit: state.limit + PAGE_SIZE };
}

/** On paper every matching entry with its details, not only the first pages. */
export function printAll(state: ViewState): ViewState {
  return { ...state, printing: true };
}

export function chooseLanguage(state: ViewState, language: UiLocale): ViewState {
  return { ...state, language };
}

/** How many of `matchCount` matches are rendered. */
export function shownCount(state: ViewState, matchCount: number): number {
  return state.printing ? matchCount : Math.min(state.limit, matchCount);
}

/**
 * The view saved in the URL (`saved`), or when there is none the starting view of the
 * `filter` attribute. The language is taken from the URL only when it names one.
 * Without a feed only the language changes: filters wait for `applyFeed`.
 */
export function restoreFromUrl(state: ViewState, saved: UrlState | null, feed: Feed | null): ViewState {
  const language = saved?.lang ?? state.language;
  if (!feed) return { ...state, language };
  const filters = saved
    ? { query: saved.query, selected: record(Object.entries(saved.selected)) }
    : { query: '', selected: state.slice.filter };
  return applyFeed(
    { ...state, language, filters, openId: saved?.open ?? null, limit: PAGE_SIZE, printing: false },
    feed,
  );
}

/** The state checked against a (new) feed: unknown facets and terms dropped, an open entry that is gone closed. */
export function applyFeed(state: ViewState, feed: Feed): ViewState {
  const filters = withSlice(normalizeFilterState(feed, state.filters), state.slice, feed);
  const openId = state.openId !== null && feed.networks.some((n) => n.id === state.openId) ? state.openId : null;
  return { ...state, filters, openId };
}

/**
 * The state with `limit` grown so that the open entry is rendered, when it is among
 * `matchIds` (a view restored from a link must show what it names).
 */
export function revealOpenEntry(state: ViewState, matchIds: readonly string[]): ViewState {
  const position = state.openId === null ? -1 : matchIds.indexOf(state.openId);
  if (position < state.limit) return state;
  return { ...state, limit: Math.ceil((position + 1) / PAGE_SIZE) * PAGE_SIZE };
}
