import { expect } from 'chai';
import type { Feed, Network } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

function network(id: string, fields: Partial<Network> = {}): Network {
  return { id, name: { de: id }, facets: {}, links: [], ...fields };
}

const feed: Feed = {
  version: 1,
  language: 'de',
  facets: [],
  networks: [
    network('aerzte', { name: { de: 'Ärztenetz Nürnberg' }, summary: { de: 'Gesundheit für Geflüchtete' } }),
    network('koeln', { name: { de: 'Integrationsrat Köln' }, summary: { de: 'Politische Teilhabe' } }),
    network('fuerth', { name: { de: 'Netzwerk Fürth' }, summary: { de: 'Gesundheit und Arbeit' } }),
    network('akim', { name: { de: 'Arbeitskreis Migration' }, shortName: 'AK-IM' }),
    network('nordost', { name: { de: 'Nord' }, summary: { de: 'Ost' } }),
  ],
};
// a fresh index per query, built inside the test (docs/testing.md: fixtures in the test)
function idsFor(query: string): string[] {
  return deriveResults(feed, buildSearchIndex(feed, 'de'), { query, selected: {} }).matches.map((n) => n.id);
}

describe('search: every query word must match', () => {
  it('matches all entries for an empty or blank query', () => {
    expect(idsFor('')).to.deep.equal(['aerzte', 'koeln', 'fuerth', 'akim', 'nordost']);
    expect(idsFor('  \t ')).to.have.length(5);
  });

  it('narrows with each further word', () => {
    expect(idsFor('gesundheit')).to.deep.equal(['aerzte', 'fuerth']);
    expect(idsFor('gesundheit fürth')).to.deep.equal(['fuerth']);
    expect(idsFor('gesundheit fürth köln')).to.deep.equal([]);
  });

  it('matches words in any order and in different fields', () => {
    expect(idsFor('geflüchtete nürnberg')).to.deep.equal(['aerzte']);
    expect(idsFor('nürnberg geflüchtete')).to.deep.equal(['aerzte']);
  });

  it('matches a word as a substring: the start of a word while typing, or a part of a compound', () => {
    expect(idsFor('nürn')).to.deep.equal(['aerzte']);
    expect(idsFor('netz')).to.deep.equal(['aerzte', 'fuerth']);
  });

  it('matches whatever spelling of umlauts and ß the reader types', () => {
    expect(idsFor('Aerzte Nuernberg')).to.deep.equal(['aerzte']);
    expect(idsFor('koln')).to.deep.equal(['koeln']);
    expect(idsFor('FUERTH')).to.deep.equal(['fuerth']);
  });

  it('ignores punctuation in the query and finds hyphenated words with or without the hyphen', () => {
    expect(idsFor('akim')).to.deep.equal(['akim']);
    expect(idsFor('AK-IM')).to.deep.equal(['akim']);
    expect(idsFor('"Arbeitskreis", Migration!')).to.deep.equal(['akim']);
  });

  it('does not match a word across two fields', () => {
    expect(idsFor('nordost')).to.deep.equal([]);
    expect(idsFor('nord ost')).to.deep.equal(['nordost']);
  });

  it('keeps feed order', () => {
    const results = deriveResults(feed, buildSearchIndex(feed, 'de'), { query: 'a', selected: {} });
    const feedOrder = feed.networks.filter((n) => results.matches.includes(n));
    expect(results.matches).to.deep.equal(feedOrder);
  });

  it('refuses an index that was built from another feed', () => {
    const other: Feed = { ...feed, networks: [] };
    expect(() => deriveResults(other, buildSearchIndex(feed, 'de'), { query: '', selected: {} })).to.throw(
      /another feed/,
    );
  });
});
