import { expect } from 'chai';
import type { Feed } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import { normalizeFilterState, type FilterState } from '../../src/state/filter-state.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

const feed: Feed = {
  version: 1,
  language: 'de',
  facets: [
    {
      id: 'scope',
      label: { de: 'Reichweite' },
      terms: [
        { id: 'local', label: { de: 'Lokal' } },
        { id: 'regional', label: { de: 'Regional' } },
      ],
    },
    {
      id: 'topic',
      label: { de: 'Thema' },
      terms: [
        { id: 'health', label: { de: 'Gesundheit' } },
        { id: 'work', label: { de: 'Arbeit' } },
      ],
    },
  ],
  networks: [
    { id: 'a', name: { de: 'A' }, facets: { scope: ['local'], topic: ['health'] }, links: [] },
    { id: 'b', name: { de: 'B' }, facets: { scope: ['regional'], topic: ['work'] }, links: [] },
  ],
};

describe('normalizeFilterState', () => {
  it('drops unknown facets and terms, dedupes, and orders facets and terms as the feed does', () => {
    const state: FilterState = {
      query: ' Köln ',
      selected: { topic: ['work', 'health', 'work', 'sport'], nope: ['x'], scope: ['regional'] },
    };
    const normalized = normalizeFilterState(feed, state);
    expect(normalized).to.deep.equal({ query: ' Köln ', selected: { scope: ['regional'], topic: ['health', 'work'] } });
    expect(Object.keys(normalized.selected)).to.deep.equal(['scope', 'topic']);
  });

  it('leaves out facets whose choices are all unknown or empty', () => {
    expect(normalizeFilterState(feed, { query: '', selected: { scope: ['x'], topic: [] } }).selected).to.deep.equal({});
  });

  it('is safe against prototype keys and non-array values from a URL', () => {
    const selected = JSON.parse(
      '{"__proto__": ["local"], "constructor": ["x"], "scope": "local"}',
    ) as FilterState['selected'];
    const normalized = normalizeFilterState(feed, { query: '', selected });
    expect(normalized.selected).to.deep.equal({});
    // No prototype at all: a facet named `constructor` or `__proto__` is an ordinary key.
    expect(Object.getPrototypeOf(normalized.selected)).to.equal(null);
  });

  it('is idempotent', () => {
    const once = normalizeFilterState(feed, {
      query: 'x',
      selected: { topic: ['work', 'health'], scope: ['local', 'local'] },
    });
    expect(normalizeFilterState(feed, once)).to.deep.equal(once);
  });
});

describe('deriveResults with a state from a URL', () => {
  // built in each test, not while the file loads (docs/testing.md: fixtures in the test)
  const index = () => buildSearchIndex(feed, 'de');

  it('ignores unknown facets and terms instead of matching nothing', () => {
    const results = deriveResults(feed, index(), { query: '', selected: { nope: ['x'], scope: ['gone'] } });
    expect(results.matches.map((n) => n.id)).to.deep.equal(['a', 'b']);
  });

  it('uses the known terms of a facet and ignores its unknown ones', () => {
    const results = deriveResults(feed, index(), { query: '', selected: { scope: ['gone', 'local'] } });
    expect(results.matches.map((n) => n.id)).to.deep.equal(['a']);
  });

  it('gives the same results for a state and its normalized form', () => {
    const state: FilterState = { query: 'a', selected: { topic: ['health', 'health', 'x'], y: ['z'] } };
    expect(deriveResults(feed, index(), normalizeFilterState(feed, state))).to.deep.equal(
      deriveResults(feed, index(), state),
    );
  });
});
