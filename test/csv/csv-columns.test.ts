import { expect } from 'chai';
import { exportColumns, NETWORK_KEYS, parseColumn, targetKey } from '../../src/cli/csv-columns.js';
import type { Feed, Network } from '../../src/feed/types.js';

describe('column names of the spreadsheet', () => {
  it('ignores empty names and notes (#…)', () => {
    for (const name of ['', '   ', '#Bemerkung', ' #x'])
      expect(parseColumn(name), JSON.stringify(name)).to.equal('ignored');
  });

  it('knows plain values, with dates marked, in any case', () => {
    expect(parseColumn('id')).to.deep.equal({ kind: 'value', path: ['id'], date: false });
    expect(parseColumn(' ShortName ')).to.deep.equal({ kind: 'value', path: ['shortName'], date: false });
    expect(parseColumn('founded')).to.deep.equal({ kind: 'value', path: ['founded'], date: true });
    expect(parseColumn('UPDATED')).to.deep.equal({ kind: 'value', path: ['updated'], date: true });
    expect(parseColumn('Contact.URL')).to.deep.equal({ kind: 'value', path: ['contact', 'url'], date: false });
  });

  it('refuses a language on a plain value, and unknown names', () => {
    for (const name of ['id.de', 'contact.email.de', 'nme.de', 'contact', 'contact.fax', 'coordinator']) {
      expect(parseColumn(name), name).to.equal(undefined);
    }
  });

  it('knows texts, plain or per language, keeping the language tag as written', () => {
    expect(parseColumn('name')).to.deep.equal({ kind: 'text', path: ['name'] });
    expect(parseColumn('Name.DE')).to.deep.equal({ kind: 'text', path: ['name'], lang: 'DE' });
    expect(parseColumn('contact.address.de-CH')).to.deep.equal({
      kind: 'text',
      path: ['contact', 'address'],
      lang: 'de-CH',
    });
    expect(parseColumn('coordinator.name.en')).to.deep.equal({
      kind: 'text',
      path: ['coordinator', 'name'],
      lang: 'en',
    });
  });

  it('refuses language tags with other characters, and more than one', () => {
    for (const name of ['name.__proto__', 'name.de_DE', 'name.de.en', 'name.', 'summary.d e']) {
      expect(parseColumn(name), name).to.equal(undefined);
    }
  });

  it('knows facets.<id>, the id as written, and nothing deeper or odd', () => {
    expect(parseColumn('Facets.Topic')).to.deep.equal({ kind: 'terms', facet: 'Topic' });
    expect(parseColumn('facets.target-group')).to.deep.equal({ kind: 'terms', facet: 'target-group' });
    for (const name of ['facets', 'facets.topic.de', 'facets.__proto__', 'facets.a b'])
      expect(parseColumn(name), name).to.equal(undefined);
  });

  it('knows numbered links: links.<1–9999>.url and links.<n>.label[.lang]', () => {
    expect(parseColumn('links.1.url')).to.deep.equal({ kind: 'value', path: ['links', 1, 'url'], date: false });
    expect(parseColumn('Links.12.URL')).to.deep.equal({ kind: 'value', path: ['links', 12, 'url'], date: false });
    expect(parseColumn('links.9999.label')).to.deep.equal({ kind: 'text', path: ['links', 9999, 'label'] });
    expect(parseColumn('links.2.label.en')).to.deep.equal({ kind: 'text', path: ['links', 2, 'label'], lang: 'en' });
    for (const name of [
      'links',
      'links.0.url',
      'links.01.url',
      'links.10000.url',
      'links.x.url',
      'links.1',
      'links.1.url.de',
      'links.1.title',
    ]) {
      expect(parseColumn(name), name).to.equal(undefined);
    }
  });

  it('names each target as validator paths do', () => {
    expect(targetKey({ kind: 'terms', facet: 'topic' })).to.equal('facets.topic');
    expect(targetKey({ kind: 'value', path: ['links', 2, 'url'], date: false })).to.equal('links.2.url');
    expect(targetKey({ kind: 'text', path: ['name'], lang: 'de' })).to.equal('name.de');
    expect(targetKey({ kind: 'text', path: ['name'] })).to.equal('name');
    expect(targetKey({ kind: 'text', path: ['name'], lang: '' })).to.equal('name.');
  });

  it('lists the network keys in FEED.md order, each once', () => {
    expect(NETWORK_KEYS).to.deep.equal([
      'id',
      'name',
      'shortName',
      'summary',
      'description',
      'facets',
      'founded',
      'meetings',
      'coordinator',
      'members',
      'area',
      'contact',
      'links',
      'note',
      'updated',
    ]);
  });
});

const network = (over: Partial<Network>): Network =>
  ({ id: 'n', name: { de: 'N' }, facets: {}, links: [], ...over }) as unknown as Network;
const feedOf = (networks: Network[], language = 'de'): Feed =>
  ({
    version: 1,
    language,
    title: { de: 'T' },
    facets: [
      { id: 'topic', label: { de: 'Thema' }, terms: [] },
      { id: 'scope', label: { de: 'Reichweite' }, terms: [] },
    ],
    networks,
  }) as unknown as Feed;

