import { expect } from 'chai';
import type { Feed, Network } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

function network(id: string, fields: Partial<Network> = {}): Network {
  return { id, name: { de: `Eintrag ${id}` }, facets: {}, links: [], ...fields };
}

const feed: Feed = {
  version: 1,
  language: 'de',
  facets: [
    {
      id: 'topic',
      label: { de: 'Thema', en: 'Topic' },
      terms: [
        { id: 'health', label: { de: 'Gesundheit', en: 'Health' } },
        { id: 'work', label: { de: 'Arbeit', en: 'Employment' } },
      ],
    },
  ],
  networks: [
    network('name', { name: { de: 'Arbeitskreis Wohnen', en: 'Housing working group' } }),
    network('short', { shortName: 'AKIM' }),
    network('summary', { summary: { de: 'Beratung für Geflüchtete', en: 'Advice for refugees' } }),
    network('description', { description: { de: 'Wir treffen uns im Rathaus.', en: 'We meet at the town hall.' } }),
    network('members', { members: { de: 'Wohlfahrtsverbände', en: 'Welfare associations' } }),
    network('area', { area: { de: 'Mittelfranken', en: 'Middle Franconia' } }),
    network('coordinator', { coordinator: { name: { de: 'Stadt Erlangen', en: 'City of Erlangen' } } }),
    network('term', { facets: { topic: ['health'] } }),
    network('german-only', { summary: { de: 'Sprachcafé für Mütter' } }),
    network('english-only', { summary: { en: 'Language café for mothers' } }),
    network('not-searched', {
      meetings: { de: 'Monatlich' },
      note: { de: 'Ruht derzeit' },
      contact: { email: 'x@example.org' },
    }),
  ],
};

function idsFor(uiLang: string, query: string): string[] {
  const index = buildSearchIndex(feed, uiLang);
  return deriveResults(feed, index, { query, selected: {} }).matches.map((n) => n.id);
}

describe('search: which texts are searched, in which language', () => {
  const cases: Array<[field: string, de: string, en: string]> = [
    ['name', 'wohnen', 'housing'],
    ['summary', 'geflüchtete', 'refugees'],
    ['description', 'rathaus', 'town hall'],
    ['members', 'wohlfahrtsverbände', 'welfare'],
    ['area', 'mittelfranken', 'franconia'],
    ['coordinator', 'stadt erlangen', 'city of erlangen'],
    ['term', 'gesundheit', 'health'],
  ];

  for (const [field, de, en] of cases) {
    it(`finds the ${field} in the reader's language, not in the other`, () => {
      expect(idsFor('de', de), `de: ${de}`).to.deep.equal([field]);
      expect(idsFor('en', en), `en: ${en}`).to.deep.equal([field]);
      expect(idsFor('en', de), `en: ${de}`).to.deep.equal([]);
      expect(idsFor('de', en), `de: ${en}`).to.deep.equal([]);
    });
  }

  it('finds the shortName in every language', () => {
    expect(idsFor('de', 'akim')).to.deep.equal(['short']);
    expect(idsFor('en', 'AKIM')).to.deep.equal(['short']);
  });

  it('finds a German-only text in the English UI, because it is shown there as fallback', () => {
    expect(idsFor('en', 'sprachcafe mutter')).to.deep.equal(['german-only']);
  });

  it('finds an English-only text in the German UI', () => {
    expect(idsFor('de', 'mothers')).to.deep.equal(['english-only']);
  });

  it('matches the reader language by its primary subtag (en-GB, de-AT)', () => {
    expect(idsFor('en-GB', 'housing')).to.deep.equal(['name']);
    expect(idsFor('de-AT', 'wohnen')).to.deep.equal(['name']);
  });

  it('does not search meetings, notes or contact details', () => {
    expect(idsFor('de', 'monatlich')).to.deep.equal([]);
    expect(idsFor('de', 'ruht')).to.deep.equal([]);
    expect(idsFor('de', 'example')).to.deep.equal([]);
  });

  it('finds a term label only for entries that carry the term', () => {
    expect(idsFor('en', 'employment')).to.deep.equal([]);
  });
});
