import { expect } from 'chai';
import type { Facet, Feed, Network } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import type { FilterState } from '../../src/state/filter-state.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

function facet(id: string, termIds: string[]): Facet {
  return { id, label: { de: id }, terms: termIds.map((t) => ({ id: t, label: { de: `Begriff ${t}` } })) };
}

function network(id: string, name: string, facets: Network['facets']): Network {
  return { id, name: { de: name }, facets, links: [] };
}

//        scope      topic             area
// n1     local      health            city
// n2     local      work              city
// n3     regional   health, work      region
// n4     regional   language          region
// n5     national   health            (none)
// n6     (none)     work              city
const feed: Feed = {
  version: 1,
  language: 'de',
  facets: [
    facet('scope', ['local', 'regional', 'national']),
    facet('topic', ['health', 'work', 'language']),
    facet('area', ['city', 'region']),
  ],
  networks: [
    network('n1', 'Gesundheitsnetz Süd', { scope: ['local'], topic: ['health'], area: ['city'] }),
    network('n2', 'Jobbörse Nord', { scope: ['local'], topic: ['work'], area: ['city'] }),
    network('n3', 'Netzwerk Gesundheit und Arbeit', {
      scope: ['regional'],
      topic: ['health', 'work'],
      area: ['region'],
    }),
    network('n4', 'Sprachkurse', { scope: ['regional'], topic: ['language'], area: ['region'] }),
    network('n5', 'Bundesnetz Gesundheit', { scope: ['national'], topic: ['health'] }),
    network('n6', 'Arbeit Süd', { topic: ['work'], area: ['city'] }),
  ],
};
// A fresh index per derivation, built inside the test that asks: an index built while the
// file loads would run outside any test, hiding which tests cover it (docs/testing.md).
function derive(selected: FilterState['selected'], query = '') {
  return deriveResults(feed, buildSearchIndex(feed, 'de'), { query, selected });
}

/** Counts as plain objects, for readable assertions. */
function countsOf(selected: FilterState['selected'], query = ''): Record<string, Record<string, number>> {
  const counts = derive(selected, query).counts;
  return Object.fromEntries([...counts].map(([facetId, terms]) => [facetId, Object.fromEntries(terms)]));
}

function idsOf(selected: FilterState['selected'], query = ''): string[] {
  return derive(selected, query).matches.map((n) => n.id);
}

describe('facets: OR within a group, AND across groups', () => {
  it('matches entries carrying any chosen term of a group', () => {
    expect(idsOf({ topic: ['health'] })).to.deep.equal(['n1', 'n3', 'n5']);
    expect(idsOf({ topic: ['health', 'language'] })).to.deep.equal(['n1', 'n3', 'n4', 'n5']);
  });

  it('requires every group with a choice to match', () => {
    expect(idsOf({ topic: ['health'], scope: ['regional'] })).to.deep.equal(['n3']);
    expect(idsOf({ topic: ['health', 'work'], area: ['city'] })).to.deep.equal(['n1', 'n2', 'n6']);
  });

  it('leaves out entries without any term in a group that has a choice', () => {
    expect(idsOf({ scope: ['local', 'regional', 'national'] })).not.to.include('n6');
    expect(idsOf({ area: ['city', 'region'] })).not.to.include('n5');
  });

  it('treats an empty choice like no choice', () => {
    expect(idsOf({ topic: [] })).to.have.length(6);
  });
});

