/**
 * Search for one element: keeps the search index of the feed and language on screen
 * (built when either changes, never per keystroke) and derives results from it.
 * The pure stages are search/search-index.ts and search/derive.ts.
 */
import type { Feed } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import { buildSearchIndex, type SearchIndex } from '../search/search-index.js';
import { deriveResults, type DerivedResults } from '../search/derive.js';
import type { FilterState } from '../state/filter-state.js';

export class SearchController {
  private current?: { feed: Feed; locale: UiLocale; index: SearchIndex };

  /** The index for `feed` read in `locale`. */
  index(feed: Feed, locale: UiLocale): SearchIndex {
    if (this.current?.feed === feed && this.current.locale === locale) return this.current.index;
    const index = buildSearchIndex(feed, locale);
    this.current = { feed, locale, index };
    // The texts are folded once these results are on screen, one slice per task, so that
    // neither the results nor a click waits for all of them (a search folds the rest at
    // once); and only while this index is in use.
    const warm = (): void => {
      if (this.current?.index === index && index.warm(200)) setTimeout(warm);
    };
    requestAnimationFrame(() => setTimeout(warm));
    return index;
  }

  derive(feed: Feed, locale: UiLocale, filters: FilterState): DerivedResults {
    return deriveResults(feed, this.index(feed, locale), filters);
  }
}