describe('export columns', () => {
  it('every field, each text in every language used (the feed’s first), one column per facet, one link group at least', () => {
    const names = exportColumns(feedOf([network({ name: { de: 'A', en: 'A', fr: 'A' } })])).map((c) => c.name);
    expect(names.slice(0, 6)).to.deep.equal(['id', 'name.de', 'name.en', 'name.fr', 'shortName', 'summary.de']);
    expect(names).to.include.members([
      'facets.topic',
      'facets.scope',
      'links.1.label.de',
      'links.1.label.fr',
      'links.1.url',
      'updated',
    ]);
    expect(names).to.not.include('links.2.url');
    expect(names.indexOf('facets.topic')).to.be.lessThan(names.indexOf('facets.scope'));
    expect(names[names.length - 1]).to.equal('updated');
  });

  it('the whole header of a small feed, in the convention’s order', () => {
    const names = exportColumns(feedOf([network({ name: { de: 'A', en: 'B' } })])).map((c) => c.name);
    expect(names).to.deep.equal([
      'id',
      'name.de',
      'name.en',
      'shortName',
      'summary.de',
      'summary.en',
      'description.de',
      'description.en',
      'facets.topic',
      'facets.scope',
      'founded',
      'meetings.de',
      'meetings.en',
      'coordinator.name.de',
      'coordinator.name.en',
      'coordinator.url',
      'members.de',
      'members.en',
      'area.de',
      'area.en',
      'contact.name.de',
      'contact.name.en',
      'contact.email',
      'contact.phone',
      'contact.url',
      'contact.address.de',
      'contact.address.en',
      'links.1.label.de',
      'links.1.label.en',
      'links.1.url',
      'note.de',
      'note.en',
      'updated',
    ]);
  });

  it('the feed’s language first even where the alphabet would put it later', () => {
    const names = exportColumns(feedOf([network({ name: { de: 'A', en: 'B' } })], 'en')).map((c) => c.name);
    expect(names.slice(1, 3)).to.deep.equal(['name.en', 'name.de']);
  });

  it('finds languages inside nested texts (contact address, link labels), not in other objects', () => {
    const n = network({
      contact: { address: { es: 'Calle' } },
      links: [{ label: { it: 'Sito' }, url: 'https://x.example/' }],
      facets: { topic: ['a'] },
    } as Partial<Network>);
    const names = exportColumns(feedOf([n])).map((c) => c.name);
    expect(names).to.include.members(['name.es', 'name.it', 'links.1.label.it']);
    expect(names.filter((c) => c.startsWith('name.'))).to.deep.equal(['name.de', 'name.es', 'name.it']);
    expect(names).to.not.include('name.topic');
    expect(names).to.not.include('name.0');
  });

  it('leaves out a feed language "und" that no text uses, and keeps it when one does', () => {
    const without = exportColumns(feedOf([network({ name: { en: 'A' } })], 'und')).map((c) => c.name);
    expect(without.filter((c) => c.startsWith('name.'))).to.deep.equal(['name.en']);
    const withIt = exportColumns(feedOf([network({ name: { und: 'A', en: 'B' } })], 'und')).map((c) => c.name);
    expect(withIt.filter((c) => c.startsWith('name.'))).to.deep.equal(['name.und', 'name.en']);
  });

  it('as many link groups as the entry with the most links', () => {
    const link = { label: { de: 'L' }, url: 'https://x.example/' };
    const names = exportColumns(feedOf([network({ links: [link] }), network({ links: [link, link, link] })])).map(
      (c) => c.name,
    );
    expect(names.filter((c) => c.endsWith('.url') && c.startsWith('links.'))).to.deep.equal([
      'links.1.url',
      'links.2.url',
      'links.3.url',
    ]);
  });

  it('cell values: strings as they are, terms joined by semicolons, missing values empty', () => {
    const n = network({
      id: 'akim',
      name: { de: 'Arbeitskreis', en: 'Working group' },
      facets: { topic: ['a', 'b'] },
      founded: '2011',
      contact: { email: 'x@example.org', address: { de: 'Markt 1' } },
      links: [{ label: { en: 'Site' }, url: 'https://akim.example/' }],
    } as Partial<Network>);
    const columns = exportColumns(feedOf([n]));
    const cell = (name: string) => columns.find((c) => c.name === name)!.value(n);
    expect(cell('id')).to.equal('akim');
    expect(cell('name.en')).to.equal('Working group');
    expect(cell('facets.topic')).to.equal('a; b');
    expect(cell('facets.scope')).to.equal('');
    expect(cell('founded')).to.equal('2011');
    expect(cell('contact.email')).to.equal('x@example.org');
    expect(cell('contact.phone')).to.equal('');
    expect(cell('contact.address.de')).to.equal('Markt 1');
    expect(cell('coordinator.url')).to.equal('');
    expect(cell('links.1.label.en')).to.equal('Site');
    expect(cell('links.1.label.de')).to.equal('');
    expect(cell('links.1.url')).to.equal('https://akim.example/');
    expect(cell('summary.de')).to.equal('');
    const bare = network({ links: [] });
    expect(columns.find((c) => c.name === 'links.1.url')!.value(bare)).to.equal('');
    expect(columns.find((c) => c.name === 'links.1.label.en')!.value(bare)).to.equal('');
  });
});
