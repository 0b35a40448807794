/**
 * The element's DOM events. All bubble and are composed, so a host page can
 * listen on `document`; all carry their data in `event.detail`.
 */
import type { Feed, FeedProblem } from './feed/types.js';
import type { FilterState } from './state/filter-state.js';

export interface FeedLoadedDetail {
  feed: Feed;
  /** Entry- and field-level problems: what was skipped or ignored, with JSON paths. */
  problems: readonly FeedProblem[];
}
export interface FeedFailedDetail {
  /** Feed-level problems (usually one): why nothing new could be shown. */
  problems: readonly FeedProblem[];
  /** The first problem in the reader's language, as the widget shows it. */
  message: string;
  /** True when the entries of an earlier successful load stay on screen. */
  stale: boolean;
  /**
   * Set only when our own code failed (a bug, or a platform call that failed), not the
   * feed: the thrown value, also logged with console.error. `problems` is then empty
   * and `message` says that an internal error occurred.
   */
  error?: unknown;
}
export type FiltersChangedDetail = FilterState;
export interface EntryOpenedDetail {
  id: string;
}

export type NetworkDirectoryEventMap = {
  'nd-feed-loaded': CustomEvent<FeedLoadedDetail>;
  'nd-feed-failed': CustomEvent<FeedFailedDetail>;
  'nd-filters-changed': CustomEvent<FiltersChangedDetail>;
  'nd-entry-opened': CustomEvent<EntryOpenedDetail>;
};

export function directoryEvent<K extends keyof NetworkDirectoryEventMap>(
  type: K,
  detail: NetworkDirectoryEventMap[K]['detail'],
): NetworkDirectoryEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as NetworkDirectoryEventMap[K];
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends NetworkDirectoryEventMap {}
}
