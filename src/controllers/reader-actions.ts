/**
 * What the reader does: search, choose and remove terms, clear all, unfold the filters or
 * the description, open and close entries (also with Escape), switch the language and
 * show more. Each action is a transition of the element's view state (state/view-state.ts)
 * followed by what goes with it: a DOM event, the URL, an announcement, a focus move.
 * The element renders and this class acts, as github/auto-complete-element keeps its
 * element thin over a behaviour class.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import * as view from '../state/view-state.js';
import { directoryEvent } from '../events.js';
import type { UrlSyncController } from './url-sync-controller.js';
import { ANNOUNCE_DELAY_MS } from './announcer-controller.js';

export interface ActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A step from one view state to the next, given the feed on screen (`null` before one loaded). */
export type Transition = (state: view.ViewState, feed: Feed | null) => view.ViewState;

/** How the actions reach the element's state. */
export interface ViewAccess {
  /** The view state now. */
  get(): view.ViewState;
  /** Replaces the view state with `transition`'s result (the element renders it) and returns that. */
  apply(transition: Transition): view.ViewState;
  /** Announces the result count after `delay` ms (and writes a pending URL change then). */
  announceCount(delay: number): void;
}

/** The reader's actions as the render functions (render-*.ts) call them from their controls. */
export interface DirectoryActions {
  readonly onQuery: (query: string) => void;
  readonly onToggleTerm: (facetId: string, termId: string, on: boolean) => void;
  /** `event` is the chip's click: focus moves to the chip that takes its place. */
  readonly onRemoveChip: (facetId: string, termId: string, event: Event) => void;
  readonly onClearAll: () => void;
  /** The "Filter (n)" disclosure of narrow containers. */
  readonly onToggleFilters: () => void;
  /** The "Mehr lesen" disclosure of the feed's description in narrow containers. */
  readonly onToggleDescription: () => void;
  readonly onToggleEntry: (id: string) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onChooseLanguage: (locale: UiLocale) => void;
  readonly onShowMore: () => void;
}

export class ReaderActions implements ReactiveController, DirectoryActions {
  /** A focus move that waits for the render that follows an action. */
  private focusAfterUpdate?: () => void;

  constructor(
    private readonly host: ActionsHost,
    private readonly url: UrlSyncController,
    private readonly state: ViewAccess,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.();
  }

  private focusSearch(): void {
    this.host.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus();
  }

  /** A new choice of filters: an event now; the announcement and the URL once typing pauses. */
  private setFilters(transition: Transition): void {
    const next = this.state.apply(transition);
    this.url.dirty = true;
    this.host.dispatchEvent(directoryEvent('nd-filters-changed', next.filters));
    this.state.announceCount(ANNOUNCE_DELAY_MS);
  }

  onQuery = (query: string): void => this.setFilters((state, feed) => view.setQuery(state, query, feed));

  onToggleTerm = (facetId: string, termId: string, on: boolean): void =>
    this.setFilters((state, feed) => view.toggleTerm(state, facetId, termId, on, feed));

  /** Focus goes to the chip that takes the removed one's place, or to the search field. */
  onRemoveChip = (facetId: string, termId: string, event: Event): void => {
    const root = this.host.renderRoot;
    const index = [...root.querySelectorAll('.chip')].indexOf(event.currentTarget as Element);
    this.setFilters((state, feed) => view.removeTerm(state, facetId, termId, feed));
    this.focusAfterUpdate = () => {
      const rest = root.querySelectorAll<HTMLElement>('.chip');
      const next = rest[Math.min(index, rest.length - 1)];
      if (next) next.focus();
      else this.focusSearch();
    };
  };

  onClearAll = (): void => {
    this.setFilters(view.clearAll);
    this.focusAfterUpdate = () => this.focusSearch();
  };

  onToggleFilters = (): void => void this.state.apply(view.toggleFilters);

  onToggleDescription = (): void => void this.state.apply(view.toggleDescription);

  onToggleEntry = (id: string): void => {
    const opening = this.state.get().openId !== id;
    this.url.write(this.state.apply((state) => (opening ? view.openEntry(state, id) : view.closeEntry(state))));
    if (opening) this.host.dispatchEvent(directoryEvent('nd-entry-opened', { id }));
  };

  /** Escape inside an open card closes it and returns focus to its toggle. */
  onKeydown = (event: KeyboardEvent): void => {
    const openId = this.state.get().openId;
    const card = (event.target as Element).closest?.('.card');
    if (event.key !== 'Escape' || openId === null || !card?.querySelector('.details:not([hidden])')) return;
    this.onToggleEntry(openId);
    this.focusAfterUpdate = () => card.querySelector<HTMLElement>('.toggle')?.focus();
  };

  onChooseLanguage = (locale: UiLocale): void => {
    this.url.write(this.state.apply((state) => view.chooseLanguage(state, locale)));
    this.state.announceCount(0);
  };

  /** Focus moves to the first newly shown entry, so keyboard users continue there. */
  onShowMore = (): void => {
    const firstNew = this.state.get().limit;
    this.state.apply(view.showMore);
    this.focusAfterUpdate = () =>
      this.host.renderRoot.querySelectorAll<HTMLElement>('.card .toggle')[firstNew]?.focus();
  };
}
