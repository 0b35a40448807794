import { expect } from 'chai';
import type { Feed, Network } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import type { FilterState } from '../../src/state/filter-state.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

// deriveResults remembers the last query per index and, while typing narrows it,
// searches only the previous matches again. Whatever order queries come in, the
// results must equal those of a fresh index that has seen no query before.

const texts = [
  'Nürnberg Beirat',
  'Fürth Frauen',
  'Köln Beratung',
  'Beirat für Frauen in Nürnberg',
  'Straße',
  'Quelle Jugend',
  'Frau Müller',
  'NUERNBERG Frauenbeirat',
];

function feedOf(names: readonly string[]): Feed {
  const networks: Network[] = names.map((name, i) => ({
    id: `n${i}`,
    name: { de: name },
    facets: { topic: i % 2 ? ['a'] : ['b'] },
    links: [],
  }));
  return {
    version: 1,
    language: 'de',
    facets: [
      {
        id: 'topic',
        label: { de: 'Thema' },
        terms: [
          { id: 'a', label: { de: 'A' } },
          { id: 'b', label: { de: 'B' } },
        ],
      },
    ],
    networks,
  };
}

const typed = (query: string) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));

describe('deriveResults while typing (a query that narrows the last one)', () => {
  const feed = feedOf(texts);
  const sequence: FilterState[] = [
    ...typed('nürnberg beirat').map((query) => ({ query, selected: {} })),
    // backspace: the query widens again
    ...typed('nürnberg beirat')
      .reverse()
      .map((query) => ({ query, selected: {} })),
    ...typed('frau').map((query) => ({ query, selected: { topic: ['a'] } })),
    // the same words with another facet choice, and in another order
    { query: 'frau', selected: {} },
    { query: 'beirat frau', selected: {} },
    { query: 'frau beirat', selected: { topic: ['b'] } },
    // a word replaced by a longer one that does not contain it
    { query: 'frauen', selected: {} },
    { query: 'fraue quelle', selected: {} },
    { query: 'quelle', selected: {} },
    { query: '', selected: {} },
    { query: 'strasse', selected: {} },
  ];

  // Each test types the sequence up to its step on an index of its own, so it stands alone
  // (and Stryker can tell which tests cover the index: docs/testing.md).
  sequence.forEach((state, step) => {
    it(`step ${step}: ${JSON.stringify(state)} equals a fresh derivation`, () => {
      const index = buildSearchIndex(feed, 'de');
      for (const earlier of sequence.slice(0, step)) deriveResults(feed, index, earlier);
      const actual = deriveResults(feed, index, state);
      const fresh = deriveResults(feed, buildSearchIndex(feed, 'de'), state);
      expect(actual.matches.map((n) => n.id)).to.deep.equal(fresh.matches.map((n) => n.id));
      expect(actual.counts).to.deep.equal(fresh.counts);
    });
  });

  it('keeps indexes apart: a query on one index does not narrow another', () => {
    const other = feedOf(['Beirat', 'Nürnberg']);
    const otherIndex = buildSearchIndex(other, 'de');
    const index = buildSearchIndex(feed, 'de');
    deriveResults(feed, index, { query: 'nürnberg beirat', selected: {} });
    expect(deriveResults(other, otherIndex, { query: 'beirat', selected: {} }).matches.map((n) => n.id)).to.deep.equal([
      'n0',
    ]);
  });

  it('finds entries the last query excluded once a word is removed', () => {
    const index = buildSearchIndex(feed, 'de');
    deriveResults(feed, index, { query: 'köln beratung', selected: {} });
    expect(deriveResults(feed, index, { query: 'beratung', selected: {} }).matches.length).to.equal(1);
    expect(deriveResults(feed, index, { query: 'frau', selected: {} }).matches.length).to.equal(4);
  });
});
