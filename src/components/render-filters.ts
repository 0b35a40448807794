import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Facet, Feed } from '../feed/types.js';
import type { FilterState } from '../state/filter-state.js';
import { inlineText, liveText, plainText, soleText, textOf, type TextContext } from './render-text.js';
import { formatCount } from './format.js';
import { own } from '../feed/record.js';
import type { DirectoryActions } from '../controllers/reader-actions.js';

export interface FilterOptions extends TextContext {
  readonly feed: Feed;
  readonly state: FilterState;
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly idPrefix: string;
  /** Facet ids the embedder chose not to show. */
  readonly hiddenFacets: ReadonlySet<string>;
  readonly actions: DirectoryActions;
  /** Narrow containers: whether the facet groups are unfolded (ViewState.filtersOpen). */
  readonly filtersOpen: boolean;
  /** How many terms the reader chose: shown on the "Filter" button. */
  readonly chosenCount: number;
}

function renderFacet(facet: Facet, o: FilterOptions): TemplateResult {
  const chosen = own(o.state.selected, facet.id) ?? [];
  const counts = o.counts.get(facet.id);
  return html`<fieldset class="facet" part="facet">
    <legend>${soleText(facet.label, o)}</legend>
    <ul>
      ${facet.terms.map((term) => {
        const id = `${o.idPrefix}-${facet.id}-${term.id}`;
        const checked = chosen.includes(term.id);
        const count = counts?.get(term.id) ?? 0;
        return html`<li class="term">
          <input
            type="checkbox"
            id=${id}
            .checked=${checked}
            @change=${(e: Event) => o.actions.onToggleTerm(facet.id, term.id, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${soleText(term.label, o)}<span class="count">${textOf(` (${formatCount(count, o.locale)})`)}</span></label>
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

/**
 * The search field and one group of checkboxes per facet. In narrow containers the
 * groups sit behind one disclosure button, "Filter (n)" with n chosen terms; in wide
 * ones the styles hide that button and show the groups beside the results. Which
 * layout applies is the styles' decision (container queries), so the same DOM, in the
 * same order, serves both.
 */
export function renderFilters(o: FilterOptions): TemplateResult {
  const searchId = `${o.idPrefix}-search`;
  const facetsId = `${o.idPrefix}-facets`;
  const facets = o.feed.facets.filter((f) => !o.hiddenFacets.has(f.id));
  const toggleLabel = o.chosenCount
    ? msg(str`Filter (${formatCount(o.chosenCount, o.locale)})`, { id: 'filters-toggle-count' })
    : msg('Filter', { id: 'filters-toggle' });
  return html`<div class="filters" part="filters" role="search" aria-label=${msg('Netzwerke durchsuchen', { id: 'search-region' })}>
    <div class="search-field">
      <label for=${searchId}>${textOf(msg('Suche', { id: 'search-label' }))}</label>
      <input
        id=${searchId}
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        .value=${o.state.query}
        @input=${(e: Event) => o.actions.onQuery((e.target as HTMLInputElement).value)}
      />
    </div>
    ${
      facets.length
        ? html`<button
            type="button"
            class="filters-toggle"
            part="filters-toggle"
            aria-expanded=${o.filtersOpen ? 'true' : 'false'}
            aria-controls=${facetsId}
            @click=${o.actions.onToggleFilters}
          >${textOf(toggleLabel)}</button>
          <div id=${facetsId} class=${o.filtersOpen ? 'facets' : 'facets folded'}>${facets.map((facet) => renderFacet(facet, o))}</div>`
        : nothing
    }
  </div>`;
}

/** Chosen filters as removable chips, and "clear all". Empty when nothing is chosen. */
export function renderChips(o: FilterOptions): TemplateResult | typeof nothing {
  // The print-only summary: feed texts keep their fallback lang there too (WCAG 3.1.2).
  // (Arrays, not templates: the build's template minifier trims a literal's edge spaces.)
  const labels: unknown[] = [];
  const chips = o.feed.facets.flatMap((facet) =>
    (own(o.state.selected, facet.id) ?? []).flatMap((termId) => {
      const term = facet.terms.find((t) => t.id === termId);
      if (!term || o.hiddenFacets.has(facet.id)) return [];
      const label = `${plainText(facet.label, o)}: ${plainText(term.label, o)}`;
      labels.push([inlineText(facet.label, o), ': ', inlineText(term.label, o)]);
      return [
        html`<li>
          <button
            type="button"
            class="chip"
            part="chip"
            data-facet=${facet.id}
            data-term=${term.id}
            aria-label=${msg(str`Filter entfernen: ${label}`, { id: 'remove-filter' })}
            @click=${(e: Event) => o.actions.onRemoveChip(facet.id, term.id, e)}
          >
            ${inlineText(term.label, o)} <span aria-hidden="true">✕</span>
          </button>
        </li>`,
      ];
    }),
  );
  if (!chips.length && !o.state.query) return nothing;
  // On paper the buttons are gone: the search and the filters in words instead.
  // Each part an element of its own (liveText, inlineText with its lang): a page translator's
  // rewrite of one text cannot keep the next print from showing the current filters.
  if (o.state.query) labels.unshift(liveText(`${msg('Suche', { id: 'search-label' })}: "${o.state.query}"`));
  return html`<div class="chips" part="chips">
    <p class="print-summary" hidden>${labels.map((l, i) => (i ? ['; ', l] : l))}</p>
    ${chips.length ? html`<ul aria-label=${msg('Gewählte Filter', { id: 'chosen-filters' })}>${chips}</ul>` : nothing}
    <button
      type="button"
      class="clear-all"
      part="clear-all"
      @click=${o.actions.onClearAll}
    >${textOf(msg('Alle Filter zurücksetzen', { id: 'clear-all' }))}</button>
  </div>`;
}
