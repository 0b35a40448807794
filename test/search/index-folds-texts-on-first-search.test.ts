/**
 * Building the index must not fold every text before the first results are shown:
 * folding is the costly part for big feeds, so it happens in slices (`warm`, which the
 * element calls between frames once its first results are painted), or when a search
 * first reads the haystacks, and once per entry.
 */
import { expect } from 'chai';
import { buildSearchIndex } from '../../src/search/search-index.js';
import { deriveResults } from '../../src/search/derive.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/types.js';

/** A valid feed whose entries count every read of their name. */
function countingFeed(): { feed: Feed; reads: () => number } {
  const { feed } = validateFeed({
    version: 1,
    language: 'de',
    title: 'T',
    facets: [{ id: 'scope', label: 'Reichweite', terms: [{ id: 'local', label: 'Lokal' }] }],
    networks: [
      { id: 'a', name: 'Arbeitskreis Fürth', facets: { scope: ['local'] } },
      { id: 'b', name: 'Beirat Nürnberg' },
    ],
  });
  let reads = 0;
  for (const network of feed!.networks) {
    const name = network.name;
    Object.defineProperty(network, 'name', {
      get: () => {
        reads++;
        return name;
      },
    });
  }
  return { feed: feed!, reads: () => reads };
}

describe('search index: texts are folded in slices or on the first search, once', () => {
  it('building it reads no text; filtering by facets alone needs none either', () => {
    const { feed, reads } = countingFeed();
    const index = buildSearchIndex(feed, 'de');
    expect(reads()).to.equal(0);
    const byFacet = deriveResults(feed, index, { query: '', selected: { scope: ['local'] } });
    expect(byFacet.matches.map((n) => n.id)).to.deep.equal(['a']);
    expect(reads()).to.equal(0);
  });

  it('the first search folds every entry once; later searches reuse it', () => {
    const { feed, reads } = countingFeed();
    const index = buildSearchIndex(feed, 'de');
    expect(deriveResults(feed, index, { query: 'furth', selected: {} }).matches.map((n) => n.id)).to.deep.equal(['a']);
    expect(reads()).to.equal(2);
    expect(deriveResults(feed, index, { query: 'nuernberg', selected: {} }).matches.map((n) => n.id)).to.deep.equal([
      'b',
    ]);
    expect(index.haystacks).to.have.length(2);
    expect(reads()).to.equal(2);
  });

  it('warm folds a slice of entries at a time; a search folds only the rest', () => {
    const { feed, reads } = countingFeed();
    const index = buildSearchIndex(feed, 'de');
    expect(index.warm(1), 'one left').to.equal(true);
    expect(reads()).to.equal(1);
    expect(deriveResults(feed, index, { query: 'nurnberg', selected: {} }).matches.map((n) => n.id)).to.deep.equal([
      'b',
    ]);
    expect(reads()).to.equal(2);
    expect(index.warm(1), 'nothing left').to.equal(false);
    expect(reads()).to.equal(2);
  });

  it('slices add up to the same haystacks as folding at once', () => {
    const { feed } = countingFeed();
    const sliced = buildSearchIndex(feed, 'en');
    while (sliced.warm(1));
    expect(sliced.haystacks).to.deep.equal(buildSearchIndex(feed, 'en').haystacks);
  });
});
