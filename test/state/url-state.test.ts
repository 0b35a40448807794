import { expect } from 'chai';
import { parseFilterAttribute, readUrlState, writeUrlState, type UrlState } from '../../src/state/url-state.js';

const empty: UrlState = { query: '', selected: {}, open: null, lang: null };
const search = (href: string) => new URL(href).search;

describe('URL state', () => {
  const state = {
    query: 'fürth ak',
    selected: { topic: ['integration', 'human-rights'], scope: ['local'] },
    open: 'akim',
    lang: 'en' as const,
  };

  it('round-trips through the URL', () => {
    const href = writeUrlState('https://city.example/page', 'nd', state);
    expect(readUrlState(search(href), 'nd')).to.deep.equal(state);
  });

  it('writes readable parameters, each named by the key and a dot', () => {
    const href = writeUrlState('https://city.example/page', 'nd', state);
    expect(search(href)).to.equal(
      '?nd.q=f%C3%BCrth+ak&nd.f.topic=integration.human-rights&nd.f.scope=local&nd.open=akim&nd.lang=en',
    );
  });

  it('keeps the host’s own parameters and anchor, and other instances’ keys', () => {
    const href = writeUrlState('https://city.example/page?id=7&nd2.q=x&tab=b#section-3', 'nd', state);
    const url = new URL(href);
    expect(url.searchParams.get('id')).to.equal('7');
    expect(url.searchParams.get('tab')).to.equal('b');
    expect(url.searchParams.get('nd2.q')).to.equal('x');
    expect(url.hash).to.equal('#section-3');
  });

  it('removes its parameters when the state is empty', () => {
    const href = writeUrlState(
      'https://city.example/page?nd.q=x&nd.f.topic=a&keep=1&nd.open=b&nd.lang=de',
      'nd',
      empty,
    );
    expect(search(href)).to.equal('?keep=1');
  });

  it('leaves out each empty part alone', () => {
    const href = writeUrlState('https://city.example/page', 'nd', {
      query: '',
      selected: { topic: [] },
      open: 'akim',
      lang: null,
    });
    expect(search(href)).to.equal('?nd.open=akim');
  });

  it('returns null when the URL holds nothing for this key', () => {
    expect(readUrlState('?q=x&nd2.q=y&ndq=z&nd=1', 'nd')).to.equal(null);
  });

  it('returns an empty state (not null) when the URL holds only unknown parameters of this key', () => {
    // The URL speaks for this instance, so the `filter` attribute does not apply.
    expect(readUrlState('?nd.x=1', 'nd')).to.deep.equal(empty);
  });

  it('ignores malformed ids and unknown languages', () => {
    expect(
      readUrlState('?nd.open=<script>&nd.lang=fr&nd.f.topic=ok.BAD.fine&nd.f.__proto__=x&nd.f.none=BAD', 'nd'),
    ).to.deep.equal({
      ...empty,
      selected: { topic: ['ok', 'fine'] },
    });
  });

  it('reads both languages', () => {
    expect(readUrlState('?nd.lang=de', 'nd')?.lang).to.equal('de');
    expect(readUrlState('?nd.lang=en', 'nd')?.lang).to.equal('en');
  });

  it('takes only its own names: a value of "de" under another name is not a language', () => {
    expect(readUrlState('?nd.f.topic=en&nd.q=de&nd.x=en', 'nd')).to.deep.equal({
      ...empty,
      query: 'de',
      selected: { topic: ['en'] },
    });
  });

  it('writes "." and "~" in a key as ~2E and ~7E, so that the key ends at the first dot', () => {
    const href = writeUrlState('https://city.example/', 'main.dir~1', { ...empty, query: 'x' });
    expect(search(href)).to.equal('?main%7E2Edir%7E7E1.q=x');
    expect(new URL(href).searchParams.get('main~2Edir~7E1.q')).to.equal('x');
    expect(readUrlState(search(href), 'main.dir~1')?.query).to.equal('x');
  });

  describe('ids up to 64 characters (FEED.md "Ids")', () => {
    const id64 = 'a'.repeat(64);
    const id65 = 'a'.repeat(65);
    it('accepts a facet, term and entry id of 64 characters', () => {
      expect(readUrlState(`?nd.f.${id64}=${id64}&nd.open=${id64}`, 'nd')).to.deep.equal({
        ...empty,
        selected: { [id64]: [id64] },
        open: id64,
      });
    });
    it('drops a facet, term and entry id of 65 characters', () => {
      expect(readUrlState(`?nd.f.${id65}=x&nd.f.topic=${id65}.y&nd.open=${id65}`, 'nd')).to.deep.equal({
        ...empty,
        selected: { topic: ['y'] },
      });
    });
    it('accepts one-character ids and refuses ids that begin with a hyphen', () => {
      expect(readUrlState('?nd.f.t=a.-b&nd.open=-x', 'nd')).to.deep.equal({ ...empty, selected: { t: ['a'] } });
    });
  });

  describe('keys that begin alike never share a parameter', () => {
    const pairs = [
      ['nd', 'nd-partner'],
      ['nd', 'nd-f'],
      ['nd', 'nd-f-partner'],
      ['nd', 'nd.f'],
      ['a.', 'a~2E'], // the escape of '.' would be the other's key if '~' were not escaped too
      ['nd', 'nd2'],
      ['x', 'x.q'],
      ['a.', 'a~'], // '.' and '~' escaped apart
    ];
    const first = { query: 'eins', selected: { topic: ['a'] }, open: 'akim', lang: 'de' as const };
    const second = { query: 'zwei', selected: { 'partner-q': ['b'], q: ['c'] }, open: 'bkim', lang: 'en' as const };
    for (const [a, b] of pairs) {
      it(`"${a}" and "${b}" each read back only their own state, whichever writes first`, () => {
        for (const [k1, s1, k2, s2] of [
          [a, first, b, second],
          [b, first, a, second],
        ] as const) {
          const both = writeUrlState(writeUrlState('https://city.example/?keep=1', k1, s1), k2, s2);
          expect(readUrlState(search(both), k1), k1).to.deep.equal(s1);
          expect(readUrlState(search(both), k2), k2).to.deep.equal(s2);
          const cleared = writeUrlState(both, k1, empty);
          expect(readUrlState(search(cleared), k1), `${k1} cleared`).to.equal(null);
          expect(readUrlState(search(cleared), k2), `${k2} kept`).to.deep.equal(s2);
          expect(new URL(cleared).searchParams.get('keep')).to.equal('1');
        }
      });
    }
  });

  it('reads and removes only its own form: a `nd-q` of another script is neither state nor deleted', () => {
    expect(readUrlState('?nd-q=x&nd-open=akim', 'nd')).to.equal(null);
    const href = writeUrlState('https://city.example/?nd-q=x&nd-other=z', 'nd', { ...empty, query: 'neu' });
    expect(search(href)).to.equal('?nd-q=x&nd-other=z&nd.q=neu');
  });
});

describe('filter attribute', () => {
  it('reads groups separated by spaces or semicolons', () => {
    expect(parseFilterAttribute('topic:integration,human-rights scope:local;kind:alliance')).to.deep.equal({
      topic: ['integration', 'human-rights'],
      scope: ['local'],
      kind: ['alliance'],
    });
  });
  it('is empty for nothing', () => {
    expect(parseFilterAttribute(null)).to.deep.equal({});
    expect(parseFilterAttribute(undefined)).to.deep.equal({});
    expect(parseFilterAttribute('  ')).to.deep.equal({});
  });
  it('drops malformed facet and term ids, keeping the good ones', () => {
    expect(parseFilterAttribute('Topic:a bad_facet:b topic:ok,NO,-x,fine scope')).to.deep.equal({
      topic: ['ok', 'fine'],
      scope: [],
    });
    expect(parseFilterAttribute('topic:a;;  scope:b')).to.deep.equal({ topic: ['a'], scope: ['b'] });
  });
});
