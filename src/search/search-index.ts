/**
 * The search index: every searchable text of every entry folded once for one
 * reader language, and each entry's facet membership as bit sets. Build it when the
 * feed or the language changes — never per keystroke; `deriveResults` reads it.
 */
import type { Feed, LocalizedText, Network } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { foldForIndex } from './fold.js';
import { own } from '../feed/record.js';

/**
 * Joins an entry's fields in its haystack. Folding turns control characters into
 * spaces and query words contain only letters and digits, so no match can span
 * two fields.
 */
export const FIELD_SEPARATOR = '\u0000';

/** One facet group, with its terms numbered in feed order (a term's bit). */
export interface IndexedFacet {
  readonly id: string;
  readonly termIds: readonly string[];
  /** term id → its bit number, 0-based. */
  readonly bitOfTerm: ReadonlyMap<string, number>;
  /** 32-bit words per entry: ⌈terms / 32⌉, at least 1. */
  readonly wordsPerEntry: number;
  /**
   * Entry i's terms in this facet are the set bits of
   * `membership[i * wordsPerEntry … (i + 1) * wordsPerEntry - 1]`.
   */
  readonly membership: Uint32Array;
}

export interface SearchIndex {
  /** The feed this index was built from; `deriveResults` refuses any other. */
  readonly feed: Feed;
  /** Per entry, in feed order: its folded texts joined by FIELD_SEPARATOR. Reading it folds what `warm` has not. */
  readonly haystacks: readonly string[];
  /** Folds the texts of up to `count` more entries (slices between frames); true while some are left. `warm(0)` only asks. */
  warm(count: number): boolean;
  /** In the feed's facet order. */
  readonly facets: readonly IndexedFacet[];
}

/** The text as the reader sees it in `uiLang` (with the feed's fallback rule), folded. */
function foldDisplayed(text: LocalizedText | undefined, uiLang: string, feedLang: string): string {
  const shown = resolveText(text, uiLang, feedLang);
  return shown ? foldForIndex(shown.text) : '';
}

/**
 * An entry's term ids in one facet. Own properties only: a facet id such as
 * `constructor` must not reach Object.prototype.
 */
export function termsOf(network: Network, facetId: string): readonly string[] {
  return own(network.facets, facetId) ?? [];
}

function indexFacets(feed: Feed): IndexedFacet[] {
  const entryCount = feed.networks.length;
  return feed.facets.map((facet) => {
    const termIds = facet.terms.map((term) => term.id);
    const bitOfTerm = new Map(termIds.map((id, bit) => [id, bit] as const));
    const wordsPerEntry = Math.max(1, Math.ceil(termIds.length / 32));
    const membership = new Uint32Array(entryCount * wordsPerEntry);
    feed.networks.forEach((network, entry) => {
      for (const termId of termsOf(network, facet.id)) {
        const bit = bitOfTerm.get(termId);
        if (bit === undefined) continue; // the validator should have dropped it already
        membership[entry * wordsPerEntry + (bit >>> 5)] |= 1 << (bit & 31);
      }
    });
    return { id: facet.id, termIds, bitOfTerm, wordsPerEntry, membership };
  });
}

/**
 * facet id → term id → the term's label as shown in `uiLang`, folded. Computed once
 * per term rather than once per entry that carries it.
 */
function foldTermLabels(feed: Feed, uiLang: string): Map<string, Map<string, string>> {
  return new Map(
    feed.facets.map((facet) => [
      facet.id,
      new Map(facet.terms.map((term) => [term.id, foldDisplayed(term.label, uiLang, feed.language)])),
    ]),
  );
}

/**
 * What search looks at: the texts the reader sees in the current language (each
 * falling back like the display does, so a German-only summary is searchable in the
 * English UI), plus the language-neutral `shortName`. Other languages' texts are
 * left out on purpose: a hit the reader cannot see on the card looks like a bug.
 */
function haystackOf(
  network: Network,
  uiLang: string,
  feedLang: string,
  termLabels: ReadonlyMap<string, ReadonlyMap<string, string>>,
): string {
  const fields = [
    foldDisplayed(network.name, uiLang, feedLang),
    network.shortName === undefined ? '' : foldForIndex(network.shortName),
    foldDisplayed(network.summary, uiLang, feedLang),
    foldDisplayed(network.description, uiLang, feedLang),
    foldDisplayed(network.members, uiLang, feedLang),
    foldDisplayed(network.area, uiLang, feedLang),
    foldDisplayed(network.coordinator?.name, uiLang, feedLang),
  ];
  for (const [facetId, labels] of termLabels) {
    for (const termId of termsOf(network, facetId)) fields.push(labels.get(termId) ?? '');
  }
  return fields.filter((field) => field !== '').join(FIELD_SEPARATOR);
}

/**
 * Folds every searchable text of `feed` once, for readers of `uiLang`. The folding
 * is the costly part (about a third of a second for 10,000 entries on a slow
 * machine), so none of it happens here: `warm` folds a slice at a time (the element
 * calls it once its first results are on screen), and reading `haystacks` (the first
 * search) folds whatever is left. Facets are ready at once.
 */
export function buildSearchIndex(feed: Feed, uiLang: string): SearchIndex {
  const { networks } = feed;
  const termLabels = foldTermLabels(feed, uiLang);
  const haystacks: string[] = [];
  const fold = (count: number): boolean => {
    while (count-- > 0 && haystacks.length < networks.length) {
      haystacks.push(haystackOf(networks[haystacks.length], uiLang, feed.language, termLabels));
    }
    return haystacks.length < networks.length;
  };
  return {
    feed,
    get haystacks() {
      fold(Infinity);
      return haystacks;
    },
    warm: fold,
    facets: indexFacets(feed),
  };
}
