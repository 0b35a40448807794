import { describeProblem } from '../../src/feed/problem-messages.js';
import { expect } from 'chai';
import { parseFeedText, SUPPORTED_VERSION, validateFeed } from '../../src/feed/validate.js';
import { codes, fullFeed, minimalFeed, only } from './fixtures.js';

describe('validateFeed: feed-level problems give no feed', () => {
  for (const [label, value] of [
    ['an array', []],
    ['null', null],
    ['a string', 'networks'],
    ['a number', 1],
    ['a boolean', true],
    ['undefined', undefined],
  ] as const) {
    it(`refuses ${label} as not-object at the document path`, () => {
      const r = validateFeed(value);
      expect(r.feed).to.equal(null);
      const p = only(r);
      expect([p.code, p.level, p.path]).to.deep.equal(['not-object', 'feed', '']);
    });
  }

  it('reports a missing version', () => {
    const r = validateFeed({ ...minimalFeed(), version: undefined });
    expect(r.feed).to.equal(null);
    expect(only(r)).to.include({ code: 'version-missing', level: 'feed', path: 'version' });
  });

  for (const version of ['1', 0, 0.9, -1, null, Number.NaN, Number.POSITIVE_INFINITY, [1]]) {
    it(`reports version ${String(version)} as version-invalid`, () => {
      const r = validateFeed({ ...minimalFeed(), version });
      expect(r.feed).to.equal(null);
      expect(only(r).code).to.equal('version-invalid');
    });
  }

  for (const version of [2, 2.5, 17]) {
    it(`refuses major version ${version} with only version-unsupported, even if the rest is broken`, () => {
      const r = validateFeed({ version, networks: 'whatever' });
      expect(r.feed).to.equal(null);
      const p = only(r);
      expect(p.code).to.equal('version-unsupported');
      expect(p.params).to.deep.equal({ value: version, max: SUPPORTED_VERSION });
    });
  }

  it('accepts a minor version 1.4 and keeps it', () => {
    const r = validateFeed({ ...minimalFeed(), version: 1.4, newField: { anything: true } });
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.version).to.equal(1.4);
  });

  for (const networks of [undefined, {}, 'a', null]) {
    it(`reports networks = ${JSON.stringify(networks)} as networks-missing`, () => {
      const r = validateFeed({ ...minimalFeed(), networks });
      expect(r.feed).to.equal(null);
      expect(only(r)).to.include({ code: 'networks-missing', level: 'feed', path: 'networks' });
    });
  }

  it('reports a bad version and missing networks together', () => {
    expect(codes(validateFeed({ language: 'de' }))).to.deep.equal(['version-missing', 'networks-missing']);
  });

  it('accepts an empty networks list', () => {
    const r = validateFeed(minimalFeed());
    expect(r.problems).to.deep.equal([]);
    expect(r.feed).to.deep.equal({ version: 1, language: 'en', title: { en: 'Networks' }, facets: [], networks: [] });
  });

  it('gives zero problems for the full demo-like feed', () => {
    const r = validateFeed(fullFeed());
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.networks.map((n) => n.id)).to.deep.equal(['akim', 'eu-net-2', '7']);
  });

  it('describes a refused version in a sentence that names both versions', () => {
    const p = only(validateFeed({ ...minimalFeed(), version: 3 }));
    expect(describeProblem(p, 'en')).to.match(/^The feed has version 3.*version 1/);
  });
});

describe('validateFeed: language and title', () => {
  for (const language of [undefined, '', 'deutsch!', 'd', 'de_DE', 42, 'de-toolongsubtag']) {
    it(`reports language ${JSON.stringify(language)} and falls back to und`, () => {
      const r = validateFeed({ ...minimalFeed(), language });
      expect(only(r)).to.include({ code: 'language-invalid', level: 'field', path: 'language' });
      expect(r.feed?.language).to.equal('und');
      expect(r.feed?.title).to.deep.equal({ und: 'Networks' });
    });
  }

  it('lowercases the primary subtag and stores plain strings under it', () => {
    const r = validateFeed({ ...minimalFeed(), language: 'DE-AT', title: 'Netzwerke' });
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.language).to.equal('de-AT');
    expect(r.feed?.title).to.deep.equal({ 'de-AT': 'Netzwerke' });
  });

  for (const title of [undefined, '', '  ', {}, 7]) {
    it(`reports title ${JSON.stringify(title)} once as title-missing and still shows the feed`, () => {
      const r = validateFeed({ ...minimalFeed(), title, networks: [{ id: 'a', name: 'A' }] });
      expect(only(r)).to.include({ code: 'title-missing', level: 'field', path: 'title' });
      expect(r.feed?.title).to.equal(undefined);
      expect(r.feed?.networks.length).to.equal(1);
    });
  }
});

describe('parseFeedText', () => {
  it('strips a UTF-8 byte order mark', () => {
    const r = parseFeedText('\uFEFF' + JSON.stringify(minimalFeed()));
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.title).to.deep.equal({ en: 'Networks' });
  });

  for (const text of ['', '   \n\t', '\uFEFF']) {
    it(`reports ${JSON.stringify(text)} as empty-response`, () => {
      const r = parseFeedText(text);
      expect(r.feed).to.equal(null);
      expect(only(r)).to.include({ code: 'empty-response', level: 'feed', path: '' });
    });
  }

  it('reports broken JSON as not-json with the parser message', () => {
    const r = parseFeedText('{"version": 1,}');
    expect(r.feed).to.equal(null);
    const p = only(r);
    expect([p.code, p.level, p.path]).to.deep.equal(['not-json', 'feed', '']);
    expect(String(p.params.error)).to.not.equal('');
    expect(describeProblem(p, 'en')).to.contain(String(p.params.error));
  });

  it('hands valid JSON to validateFeed', () => {
    expect(codes(parseFeedText('[1, 2]'))).to.deep.equal(['not-object']);
  });
});
