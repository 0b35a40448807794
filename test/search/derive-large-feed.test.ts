import { expect } from 'chai';
import type { Facet, Feed, LocalizedText, Network } from '../../src/feed/types.js';
import { resolveText } from '../../src/feed/text.js';
import { deriveResults } from '../../src/search/derive.js';
import type { FilterState } from '../../src/state/filter-state.js';
import { foldForIndex, tokenizeQuery } from '../../src/search/fold.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Nürnberg',
  'Fürth',
  'Köln',
  'Straße',
  'Ärzte',
  'Quelle',
  'Steuer',
  'Bildung',
  'Arbeit',
  'Frauen',
  'Jugend',
  'Café',
  'Beratung',
  'Netzwerk',
];

function generateFeed(entries: number, seed: number): Feed {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const facets: Facet[] = [
    ...['scope', 'topic', 'audience', 'form'].map((id) => ({
      id,
      label: { de: id },
      terms: Array.from({ length: 5 }, (_, i) => ({
        id: `${id}-${i}`,
        label: { de: `${id} ${i}`, en: `${id} en${i}` },
      })),
    })),
    // one wide facet, to cover multi-word bit sets
    {
      id: 'district',
      label: { de: 'Bezirk' },
      terms: Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, label: { de: `Bezirk ${i}` } })),
    },
  ];
  const networks: Network[] = Array.from({ length: entries }, (_, i) => {
    const chosen = Object.fromEntries(
      facets.map((f) => [f.id, f.terms.filter(() => next() < 1.5 / f.terms.length).map((t) => t.id)]),
    );
    const english = next() < 0.5;
    const name: LocalizedText = english ? { de: phrase(3), en: phrase(3) } : { de: phrase(3) };
    return {
      id: `n${i}`,
      name,
      shortName: next() < 0.3 ? `AK${i}` : undefined,
      summary: next() < 0.8 ? { de: phrase(8) } : undefined,
      description: next() < 0.5 ? { en: phrase(20) } : undefined,
      area: next() < 0.5 ? { de: pick(WORDS) } : undefined,
      facets: chosen,
      links: [],
    };
  });
  return { version: 1, language: 'de', facets, networks };
}

/** The definition, written the slow and obvious way. */
function referenceDerive(feed: Feed, uiLang: string, state: FilterState) {
  const words = tokenizeQuery(state.query);
  const shown = (n: Network) =>
    [
      resolveText(n.name, uiLang, feed.language)?.text,
      n.shortName,
      resolveText(n.summary, uiLang, feed.language)?.text,
      resolveText(n.description, uiLang, feed.language)?.text,
      resolveText(n.members, uiLang, feed.language)?.text,
      resolveText(n.area, uiLang, feed.language)?.text,
      resolveText(n.coordinator?.name, uiLang, feed.language)?.text,
      ...feed.facets.flatMap((f) =>
        f.terms
          .filter((t) => (n.facets[f.id] ?? []).includes(t.id))
          .map((t) => resolveText(t.label, uiLang, feed.language)?.text),
      ),
    ]
      .filter((text): text is string => text !== undefined)
      .map(foldForIndex);
  const matchesQuery = (n: Network) => words.every((w) => shown(n).some((field) => field.includes(w)));
  const passes = (n: Network, facetId: string) => {
    const chosen = state.selected[facetId] ?? [];
    return chosen.length === 0 || chosen.some((t) => (n.facets[facetId] ?? []).includes(t));
  };
  const queried = feed.networks.filter(matchesQuery);
  const matches = queried.filter((n) => feed.facets.every((f) => passes(n, f.id)));
  const counts = new Map(
    feed.facets.map((f) => {
      const base = queried.filter((n) => feed.facets.every((g) => g.id === f.id || passes(n, g.id)));
      return [
        f.id,
        new Map(f.terms.map((t) => [t.id, base.filter((n) => (n.facets[f.id] ?? []).includes(t.id)).length])),
      ];
    }),
  );
  return { matches, counts };
}

describe('deriveResults on a generated feed of 10,000 entries', () => {
  const feed = generateFeed(10_000, 42);
  const states: FilterState[] = [
    { query: '', selected: {} },
    { query: 'nürnberg', selected: {} },
    { query: 'Nuernberg strasse', selected: { topic: ['topic-1'] } },
    { query: '', selected: { scope: ['scope-0', 'scope-3'], audience: ['audience-2'] } },
    {
      query: 'koeln',
      selected: { scope: ['scope-1'], topic: ['topic-0', 'topic-4'], form: ['form-2'], district: ['d35', 'd3'] },
    },
    { query: 'ak12', selected: {} },
    { query: 'topic en3', selected: { district: ['d31', 'd32'] } },
    { query: 'no such word anywhere', selected: { scope: ['scope-0'] } },
  ];

  // each test builds its own index: built while the file loads, it would run outside any
  // test, and Stryker could not tell which tests cover the index code (docs/testing.md)
  for (const uiLang of ['de', 'en']) {
    for (const state of states) {
      it(`matches the reference for ${uiLang} ${JSON.stringify(state)}`, () => {
        const actual = deriveResults(feed, buildSearchIndex(feed, uiLang), state);
        const expected = referenceDerive(feed, uiLang, state);
        expect(actual.matches.map((n) => n.id)).to.deep.equal(expected.matches.map((n) => n.id));
        expect(actual.counts).to.deep.equal(expected.counts);
      });
    }
  }

  it('builds one haystack per entry', () => {
    expect(buildSearchIndex(feed, 'de').haystacks).to.have.length(10_000);
  });
});
