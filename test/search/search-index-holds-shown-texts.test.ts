/**
 * What the search index holds per entry (search-index.ts): the texts the reader sees,
 * folded, joined by FIELD_SEPARATOR, nothing for absent fields; each facet's terms as
 * bits, ⌈terms / 32⌉ 32-bit words per entry.
 */
import { expect } from 'chai';
import type { Feed, Network } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import { buildSearchIndex, FIELD_SEPARATOR, termsOf } from '../../src/search/search-index.js';

function feedOf(networks: Network[], termCount = 2): Feed {
  const terms = Array.from({ length: termCount }, (_, i) => ({ id: `t${i}`, label: { de: `Begriff ${i}` } }));
  return { version: 1, language: 'de', facets: [{ id: 'topic', label: { de: 'Thema' }, terms }], networks };
}

describe("search index: an entry's haystack", () => {
  it('holds only the texts the entry has, in field order, without empty fields', () => {
    const feed = feedOf([
      { id: 'a', name: { de: 'Arbeitskreis' }, facets: {}, links: [] },
      { id: 'b', name: { de: 'Beirat' }, shortName: 'BR', area: { de: 'Fürth' }, facets: { topic: ['t1'] }, links: [] },
    ]);
    const index = buildSearchIndex(feed, 'de');
    expect(index.haystacks[0]).to.equal('arbeitskreis');
    expect(index.haystacks[1]).to.equal(['beirat', 'br', 'furth', 'begriff 1'].join(FIELD_SEPARATOR));
  });

  it('ignores a term the facet does not declare (an unvalidated feed): no text, no bit, no count', () => {
    const feed = feedOf([
      { id: 'a', name: { de: 'Arbeitskreis' }, facets: { topic: ['gone'] }, links: [] },
      { id: 'b', name: { de: 'Beirat' }, facets: { topic: ['t0'] }, links: [] },
    ]);
    const index = buildSearchIndex(feed, 'de');
    expect(index.haystacks[0]).to.equal('arbeitskreis');
    const results = deriveResults(feed, index, { query: '', selected: { topic: ['t0'] } });
    expect(results.matches.map((n) => n.id)).to.deep.equal(['b']);
    expect(Object.fromEntries(results.counts.get('topic')!)).to.deep.equal({ t0: 1, t1: 0 });
  });

  it("packs a facet's terms 32 to a 32-bit word per entry, at least one word", () => {
    const entries: Network[] = [
      { id: 'a', name: { de: 'A' }, facets: {}, links: [] },
      { id: 'b', name: { de: 'B' }, facets: {}, links: [] },
    ];
    for (const [terms, words] of [
      [0, 1],
      [2, 1],
      [32, 1],
      [33, 2],
      [70, 3],
    ] as const) {
      const [facet] = buildSearchIndex(feedOf(entries, terms), 'de').facets;
      expect(facet.wordsPerEntry, `${terms} terms`).to.equal(words);
      expect(facet.membership.length, `${terms} terms`).to.equal(2 * words);
    }
  });
});

describe('termsOf', () => {
  it('gives no terms for a facet the entry does not name, nor for an inherited property', () => {
    const network: Network = { id: 'a', name: { de: 'A' }, facets: { topic: ['t0'] }, links: [] };
    expect(termsOf(network, 'topic')).to.deep.equal(['t0']);
    expect(termsOf(network, 'scope')).to.deep.equal([]);
    expect(termsOf(network, 'constructor')).to.deep.equal([]);
  });
});