describe('facet counts: disjunctive', () => {
  it('counts every term over all entries when nothing is chosen, zeros included', () => {
    expect(countsOf({})).to.deep.equal({
      scope: { local: 2, regional: 2, national: 1 },
      topic: { health: 3, work: 3, language: 1 },
      area: { city: 3, region: 2 },
    });
  });

  it("keeps a group's own counts after a pick in it (they ignore the group's own choice)", () => {
    const counts = countsOf({ topic: ['health'] });
    expect(counts.topic).to.deep.equal({ health: 3, work: 3, language: 1 });
  });

  it('counts other groups over the entries that the choices narrow to', () => {
    const counts = countsOf({ topic: ['health'] });
    // n1, n3, n5 match
    expect(counts.scope).to.deep.equal({ local: 1, regional: 1, national: 1 });
    expect(counts.area).to.deep.equal({ city: 1, region: 1 });
  });

  it("counts each group given the other groups' choices", () => {
    const counts = countsOf({ topic: ['health'], scope: ['regional'] });
    // topic counts: entries with scope regional → n3, n4
    expect(counts.topic).to.deep.equal({ health: 1, work: 1, language: 1 });
    // scope counts: entries with topic health → n1, n3, n5
    expect(counts.scope).to.deep.equal({ local: 1, regional: 1, national: 1 });
    // area counts: entries matching both → n3
    expect(counts.area).to.deep.equal({ city: 0, region: 1 });
  });

  it('gives each count as the number of matches that picking the term (alone in its group) would give', () => {
    const selected = { scope: ['local'], area: ['city'] };
    const counts = derive(selected).counts;
    for (const f of feed.facets) {
      for (const t of f.terms) {
        const alone = idsOf({ ...selected, [f.id]: [t.id] }).length;
        expect(counts.get(f.id)?.get(t.id), `${f.id}/${t.id}`).to.equal(alone);
      }
    }
  });

  it('counts only entries that match the query', () => {
    const counts = countsOf({}, 'gesundheit');
    // n1, n3, n5
    expect(counts.topic).to.deep.equal({ health: 3, work: 1, language: 0 });
    expect(counts.scope).to.deep.equal({ local: 1, regional: 1, national: 1 });
  });

  it('combines the query with the choices in other groups', () => {
    const counts = countsOf({ scope: ['local', 'regional'] }, 'süd');
    // query matches n1, n6; scope choice keeps n1 (n6 has no scope)
    expect(counts.topic).to.deep.equal({ health: 1, work: 0, language: 0 });
    // scope counts ignore the scope choice: n1 (local); n6 has no scope
    expect(counts.scope).to.deep.equal({ local: 1, regional: 0, national: 0 });
  });

  it('matches the query on term labels too', () => {
    expect(idsOf({}, 'begriff language')).to.deep.equal(['n4']);
  });

  it('gives every facet and term of the feed, in feed order', () => {
    const counts = derive({ topic: ['language'] }, 'nichts passt').counts;
    expect([...counts.keys()]).to.deep.equal(['scope', 'topic', 'area']);
    expect([...counts.get('topic')!.keys()]).to.deep.equal(['health', 'work', 'language']);
    expect([...counts.get('topic')!.values()]).to.deep.equal([0, 0, 0]);
  });
});

describe('facet counts with many terms', () => {
  // 70 terms: bits in three 32-bit words, including bit 31 and the last word.
  const termIds = Array.from({ length: 70 }, (_, i) => `t${i}`);
  const wide: Feed = {
    version: 1,
    language: 'de',
    facets: [facet('many', termIds)],
    networks: [
      network('a', 'A', { many: ['t0', 't31', 't32', 't69'] }),
      network('b', 'B', { many: ['t31', 't63', 't64'] }),
      network('c', 'C', { many: [] }),
    ],
  };

  it('counts and filters terms beyond the first 32', () => {
    const results = deriveResults(wide, buildSearchIndex(wide, 'de'), { query: '', selected: { many: ['t64'] } });
    expect(results.matches.map((n) => n.id)).to.deep.equal(['b']);
    const counts = results.counts.get('many')!;
    expect(counts.get('t0')).to.equal(1);
    expect(counts.get('t31')).to.equal(2);
    expect(counts.get('t32')).to.equal(1);
    expect(counts.get('t63')).to.equal(1);
    expect(counts.get('t64')).to.equal(1);
    expect(counts.get('t69')).to.equal(1);
    expect([...counts.values()].reduce((a, b) => a + b)).to.equal(7);
  });

  it("reads only the entry's own words: a term in the third word is not taken from another entry", () => {
    // a's t32 sits in a's second word, which lies just before b's own third word
    const three: Feed = {
      ...wide,
      networks: [network('a', 'A', { many: ['t32'] }), network('b', 'B', { many: ['t5'] })],
    };
    const results = deriveResults(three, buildSearchIndex(three, 'de'), { query: '', selected: { many: ['t64'] } });
    expect(results.matches.map((n) => n.id)).to.deep.equal([]);
    expect(results.counts.get('many')!.get('t64')).to.equal(0);
  });
});
