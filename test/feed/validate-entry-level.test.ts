import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { codes, minimalFeed, only } from './fixtures.js';

const withNetworks = (...networks: unknown[]) => validateFeed({ ...minimalFeed(), networks });
const ids = (r: ReturnType<typeof validateFeed>) => r.feed?.networks.map((n) => n.id);

describe('validateFeed: entry-level problems skip one entry', () => {
  for (const entry of [null, 'akim', 3, ['a'], true]) {
    it(`skips ${JSON.stringify(entry)} as entry-not-object and keeps the others`, () => {
      const r = withNetworks({ id: 'a', name: 'A' }, entry, { id: 'b', name: 'B' });
      expect(only(r)).to.include({ code: 'entry-not-object', level: 'entry', path: 'networks[1]' });
      expect(ids(r)).to.deep.equal(['a', 'b']);
    });
  }

  for (const id of [undefined, null, '']) {
    it(`skips id ${JSON.stringify(id)} as id-missing`, () => {
      const r = withNetworks({ id, name: 'A' }, { id: 'b', name: 'B' });
      expect(only(r)).to.include({ code: 'id-missing', level: 'entry', path: 'networks[0].id' });
      expect(ids(r)).to.deep.equal(['b']);
    });
  }

  for (const id of ['AKIM', '-akim', 'ak im', 'ak_im', 'äkim', 'a'.repeat(65), 5, ['a'], ' akim']) {
    it(`skips id ${JSON.stringify(id).slice(0, 20)} as id-invalid`, () => {
      const r = withNetworks({ id, name: 'A' });
      expect(only(r)).to.include({ code: 'id-invalid', level: 'entry', path: 'networks[0].id' });
      expect(ids(r)).to.deep.equal([]);
    });
  }

  for (const id of ['a', '0', 'a-', 'a--b', 'x'.repeat(64)]) {
    it(`accepts id ${id.slice(0, 20)}`, () => {
      expect(ids(withNetworks({ id, name: 'A' }))).to.deep.equal([id]);
    });
  }

  it('skips the later of two entries with the same id and names the first', () => {
    const r = withNetworks({ id: 'a', name: 'First' }, { id: 'b', name: 'B' }, { id: 'a', name: 'Second' });
    const p = only(r);
    expect(p).to.include({ code: 'id-duplicate', level: 'entry', path: 'networks[2].id' });
    expect(p.params).to.deep.equal({ value: 'a', first: 0 });
    expect(r.feed?.networks.map((n) => n.name.en)).to.deep.equal(['First', 'B']);
  });

  it('does not count an id of a skipped entry as used', () => {
    const r = withNetworks({ id: 'a' }, { id: 'a', name: 'Kept' });
    expect(codes(r)).to.deep.equal(['name-missing']);
    expect(r.feed?.networks[0].name).to.deep.equal({ en: 'Kept' });
  });

  for (const name of [undefined, '', '   ', {}, { de: '' }, { 'not a tag': 'x' }, 42, null, ['A']]) {
    it(`skips name ${JSON.stringify(name)} as name-missing`, () => {
      const r = withNetworks({ id: 'a', name }, { id: 'b', name: 'B' });
      expect(codes(r)).to.include('name-missing');
      expect(r.problems.find((p) => p.code === 'name-missing')).to.include({
        level: 'entry',
        path: 'networks[0].name',
      });
      expect(ids(r)).to.deep.equal(['b']);
    });
  }

  it('reports a missing name once, not also as an empty text', () => {
    expect(codes(withNetworks({ id: 'a', name: '' }))).to.deep.equal(['name-missing']);
  });

  it('reports a bad id and a missing name of the same entry together', () => {
    expect(codes(withNetworks({ id: 'A' }))).to.deep.equal(['id-invalid', 'name-missing']);
  });

  it('keeps a name in a language other than the feed language', () => {
    const r = withNetworks({ id: 'a', name: { fr: 'Réseau' } });
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.networks[0].name).to.deep.equal({ fr: 'Réseau' });
  });

  it('does not report field problems of a skipped entry', () => {
    expect(codes(withNetworks({ id: 'A', name: 'A', contact: { url: 'javascript:x' } }))).to.deep.equal(['id-invalid']);
  });
});
