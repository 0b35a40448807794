/**
 * <network-directory>: declares the public API, holds one ViewState and wires the
 * stages together (README, "Where things live"). It renders through render-*.ts.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { UiLocale } from '../localization.js';
import { inLocale } from '../translations.js';
import { uiLocaleFor } from '../state/ui-language.js';
import { DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { DerivedResults } from '../search/derive.js';
import { SearchController } from '../controllers/search-controller.js';
import * as view from '../state/view-state.js';
import { directoryEvent } from '../events.js';
import { FeedController, type LoadOutcome } from '../controllers/feed-controller.js';
import { UrlSyncController } from '../controllers/url-sync-controller.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { ReaderActions } from '../controllers/reader-actions.js';
import { WindowListenerController } from '../controllers/window-listener.js';
import { textOf, type TextContext } from './render-text.js';
import { renderHeader } from './render-header.js';
import { renderMessages, failureSentence, loadingSentence, type Failure } from './render-messages.js';
import { renderResults, countText } from './render-results.js';
import { renderFooter } from './render-footer.js';
import { directoryStyles } from './network-directory.styles.js';
import { adoptLightSheet, lightRootSupported } from './light-root.js';
import { directionOf } from './direction.js';

export { PAGE_SIZE } from '../state/view-state.js';

let instanceCount = 0;

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
 * @csspart filters - The search region: search field and facet groups (beside the results in a wide directory, above them in a narrow one).
 * @csspart filters-toggle - The "Filter (n)" button that unfolds the facet groups in a narrow directory (below 48em); n is the number of chosen terms.
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
    renderRootMode: { attribute: 'render-root' },
    _feed: { state: true },
    _failure: { state: true },
    _view: { state: true },
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
  /**
   * Where the directory renders: `shadow` (default), its own shadow root, fully isolated from
   * the page's CSS; `light`, the page's document tree, where every page translator reaches the
   * texts (Chrome's and most extensions skip shadow roots), with scoped, hardened styles and
   * custom properties as the only styling API (no `::part`). Read once, when the element is
   * first connected. Browsers without `@scope` or adoptable stylesheets keep the shadow root.
   * See docs/embedding.md, "Page translators".
   */
  declare renderRootMode?: 'shadow' | 'light';

  declare private _feed: Feed | null;
  declare private _failure: Failure | null;
  declare private _view: view.ViewState;

  constructor() {
    super();
    this.headingLevel = 3;
    this.timeout = DEFAULT_TIMEOUT_MS;
    this.maxBytes = DEFAULT_MAX_BYTES;
    this.noUrlState = false;
    this._feed = null;
    this._failure = null;
    this._view = view.initialViewState();
    // On paper every matching entry with its details, not only the first pages.
    new WindowListenerController(this, 'beforeprint', () => (this._view = view.printAll(this._view)));
  }

  private readonly _idPrefix = `nd${++instanceCount}`;
  // Outside render(), msg() must be told which language this element speaks: inLocale.
  private readonly _loader = new FeedController(
    this,
    () => this._announcer.say(inLocale(this.currentLocale, loadingSentence)),
    (outcome) => this._apply(outcome),
  );
  private readonly _url = new UrlSyncController(this, () => this._restoreFromUrl());
  private readonly _announcer = new AnnouncerController(this);
  private readonly _search = new SearchController();
  private readonly _actions = new ReaderActions(this, this._url, {
    get: () => this._view,
    apply: (transition) => (this._view = transition(this._view, this._feed)),
    announceCount: (delay) => this._announceCount(delay),
  });
  private _derived?: DerivedResults;
  /** Set when a view from the URL names an open entry: it is shown and scrolled to after the next render. */
  private _revealOpen = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The UI language in use: the reader's choice, else from `lang` attributes, else German. */
  get currentLocale(): UiLocale {
    return this._view.language ?? uiLocaleFor(this);
  }

  /** Whether this element renders into the page's tree (`render-root="light"`, where the browser can). */
  private _light = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this._light = this.getAttribute('render-root') === 'light' && lightRootSupported();
    return this._light ? this : super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Each time: the element may have moved into another document tree or shadow root.
    if (this._light) adoptLightSheet(this, directoryStyles);
    // The language a URL names applies at once; its filters wait for the feed.
    this._view = view.restoreFromUrl(this._view, this._url.saved, null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('feed')) && this._loader.started) this._loader.load();
    if (changed.has('hideFacets') || changed.has('filter')) {
      this._view = view.setSlice(this._view, view.sliceOf(this.hideFacets, this.filter), this._feed);
    }
    this._derived = this._feed ? this._search.derive(this._feed, this.currentLocale, this._view.filters) : undefined;
    if (this._revealOpen && this._derived)
      this._view = view.revealOpenEntry(
        this._view,
        this._derived.matches.map((n) => n.id),
      );
  }

  protected override update(changed: PropertyValues<this>): void {
    // Every msg() during this element's render speaks this element's language.
    inLocale(this.currentLocale, () => super.update(changed));
  }

  protected override updated(): void {
    if (this._revealOpen && this._feed) {
      this._revealOpen = false;
      // Like a fragment link: the entry the link names is brought into view.
      const card = this.renderRoot.querySelector(`.card[data-id="${this._view.openId}"]`);
      card?.scrollIntoView?.({ block: 'start' });
    }
  }

  private _apply(outcome: LoadOutcome): void {
    const result = outcome.result;
    if (result?.feed) {
      const first = !this._feed;
      this._failure = null;
      this._feed = result.feed;
      this._view = first ? this._viewFromUrl(result.feed) : view.applyFeed(this._view, result.feed);
      this.dispatchEvent(directoryEvent('nd-feed-loaded', { feed: result.feed, problems: result.problems }));
      this._announceCount(0);
      return;
    }
    const failure: Failure = { problems: result?.problems ?? [], internal: outcome.internal };
    const stale = this._feed !== null;
    const message = inLocale(this.currentLocale, () => failureSentence(failure, this.currentLocale));
    this._failure = failure;
    this._announcer.say(message);
    this.dispatchEvent(
      directoryEvent('nd-feed-failed', { problems: failure.problems, message, stale, error: outcome.internal }),
    );
  }

  private _viewFromUrl(feed: Feed): view.ViewState {
    this._revealOpen = this._url.saved?.open != null;
    return view.restoreFromUrl(this._view, this._url.saved, feed);
  }

  private _restoreFromUrl(): void {
    this._view = this._feed ? this._viewFromUrl(this._feed) : view.restoreFromUrl(this._view, this._url.saved, null);
  }

  /** Announces the count after `delay` ms; the URL follows then too (replaceState per keystroke costs a frame). */
  private _announceCount(delay: number): void {
    this._announcer.sayLater(delay, () => {
      if (this._url.dirty) this._url.write(this._view);
      return inLocale(this.currentLocale, () => this._countText());
    });
  }

  private _countText(): string {
    const feed = this._feed;
    return feed && this._derived
      ? countText(feed, this._search.index(feed, this.currentLocale), this._view, this._derived, this.currentLocale)
      : '';
  }

  protected override render(): TemplateResult {
    const locale = this.currentLocale;
    const feed = this._feed;
    const actions = this._actions;
    const ctx: TextContext = { locale, feedLanguage: feed?.language ?? '' };
    const header = renderHeader({
      ...ctx,
      feed,
      headingLevel: this.headingLevel,
      idPrefix: this._idPrefix,
      descriptionOpen: this._view.descriptionOpen,
      actions,
    });
    const messages = renderMessages({
      locale,
      loading: this._loader.loading,
      failure: this._failure,
      stale: feed !== null,
    });
    const body = feed
      ? [
          renderResults({
            ...ctx,
            feed,
            state: this._view,
            derived: this._derived!,
            countText: this._countText(),
            headingLevel: this.headingLevel,
            idPrefix: this._idPrefix,
            entry: this.entry,
            actions,
          }),
          renderFooter(feed, ctx),
        ]
      : nothing;
    return html`<section class="directory" part="base" lang=${locale} dir=${directionOf(locale)} @keydown=${actions.onKeydown}>
      <slot hidden></slot>
      ${header}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${textOf(this._announcer.text)}</p>
      ${messages} ${body}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'network-directory': NetworkDirectory;
  }
}
