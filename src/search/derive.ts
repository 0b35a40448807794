/**
 * Derive: from the feed, its search index and the filter state, the matching
 * entries and the facet counts. Pure, no DOM; cheap enough to run on every keystroke.
 */
import type { Feed, Network } from '../feed/types.js';
import { tokenizeQuery } from './fold.js';
import type { IndexedFacet, SearchIndex } from './search-index.js';
import { chosenTerms, type FilterState } from '../state/filter-state.js';

export interface DerivedResults {
  /** Entries that match every query word and every facet group with a choice, in feed order. */
  readonly matches: readonly Network[];
  /**
   * facet id → term id → how many entries would match if the reader also picked this
   * term: entries that match the query and the choices in all OTHER groups and carry
   * the term. Within a group choices combine with OR, across groups with AND, so the
   * counts of a group stay meaningful after a pick in it. Every facet and term of the
   * feed is present, in feed order, zeros included.
   */
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** The entries (ascending) whose haystack contains every word. */
type EntryList = readonly number[];

/**
 * Per index, the last query's words and matches. Typing narrows a query one key at
 * a time: when every earlier word is part of some new word, every new match was an
 * earlier match, so only those are checked again. Held weakly: a new feed or
 * language means a new index, and the old one goes with its cache.
 */
const lastQuery = new WeakMap<SearchIndex, { readonly words: readonly string[]; readonly matches: EntryList }>();

/** Whether the entries matching `next` are a subset of those matching `previous`. */
function narrows(next: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => next.some((word) => word.includes(old)));
}

/** The entries whose haystack contains every word, in feed order. */
function matchWords(index: SearchIndex, words: readonly string[]): EntryList {
  const { haystacks } = index;
  // Longest words first: they are the most selective, so the check stops earliest.
  const ordered = [...words].sort((a, b) => b.length - a.length);
  const matchesAll = (entry: number): boolean => {
    const haystack = haystacks[entry];
    for (const word of ordered) if (!haystack.includes(word)) return false;
    return true;
  };
  const previous = lastQuery.get(index);
  const matches: number[] = [];
  if (previous && narrows(words, previous.words)) {
    for (const entry of previous.matches) if (matchesAll(entry)) matches.push(entry);
  } else {
    for (let entry = 0; entry < haystacks.length; entry++) if (matchesAll(entry)) matches.push(entry);
  }
  lastQuery.set(index, { words, matches });
  return matches;
}

/** A facet with a choice: the chosen terms as a bit mask shaped like one entry's membership. */
interface ActiveGroup {
  readonly position: number;
  readonly facet: IndexedFacet;
  readonly mask: Uint32Array;
}

function activeGroups(index: SearchIndex, state: FilterState): ActiveGroup[] {
  return index.facets.flatMap((facet, position) => {
    const mask = new Uint32Array(facet.wordsPerEntry);
    let any = false;
    for (const termId of chosenTerms(state, facet.id)) {
      const bit = facet.bitOfTerm.get(termId);
      if (bit === undefined) continue; // unknown term: ignored, not "matches nothing"
      mask[bit >>> 5] |= 1 << (bit & 31);
      any = true;
    }
    return any ? [{ position, facet, mask }] : [];
  });
}

/** Whether the entry carries at least one of the group's chosen terms (OR within a group). */
function passesGroup(group: ActiveGroup, entry: number): boolean {
  const { membership, wordsPerEntry } = group.facet;
  const start = entry * wordsPerEntry;
  for (let word = 0; word < wordsPerEntry; word++) {
    if ((membership[start + word] & group.mask[word]) !== 0) return true;
  }
  return false;
}

/** Adds one to the count of every term the entry carries in this facet. */
function countTerms(facet: IndexedFacet, entry: number, counts: Uint32Array): void {
  const start = entry * facet.wordsPerEntry;
  for (let word = 0; word < facet.wordsPerEntry; word++) {
    let bits = facet.membership[start + word];
    while (bits !== 0) {
      const lowest = bits & -bits;
      counts[word * 32 + 31 - Math.clz32(lowest)] += 1;
      bits ^= lowest;
    }
  }
}

/**
 * Matches and facet counts in one pass over the entries that contain the query's
 * words: O(entries × facets) at most. While a query narrows (typing on), only the
 * previous query's matches are searched again (after a facet click, that is the
 * same set). An entry that fails no chosen group is a match and
 * counts in every facet; one that fails exactly one group still counts in that group
 * (that is what picking one more term there would add); failing two counts nowhere.
 * Throws when `index` was built from another feed: a stale index is a caller's bug.
 */
export function deriveResults(feed: Feed, index: SearchIndex, state: FilterState): DerivedResults {
  if (index.feed !== feed) throw new Error('deriveResults: index of another feed');

  const words = tokenizeQuery(state.query);
  const groups = activeGroups(index, state);
  const { facets } = index;
  const termCounts = facets.map((facet) => new Uint32Array(facet.termIds.length));
  const matches: Network[] = [];
  const networks = feed.networks;

  // With a query, only the entries that contain its words are visited at all.
  const entries = words.length ? matchWords(index, words) : undefined;
  // Plain indexed loops, no closure or iterator: this runs for every entry on every
  // click, and V8 kept deoptimizing a closure with a for-of over the groups (clicks of
  // 5–18 ms at 10,000 entries, in Node; under 2 ms like this once warm).
  for (let i = 0; i < (entries ?? networks).length; i++) {
    const entry = entries ? entries[i] : i;
    // How many chosen groups the entry fails (counting stops at two), and the last one.
    let failures = 0;
    let failedPosition = -1;
    for (let g = 0; failures < 2 && g < groups.length; g++) {
      if (!passesGroup(groups[g], entry)) {
        failures += 1;
        failedPosition = groups[g].position;
      }
    }
    if (failures >= 2) continue;
    if (failures === 0) matches.push(networks[entry]);
    for (let position = 0; position < facets.length; position++) {
      if (failures === 0 || failedPosition === position) countTerms(facets[position], entry, termCounts[position]);
    }
  }

  const counts = new Map(
    facets.map((facet, position) => {
      const ofFacet = termCounts[position];
      return [facet.id, new Map(facet.termIds.map((termId, bit) => [termId, ofFacet[bit]]))] as const;
    }),
  );
  return { matches, counts };
}
