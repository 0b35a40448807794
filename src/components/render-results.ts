/** The body under the header: filters beside (or above) chips, count, the list of cards, "show more". */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed, Network } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import { deriveResults, type DerivedResults } from '../search/derive.js';
import type { SearchIndex } from '../search/search-index.js';
import { chosenTermCount, isFiltered, shownCount, sliceFilters, type ViewState } from '../state/view-state.js';
import { formatCount } from './format.js';
import { clampHeadingLevel } from './heading.js';
import { textOf, type TextContext } from './render-text.js';
import { renderNetworkCard } from './render-network-card.js';
import { renderChips, renderFilters, type FilterOptions } from './render-filters.js';
import type { DirectoryActions } from '../controllers/reader-actions.js';

/**
 * The result count: „12 Netzwerke“ unfiltered, „3 von 12 Netzwerken“ filtered, where
 * 12 is the slice's total. German and English (the UI languages) use the singular for exactly 1.
 */
export function countSentence(shown: number, total: number, filtered: boolean, locale: UiLocale): string {
  const all = formatCount(total, locale);
  const one = total === 1;
  if (!filtered) {
    return one
      ? msg(str`${all} Netzwerk`, { id: 'count-all-one' })
      : msg(str`${all} Netzwerke`, { id: 'count-all-other' });
  }
  const part = formatCount(shown, locale);
  return one
    ? msg(str`${part} von ${all} Netzwerk`, { id: 'count-of-one' })
    : msg(str`${part} von ${all} Netzwerken`, { id: 'count-of-other' });
}

/** The count for the view: matches of the reader's filters out of the slice's total. */
export function countText(
  feed: Feed,
  index: SearchIndex,
  state: ViewState,
  derived: DerivedResults,
  locale: UiLocale,
): string {
  const slice = sliceFilters(state, feed);
  const total = Object.keys(slice.selected).length
    ? deriveResults(feed, index, slice).matches.length
    : feed.networks.length;
  return countSentence(derived.matches.length, total, isFiltered(state), locale);
}

export interface ResultsOptions extends TextContext {
  readonly feed: Feed;
  readonly state: ViewState;
  readonly derived: DerivedResults;
  readonly countText: string;
  readonly headingLevel: number;
  readonly idPrefix: string;
  /** The `entry` attribute: one card, opened, without search and filters. */
  readonly entry?: string;
  readonly actions: DirectoryActions;
}

export function renderResults(o: ResultsOptions): TemplateResult {
  const { feed, state, derived } = o;
  if (!feed.networks.length) {
    return html`<p class="message empty" part="message">${textOf(msg('Diese Liste enthält noch keine Netzwerke.', { id: 'empty' }))}</p>`;
  }
  const card = (network: Network, open: boolean) =>
    renderNetworkCard(network, {
      locale: o.locale,
      feedLanguage: o.feedLanguage,
      feed,
      open,
      printing: state.printing,
      headingLevel: clampHeadingLevel(o.headingLevel, 3),
      idPrefix: o.idPrefix,
      onToggle: o.actions.onToggleEntry,
    });
  if (o.entry) {
    const network = feed.networks.find((n) => n.id === o.entry);
    return network
      ? html`<div class="single">${card(network, true)}</div>`
      : html`<p class="message empty" part="message">${textOf(msg('Dieser Eintrag ist nicht in der Liste.', { id: 'entry-missing' }))}</p>`;
  }
  const filterOptions: FilterOptions = {
    locale: o.locale,
    feedLanguage: o.feedLanguage,
    feed,
    state: state.filters,
    counts: derived.counts,
    idPrefix: o.idPrefix,
    hiddenFacets: state.slice.hiddenFacets,
    actions: o.actions,
    filtersOpen: state.filtersOpen,
    chosenCount: chosenTermCount(state),
  };
  const { matches } = derived;
  const visible = matches.slice(0, shownCount(state, matches.length));
  const list = matches.length
    ? html`<ul class="results" part="list">
        ${visible.map((network) => {
          const open = state.openId === network.id;
          // An open card spans the row: its details get the list's width (styles).
          return html`<li class=${open ? 'open' : ''}>${card(network, open)}</li>`;
        })}
      </ul>`
    : html`<div class="message no-matches" part="message">
        <p>${textOf(msg('Keine Netzwerke passen zu Suche und Filtern.', { id: 'no-matches' }))}</p>
        <button type="button" @click=${o.actions.onClearAll}>${textOf(msg('Alle Filter zurücksetzen', { id: 'clear-all' }))}</button>
      </div>`;
  const more =
    matches.length > visible.length
      ? html`<button
          type="button"
          class="show-more"
          part="show-more"
          @click=${o.actions.onShowMore}
        >${textOf(msg(str`Weitere anzeigen (${formatCount(visible.length, o.locale)} von ${formatCount(matches.length, o.locale)} angezeigt)`, { id: 'show-more' }))}</button>`
      : nothing;
  // Filters first, then the results: in wide containers side by side (styles), in
  // narrow ones one above the other with the facet groups folded.
  return html`<div class="layout">
    ${renderFilters(filterOptions)}
    <div class="results-area">
      ${renderChips(filterOptions)}
      <p class="count" part="count">${textOf(o.countText)}</p>
      ${list} ${more}
    </div>
  </div>`;
}
