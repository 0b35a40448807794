/**
 * URL sync: reads the reader's view from the page URL on connect and on `popstate`,
 * and writes it back with `history.replaceState` (the host's history state is kept).
 * The pure parts (parameter names, parsing) are in state/url-state.ts.
 *
 * The embedding page decides whether this works at all: in an `<iframe srcdoc>` or a
 * sandboxed frame, reading `location` or calling `replaceState` may throw a
 * SecurityError. Then the feature is off, quietly: nothing reaches the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from '../state/url-state.js';
import type { ViewState } from '../state/view-state.js';
import { ownChoices } from '../state/view-state.js';
import { WindowListenerController } from './window-listener.js';

export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  /** `url-key` attribute. */
  readonly urlKey?: string;
  /** `no-url-state`: do not use the URL at all. */
  readonly noUrlState: boolean;
  /** `entry`: one entry shown, nothing to keep in the URL. */
  readonly entry?: string;
}

export class UrlSyncController implements ReactiveController {
  /** The view last read from the URL; `null` when the URL holds none for this element. */
  saved: UrlState | null = null;
  /** The reader changed the view and the URL does not show it yet. */
  dirty = false;

  private get on(): boolean {
    return !this.host.noUrlState && !this.host.entry;
  }

  constructor(
    private readonly host: UrlSyncHost,
    /** Called after `popstate` read a new `saved` view. */
    private readonly onPopState: () => void,
  ) {
    host.addController(this);
    // Back and forward restore the view the URL then shows.
    new WindowListenerController(host, 'popstate', () => {
      this.read();
      this.onPopState();
    });
  }

  hostConnected(): void {
    this.read();
  }

  /** `url-key`, else the id, else by position among the page's directories: `nd`, `nd2`, … */
  private get key(): string {
    const host = this.host;
    if (host.urlKey) return host.urlKey;
    if (host.id) return host.id;
    const position = [...document.querySelectorAll(host.localName)].indexOf(host);
    return position > 0 ? `nd${position + 1}` : 'nd';
  }

  /** Reads this element's view from the URL into `saved` (none when the URL cannot be read). */
  read(): void {
    this.saved = null;
    if (!this.on) return;
    try {
      this.saved = readUrlState(location.search, this.key);
    } catch {
      // location is not readable here (sandboxed or opaque origin): no saved view.
    }
  }

  /** Writes `state` to the URL, unless it already shows it or the page does not let us. */
  write(state: ViewState): void {
    this.dirty = false;
    if (!this.on) return;
    try {
      const href = writeUrlState(location.href, this.key, {
        query: state.filters.query,
        selected: ownChoices(state),
        open: state.openId,
        lang: state.language,
      });
      // The host's own history state is kept: single-page apps store their router state there.
      if (href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      // about:srcdoc, sandboxed frames, a host that froze history: the URL stays as it is.
    }
  }
}
