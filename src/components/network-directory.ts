import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { inLocale, type UiLocale } from '../localization.js';
import { uiLocaleFor } from '../state/ui-language.js';
import { parseFilterAttribute, readUrlState, writeUrlState, type UrlState } from '../state/url-state.js';
import { loadFeed, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../feed/load.js';
import { parseFeedText, validateFeed } from '../feed/validate.js';
import { describeFeedProblem as describeProblem } from '../feed/feed-problem-messages.js';
import { problem } from '../feed/problem.js';
import type { Feed, FeedProblem, Network, ValidationResult } from '../feed/types.js';
import { buildSearchIndex, type SearchIndex } from '../search/search-index.js';
import { deriveResults, normalizeFilterState, type DerivedResults, type FilterState } from '../search/derive.js';
import { directoryEvent } from '../events.js';
import { formatCount, formatFeedDate } from './format.js';
import { headingTag, clampHeadingLevel } from './heading.js';
import { inlineText, blockText, type TextContext } from './render-text.js';
import { renderNetworkCard } from './render-network-card.js';
import { renderChips, renderFilters, type FilterOptions } from './render-filters.js';
import { directoryStyles } from './network-directory.styles.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

const EMPTY_STATE: FilterState = { query: '', selected: {} };
/**
 * Entries rendered at first and per "show more": keeps big feeds responsive (every
 * keystroke re-renders them). 24 fills whole rows of one, two or three columns.
 */
export const PAGE_SIZE = 24;
/** `_limit` while printing: every match, each with its details (until the reader filters again). */
const PRINT_ALL = 1e9;
/** The result count is announced once typing pauses, not per keystroke. */
const ANNOUNCE_DELAY_MS = 700;

let instanceCount = 0;

const fail = (code: 'no-source' | 'not-object'): ValidationResult => ({ feed: null, problems: [problem('feed', '', code)] });

/**
 * A filterable directory of networks, read from a JSON feed (see FEED.md).
 *
 * @summary Searchable, filterable German/English list of networks from a JSON feed.
 *
 * @fires nd-feed-loaded - A feed was loaded and validated. `detail: { feed, problems }`; `problems` lists skipped entries and ignored fields.
 * @fires nd-feed-failed - A feed could not be used. `detail: { problems, message, stale }`; `stale` is true when earlier entries stay on screen.
 * @fires nd-filters-changed - The reader changed the search text or the filters. `detail: { query, selected }`.
 * @fires nd-entry-opened - The reader opened an entry's details. `detail: { id }`.
 *
 * @slot - An optional `<script type="application/json">` holding the feed inline (used when `src` is not set).
 *
 * @csspart base - The whole directory.
 * @csspart header - Title, description and language switch.
 * @csspart title - The feed's title (hide it with `::part(title) { display: none }` if the page has its own).
 * @csspart language-switch - The group of language buttons.
 * @csspart filters - The search region: search field and facet groups.
 * @csspart search - The search input.
 * @csspart facet - One filter group (a fieldset).
 * @csspart chips - Chosen filters and "clear all".
 * @csspart chip - One chosen filter's remove button.
 * @csspart clear-all - The "clear all filters" button.
 * @csspart count - The visible result count.
 * @csspart list - The list of results.
 * @csspart card - One network's card.
 * @csspart card-title - A network's name (a heading at `heading-level`).
 * @csspart badge - One facet term on a card.
 * @csspart toggle - The button that opens a card's details.
 * @csspart details - A card's details.
 * @csspart note - A caveat in the details.
 * @csspart message - Loading, error and empty-state messages.
 * @csspart show-more - The "show more" button of long lists.
 * @csspart footer - Publisher, date of last check and licence.
 *
 * @cssprop [--nd-accent=#0a5c99] - Links, focus and chosen controls.
 * @cssprop [--nd-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--nd-text=#1a1a1a] - Body text.
 * @cssprop [--nd-muted=#555555] - Secondary text (counts, hints); keep 4.5:1 against the background.
 * @cssprop [--nd-background=#ffffff] - Background of the directory.
 * @cssprop [--nd-surface=#f4f6f8] - Background of cards and the filter panel.
 * @cssprop [--nd-border=#767676] - Borders of controls (3:1 against the background).
 * @cssprop [--nd-radius=0.375em] - Corner radius (em: of the widget's text size).
 * @cssprop [--nd-space=1em] - Base spacing (em: of the widget's text size).
 * @cssprop [--nd-font-size=medium] - Text size; by default the reader's browser setting (16 px unless changed), not the page's root size. Every size inside follows it; controls stay at least 44 px.
 * @cssprop [--nd-focus=#0a5c99] - Colour of the focus ring.
 * @cssprop [--nd-font=inherit] - Font family (the host page's by default).
 */
export class NetworkDirectory extends LitElement {
  static override styles = directoryStyles;

  // Declared without decorators: that keeps tslib and the decorator helpers out of the bundle.
  static override properties = {
    src: { reflect: true },
    feed: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    maxBytes: { attribute: 'max-bytes', type: Number },
    appearance: { reflect: true },
    layout: { reflect: true },
    filter: {},
    hideFacets: { attribute: 'hide-facets' },
    entry: {},
    urlKey: { attribute: 'url-key' },
    noUrlState: { attribute: 'no-url-state', type: Boolean },
    _status: { state: true },
    _feed: { state: true },
    _failure: { state: true },
    _filters: { state: true },
    _openId: { state: true },
    _chosenLocale: { state: true },
    _limit: { state: true },
    _announcement: { state: true },
  };

  /** URL of the feed (JSON), relative to the page. Wins over an inline feed. */
  declare src?: string;
  /** The feed as an object (raw, as in FEED.md); set from script instead of `src`. */
  declare feed?: unknown;
  /** Heading level (1–6) of each entry's title; the feed title is one level above. Default 3. */
  declare headingLevel: number;
  /** Time-out for loading `src`, in milliseconds. Default 15000. */
  declare timeout: number;
  /** Largest feed accepted, in bytes. Default 10 MB. */
  declare maxBytes: number;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare appearance?: 'light' | 'dark' | 'auto';
  /** `compact`: one column, tighter cards without summaries. */
  declare layout?: 'compact';
  /** Filters chosen at start, e.g. `topic:integration,human-rights scope:local`. */
  declare filter?: string;
  /** Facet ids whose groups are not shown, e.g. `audience kind`; their `filter` terms always apply (a partner's slice). */
  declare hideFacets?: string;
  /** The id of one network: shows only its card, opened, without search and filters. */
  declare entry?: string;
  /** Prefix of this instance's URL parameters. Default: the element's `id`, else `nd`, `nd2`, … */
  declare urlKey?: string;
  /** Do not read or write the page URL. */
  declare noUrlState: boolean;

  declare private _status: Status;
  declare private _feed: Feed | null;
  declare private _failure: readonly FeedProblem[];
  declare private _filters: FilterState;
  declare private _openId: string | null;
  declare private _chosenLocale: UiLocale | null;
  declare private _limit: number;
  declare private _announcement: string;

  constructor() {
    super();
    this.headingLevel = 3;
    this.timeout = DEFAULT_TIMEOUT_MS;
    this.maxBytes = DEFAULT_MAX_BYTES;
    this.noUrlState = false;
    this._status = 'idle';
    this._feed = null;
    this._failure = [];
    this._filters = EMPTY_STATE;
    this._openId = null;
    this._chosenLocale = null;
    this._limit = PAGE_SIZE;
    this._announcement = '';
  }

  private readonly _idPrefix = `nd${++instanceCount}`;
  /** State read from the URL at connect, applied when the first feed arrives. */
  private _urlState: UrlState | null = null;
  private _abort?: AbortController;
  private _loadToken = 0;
  private _index?: { feed: Feed; locale: UiLocale; index: SearchIndex };
  private _derived?: DerivedResults;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _inlineObserver?: MutationObserver;
  private _focusAfterUpdate?: () => void;
  /** The reader changed filters that the URL does not show yet. */
  private _urlDirty = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The UI language in use: the reader's choice, else from `lang` attributes, else German. */
  get currentLocale(): UiLocale {
    return this._chosenLocale ?? uiLocaleFor(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An inline feed may be parsed after the element upgrades, or replaced later.
    this._inlineObserver = new MutationObserver(() => {
      if (!this.src && this.feed === undefined) this._load();
    });
    this._inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this._readUrl();
    addEventListener('popstate', this._onPopState);
    addEventListener('beforeprint', this._onPrint);
    // After the current task's own set-up (createElement, append, then set src) is done.
    queueMicrotask(() => this._loadToken || this._load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._status === 'loading') {
      // Moved or removed mid-request: stop it, and load afresh if it comes back.
      this._abort?.abort();
      this._loadToken = 0;
      this._status = 'idle';
    }
    this._inlineObserver?.disconnect();
    removeEventListener('popstate', this._onPopState);
    removeEventListener('beforeprint', this._onPrint);
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('feed')) && this._loadToken) this._load();
    if (this._feed) {
      const locale = this.currentLocale;
      if (!this._index || this._index.feed !== this._feed || this._index.locale !== locale) {
        const index = buildSearchIndex(this._feed, locale);
        this._index = { feed: this._feed, locale, index };
        // The texts are folded once these results are on screen, one slice per task, so
        // that neither the results nor a click waits for all of them (a search folds the
        // rest at once); and only while this index is in use.
        const warm = (): unknown => this._index!.index === index && index.warm(200) && setTimeout(warm);
        requestAnimationFrame(() => setTimeout(warm));
      }
      this._derived = deriveResults(this._feed, this._index.index, this._filters);
    } else {
      this._derived = undefined;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // Every msg() during this element's render speaks this element's language.
    inLocale(this.currentLocale, () => super.update(changed));
  }

  protected override updated(): void {
    const focus = this._focusAfterUpdate;
    this._focusAfterUpdate = undefined;
    focus?.();
  }

  // ---- loading ---------------------------------------------------------

  private _inlineFeedText(): string | null {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script ? script.textContent ?? '' : null;
  }

  /** Loads from the property, `src` or the inline script, in that order. A newer load always wins. */
  private async _load(): Promise<void> {
    this._abort?.abort();
    const token = ++this._loadToken;
    let controller: AbortController | undefined;
    let result: ValidationResult;
    try {
      if (this.feed !== undefined) {
        result = validateFeed(this.feed);
      } else if (!this.src) {
        const inline = this._inlineFeedText();
        result = inline === null ? fail('no-source') : parseFeedText(inline);
      } else {
        // An address that cannot be parsed throws here: reported below like a missing one.
        const url = new URL(this.src, document.baseURI).href;
        controller = this._abort = new AbortController();
        this._status = 'loading';
        // Outside render(): msg() must be told which language this element speaks.
        this._announce(inLocale(this.currentLocale, () => msg('Netzwerke werden geladen …', { id: 'loading' })));
        result = await loadFeed(url, { signal: controller.signal, timeoutMs: this.timeout, maxBytes: this.maxBytes });
      }
    } catch {
      if (controller?.signal.aborted) return; // a newer load is under way
      // A src that is no address, or a feed object whose getters throw: nothing may escape to the page.
      result = fail(this.feed !== undefined ? 'not-object' : 'no-source');
    }
    if (token === this._loadToken) this._apply(result);
  }

  private _apply(result: ValidationResult): void {
    if (result.feed) {
      this._failure = [];
      this._status = 'ready';
      const first = !this._feed;
      this._feed = result.feed;
      if (first) this._restoreView();
      this._filters = this._withFixed(normalizeFilterState(result.feed, this._filters));
      if (this._openId && !result.feed.networks.some((n) => n.id === this._openId)) this._openId = null;
      this._reportProblems(result.problems);
      this.dispatchEvent(directoryEvent('nd-feed-loaded', { feed: result.feed, problems: result.problems }));
      this._scheduleCountAnnouncement(0);
    } else {
      this._failure = result.problems;
      const stale = this._feed !== null;
      this._status = stale ? 'ready' : 'error';
      const message = result.problems[0] ? describeProblem(result.problems[0], this.currentLocale) : '';
      this._announce(message);
      this._reportProblems(result.problems);
      this.dispatchEvent(directoryEvent('nd-feed-failed', { problems: result.problems, message, stale }));
    }
  }

  /** Editors look in the console: every problem with its level and path. */
  private _reportProblems(problems: readonly FeedProblem[]): void {
    // Full sentences for entry and field problems: `npx network-directory validate <feed>`.
    for (const p of problems) console.warn(`network-directory [${p.level}] ${describeProblem(p, 'en')}`);
  }

  // ---- state changes from the reader -----------------------------------

  private _setFilters(next: FilterState): void {
    next = this._withFixed(next);
    this._filters = next;
    this._urlDirty = true;
    this._limit = PAGE_SIZE;
    this.dispatchEvent(directoryEvent('nd-filters-changed', next));
    this._scheduleCountAnnouncement(ANNOUNCE_DELAY_MS);
  }

  private _onQuery = (query: string): void => {
    this._setFilters({ ...this._filters, query });
  };

  private _onToggleTerm = (facetId: string, termId: string, on: boolean): void => {
    const current = this._filters.selected[facetId] ?? [];
    const terms = on ? [...current, termId] : current.filter((t) => t !== termId);
    const selected = { ...this._filters.selected, [facetId]: terms };
    if (!terms.length) delete selected[facetId];
    this._setFilters({ ...this._filters, selected });
  };

  private _onRemoveChip = (facetId: string, termId: string, event: Event): void => {
    const chips = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip')];
    const index = chips.indexOf(event.currentTarget as HTMLButtonElement);
    this._onToggleTerm(facetId, termId, false);
    // Focus goes to the chip that took this one's place, or to the search field.
    this._focusAfterUpdate = () => {
      const rest = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip')];
      (rest[Math.min(index, rest.length - 1)] ?? this._searchInput())?.focus();
    };
  };

  private _onClearAll = (): void => {
    this._setFilters(EMPTY_STATE);
    this._focusAfterUpdate = () => this._searchInput()?.focus();
  };

  private _onToggleEntry = (id: string): void => {
    const opening = this._openId !== id;
    this._openId = opening ? id : null;
    this._writeUrl();
    if (opening) this.dispatchEvent(directoryEvent('nd-entry-opened', { id }));
  };

  /** Escape inside an open card closes it and returns focus to its toggle. */
  private _onKeydown = (event: KeyboardEvent): void => {
    const card = (event.target as Element).closest?.('.card');
    if (event.key !== 'Escape' || !card?.querySelector('.details:not([hidden])')) return;
    this._onToggleEntry(this._openId!);
    this._focusAfterUpdate = () => card.querySelector<HTMLElement>('.toggle')?.focus();
  };

  // ---- embedder's slice and URL state -----------------------------------

  private _hiddenFacets(): Set<string> {
    return new Set((this.hideFacets ?? '').split(/[\s,]+/).filter(Boolean));
  }

  /** The choices the reader made: the selection without the hidden groups. */
  private _ownChoices(selected: FilterState['selected']): Record<string, readonly string[]> {
    const hidden = this._hiddenFacets();
    return Object.fromEntries(Object.entries(selected).filter(([facet]) => !hidden.has(facet)));
  }

  /** The state with the hidden groups' preset terms forced in: a partner's slice cannot be cleared. */
  private _withFixed(state: FilterState): FilterState {
    const hidden = this._hiddenFacets();
    if (!hidden.size) return state;
    const preset = parseFilterAttribute(this.filter);
    const selected = this._ownChoices(state.selected);
    for (const facet of hidden) if (preset[facet]?.length) selected[facet] = preset[facet];
    return { query: state.query, selected: this._feed ? normalizeFilterState(this._feed, { query: state.query, selected }).selected : selected };
  }

  private get _urlOn(): boolean {
    return !this.noUrlState && !this.entry;
  }

  /** `url-key`, else the id, else by position among the page's directories: `nd`, `nd2`, … */
  private get _urlKey(): string {
    const position = [...document.querySelectorAll(this.localName)].indexOf(this);
    return this.urlKey || this.id || (position > 0 ? `nd${position + 1}` : 'nd');
  }

  private _readUrl(): void {
    this._urlState = this._urlOn ? readUrlState(location.search, this._urlKey) : null;
    if (this._urlState?.lang) this._chosenLocale = this._urlState.lang;
  }

  /** The reader's view on first load: from the URL if it has one for us, else the `filter` attribute. */
  private _restoreView(): void {
    const saved = this._urlState;
    this._filters = saved ?? { query: '', selected: parseFilterAttribute(this.filter) };
    this._openId = saved?.open ?? null;
  }

  private _onPopState = (): void => {
    this._readUrl();
    if (this._feed) {
      this._restoreView();
      this._filters = this._withFixed(normalizeFilterState(this._feed, this._filters));
    }
  };

  private _writeUrl(): void {
    this._urlDirty = false;
    if (!this._urlOn) return;
    const href = writeUrlState(location.href, this._urlKey, {
      query: this._filters.query,
      selected: this._ownChoices(this._filters.selected),
      open: this._openId,
      lang: this._chosenLocale,
    });
    // The host's own history state is kept: single-page apps store their router state there.
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  private _chooseLocale(locale: UiLocale): void {
    this._chosenLocale = locale;
    this._writeUrl();
    this._scheduleCountAnnouncement(0);
  }

  private _showMore = (): void => {
    const firstNew = this._limit;
    this._limit += PAGE_SIZE;
    // Focus moves to the first newly shown entry, so keyboard users continue there.
    this._focusAfterUpdate = () =>
      this.renderRoot.querySelectorAll<HTMLButtonElement>('.card .toggle')[firstNew]?.focus();
  };

  /** On paper every matching entry with its details, not only the first pages. */
  private _onPrint = (): void => {
    this._limit = PRINT_ALL;
  };

  private _searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  // ---- live region -----------------------------------------------------

  private _announce(text: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = text;
  }

  private _scheduleCountAnnouncement(delay: number): void {
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._announcement = inLocale(this.currentLocale, () => this._countText());
      // The URL follows once typing pauses too: replaceState per keystroke costs a frame's worth.
      if (this._urlDirty) this._writeUrl();
    }, delay);
  }

  private _countText(): string {
    const d = this._derived;
    if (!d) return '';
    const locale = this.currentLocale;
    const total = this._sliceTotal();
    const shown = formatCount(d.matches.length, locale);
    const all = formatCount(total, locale);
    // German and English (the only UI languages) use the singular for exactly 1.
    const one = total === 1;
    if (!this._isFiltered()) {
      return one ? msg(str`${all} Netzwerk`, { id: 'count-all-one' }) : msg(str`${all} Netzwerke`, { id: 'count-all-other' });
    }
    return one
      ? msg(str`${shown} von ${all} Netzwerk`, { id: 'count-of-one' })
      : msg(str`${shown} von ${all} Netzwerken`, { id: 'count-of-other' });
  }

  /** Filters the reader chose (the embedder's fixed slice does not count). */
  private _isFiltered(): boolean {
    return this._filters.query.trim() !== '' || Object.keys(this._ownChoices(this._filters.selected)).length > 0;
  }

  /** How many entries the embedder's slice holds: the "of N" in the count. */
  private _sliceTotal(): number {
    const fixed = this._withFixed({ query: '', selected: {} });
    if (!Object.keys(fixed.selected).length || !this._index) return this._feed?.networks.length ?? 0;
    return deriveResults(this._feed!, this._index.index, fixed).matches.length;
  }

  // ---- rendering -------------------------------------------------------

  protected override render(): TemplateResult {
    const locale = this.currentLocale;
    const feed = this._feed;
    const ctx: TextContext = { locale, feedLanguage: feed?.language ?? '' };
    return html`<section class="directory" part="base" lang=${locale} @keydown=${this._onKeydown}>
      <slot hidden></slot>
      <header class="header" part="header">
        ${feed ? this._renderTitle(feed, ctx) : nothing} ${this._renderLanguageSwitch(locale)}
      </header>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</p>
      ${this._renderMessages()} ${feed ? [this._renderBody(feed, ctx), this._renderFooter(feed, ctx)] : nothing}
    </section>`;
  }

  private _renderTitle(feed: Feed, ctx: TextContext) {
    const level = Math.max(1, clampHeadingLevel(this.headingLevel, 3) - 1);
    return html`${feed.title ? headingTag(level, inlineText(feed.title, ctx), 'title') : nothing}
    ${blockText(feed.description, ctx, 'feed-description')}`;
  }

  private _renderLanguageSwitch(locale: UiLocale) {
    const option = (value: UiLocale, label: string) =>
      html`<button type="button" lang=${value} aria-pressed=${locale === value ? 'true' : 'false'}
        @click=${() => this._chooseLocale(value)}>${label}</button>`;
    return html`<div class="language-switch" part="language-switch" role="group" aria-label=${msg('Sprache', { id: 'language' })}>
      ${option('de', 'Deutsch')} ${option('en', 'English')}
    </div>`;
  }

  private _renderMessages() {
    const locale = this.currentLocale;
    const parts: TemplateResult[] = [];
    if (this._status === 'loading') {
      parts.push(html`<p class="message loading" part="message">${msg('Netzwerke werden geladen …', { id: 'loading' })}</p>`);
    }
    if (this._failure.length) {
      const text = describeProblem(this._failure[0], locale);
      parts.push(html`<div class="message error" part="message">
        <p><strong>${this._feed ? msg('Die Liste konnte nicht aktualisiert werden.', { id: 'error-reload' }) : msg('Die Liste konnte nicht geladen werden.', { id: 'error-load' })}</strong></p>
        <p>${text}</p>
        ${this._feed ? html`<p>${msg('Angezeigt wird der zuletzt geladene Stand; er ist möglicherweise nicht mehr aktuell.', { id: 'error-stale' })}</p>` : nothing}
      </div>`);
    }
    return parts;
  }

  private _renderBody(feed: Feed, ctx: TextContext) {
    const d = this._derived!;
    if (!feed.networks.length) {
      return html`<p class="message empty" part="message">${msg('Diese Liste enthält noch keine Netzwerke.', { id: 'empty' })}</p>`;
    }
    const filterOptions: FilterOptions = {
      ...ctx,
      feed,
      state: this._filters,
      counts: d.counts,
      idPrefix: this._idPrefix,
      hiddenFacets: this._hiddenFacets(),
      onQuery: this._onQuery,
      onToggleTerm: this._onToggleTerm,
      onRemoveChip: this._onRemoveChip,
      onClearAll: this._onClearAll,
    };
    const level = clampHeadingLevel(this.headingLevel, 3);
    const card = (network: Network, open: boolean) =>
      renderNetworkCard(network, {
        ...ctx,
        feed,
        open,
        printing: this._limit === PRINT_ALL,
        headingLevel: level,
        idPrefix: this._idPrefix,
        onToggle: this._onToggleEntry,
      });
    if (this.entry) {
      const network = feed.networks.find((n) => n.id === this.entry);
      return network
        ? html`<div class="single">${card(network, true)}</div>`
        : html`<p class="message empty" part="message">${msg('Dieser Eintrag ist nicht in der Liste.', { id: 'entry-missing' })}</p>`;
    }
    const visible = d.matches.slice(0, this._limit);
    return html`${renderFilters(filterOptions)} ${renderChips(filterOptions)}
      <p class="count" part="count">${this._countText()}</p>
      ${d.matches.length
        ? html`<ul class="results" part="list">
            ${visible.map((network) => html`<li>${card(network, this._openId === network.id)}</li>`)}
          </ul>`
        : html`<div class="message no-matches" part="message">
            <p>${msg('Keine Netzwerke passen zu Suche und Filtern.', { id: 'no-matches' })}</p>
            <button type="button" @click=${this._onClearAll}>${msg('Alle Filter zurücksetzen', { id: 'clear-all' })}</button>
          </div>`}
      ${d.matches.length > visible.length
        ? html`<button type="button" class="show-more" part="show-more" @click=${this._showMore}>
            ${msg(str`Weitere anzeigen (${formatCount(visible.length, ctx.locale)} von ${formatCount(d.matches.length, ctx.locale)} angezeigt)`, { id: 'show-more' })}
          </button>`
        : nothing}`;
  }

  private _renderFooter(feed: Feed, ctx: TextContext) {
    const items: unknown[] = [];
    const publisher = feed.publisher;
    if (publisher?.name || publisher?.url) {
      const name = publisher.name ? inlineText(publisher.name, ctx) : publisher.url;
      items.push(html`${msg('Herausgeber', { id: 'publisher' })}: ${publisher.url ? html`<a href=${publisher.url}>${name}</a>` : name}`);
    }
    if (feed.updated) items.push(html`${msg('Stand', { id: 'updated' })}: ${formatFeedDate(feed.updated, ctx.locale)}`);
    if (feed.license) {
      items.push(html`${msg('Lizenz', { id: 'license' })}: ${/^https?:/.test(feed.license) ? html`<a href=${feed.license}>${feed.license}</a>` : feed.license}`);
    }
    if (!items.length) return nothing;
    return html`<footer class="footer" part="footer">
      <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'network-directory': NetworkDirectory;
  }
}
