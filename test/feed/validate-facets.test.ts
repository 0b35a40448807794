import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { codes, feedWithNetwork, fullFeed, minimalFeed, only } from './fixtures.js';

const withFacets = (facets: unknown) => validateFeed({ ...minimalFeed(), facets });
const membership = (facets: unknown) => {
  const r = validateFeed(feedWithNetwork({ facets }));
  return { r, f: r.feed!.networks[0].facets };
};

describe('validateFeed: facet declarations', () => {
  it('keeps the declared facets and terms in order', () => {
    const r = validateFeed(fullFeed());
    expect(r.feed?.facets.map((f) => [f.id, f.terms.map((t) => t.id)])).to.deep.equal([
      ['scope', ['local', 'regional', 'europe']],
      ['topic', ['work', 'education']],
    ]);
    expect(r.feed?.facets[0].terms[1].label).to.deep.equal({ de: 'Regional' });
  });

  it('drops the later of two facets with the same id', () => {
    const r = withFacets([
      { id: 'a', label: 'First' },
      { id: 'a', label: 'Second' },
    ]);
    expect(only(r)).to.include({ code: 'facet-duplicate', level: 'field', path: 'facets[1].id' });
    expect(r.feed?.facets.map((f) => f.label.en)).to.deep.equal(['First']);
  });

  it('drops the later of two terms with the same id within a facet', () => {
    const r = withFacets([
      {
        id: 'a',
        label: 'A',
        terms: [
          { id: 't', label: 'One' },
          { id: 't', label: 'Two' },
          { id: 'u', label: 'U' },
        ],
      },
    ]);
    expect(only(r)).to.include({ code: 'term-duplicate', level: 'field', path: 'facets[0].terms[1].id' });
    expect(r.feed?.facets[0].terms.map((t) => t.label.en)).to.deep.equal(['One', 'U']);
  });

  it('allows the same term id in different facets', () => {
    const r = withFacets([
      { id: 'a', label: 'A', terms: [{ id: 't', label: 'T' }] },
      { id: 'b', label: 'B', terms: [{ id: 't', label: 'T' }] },
    ]);
    expect(r.problems).to.deep.equal([]);
  });

  it('drops a facet with a bad or missing id, with the problem at the id', () => {
    const r = withFacets([{ id: 'Scope', label: 'A' }, { label: 'B' }, { id: 'ok', label: 'C' }]);
    expect(r.problems.map((p) => [p.code, p.level, p.path])).to.deep.equal([
      ['id-invalid', 'field', 'facets[0].id'],
      ['id-missing', 'field', 'facets[1].id'],
    ]);
    expect(r.feed?.facets.map((f) => f.id)).to.deep.equal(['ok']);
  });

  it('drops a facet or term without a label', () => {
    const r = withFacets([
      { id: 'a' },
      {
        id: 'b',
        label: 'B',
        terms: [
          { id: 't', label: ' ' },
          { id: 'u', label: 'U' },
        ],
      },
    ]);
    expect(r.problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['label-missing', 'facets[0].label'],
      ['label-missing', 'facets[1].terms[0].label'],
    ]);
    expect(r.feed?.facets.map((f) => [f.id, f.terms.map((t) => t.id)])).to.deep.equal([['b', ['u']]]);
  });

  it('reports a bad term id at its path', () => {
    expect(only(withFacets([{ id: 'a', label: 'A', terms: [{ id: 'T 1', label: 'T' }] }])).path).to.equal(
      'facets[0].terms[0].id',
    );
  });

  it('reports facets, terms and facet items of the wrong type', () => {
    expect(only(withFacets({ scope: [] }))).to.include({ code: 'wrong-type', path: 'facets' });
    expect(only(withFacets(['scope']))).to.include({ code: 'wrong-type', path: 'facets[0]' });
    expect(only(withFacets([{ id: 'a', label: 'A', terms: 'x' }]))).to.include({
      code: 'wrong-type',
      path: 'facets[0].terms',
    });
    expect(only(withFacets([{ id: 'a', label: 'A', terms: [null] }]))).to.include({
      code: 'wrong-type',
      path: 'facets[0].terms[0]',
    });
  });

  it('gives a facet without terms an empty list', () => {
    expect(withFacets([{ id: 'a', label: 'A' }]).feed?.facets[0].terms).to.deep.equal([]);
  });
});

describe("validateFeed: an entry's facets", () => {
  it('keeps known facets and terms', () => {
    const { r, f } = membership({ scope: ['local', 'europe'], topic: ['work'] });
    expect(r.problems).to.deep.equal([]);
    expect(f).to.deep.equal({ scope: ['local', 'europe'], topic: ['work'] });
  });

  it('accepts a single string as one term', () => {
    expect(membership({ scope: 'regional' }).f).to.deep.equal({ scope: ['regional'] });
  });

  it('merges duplicates silently', () => {
    const { r, f } = membership({ topic: ['work', 'work', 'education', 'work'] });
    expect(r.problems).to.deep.equal([]);
    expect(f).to.deep.equal({ topic: ['work', 'education'] });
  });

  it('ignores an unknown facet id with facet-unknown', () => {
    const { r, f } = membership({ colour: ['red'], scope: ['local'] });
    expect(only(r)).to.include({ code: 'facet-unknown', level: 'field', path: 'networks[0].facets.colour' });
    expect(f).to.deep.equal({ scope: ['local'] });
  });

  it('ignores an unknown term and keeps the others', () => {
    const { r, f } = membership({ scope: ['local', 'mars', 'europe'] });
    const p = only(r);
    expect(p).to.include({ code: 'term-unknown', level: 'field', path: 'networks[0].facets.scope[1]' });
    expect(p.params).to.deep.equal({ value: 'mars', facet: 'scope' });
    expect(f).to.deep.equal({ scope: ['local', 'europe'] });
  });

  it('does not accept a term of another facet', () => {
    expect(codes(membership({ scope: ['work'] }).r)).to.deep.equal(['term-unknown']);
  });

  it('reports an unknown single-string term at the facet path', () => {
    expect(only(membership({ scope: 'mars' }).r).path).to.equal('networks[0].facets.scope');
  });

  it('omits a facet group with no valid terms', () => {
    expect(membership({ scope: ['mars'] }).f).to.deep.equal({});
  });

  it('reports wrong types of the map, a group and a term', () => {
    expect(only(membership(['local']).r)).to.include({ code: 'wrong-type', path: 'networks[0].facets' });
    expect(only(membership({ scope: 3 }).r)).to.include({ code: 'wrong-type', path: 'networks[0].facets.scope' });
    expect(only(membership({ scope: ['local', 4] }).r)).to.include({
      code: 'wrong-type',
      path: 'networks[0].facets.scope[1]',
    });
  });

  it('reports every facet as unknown when the feed declares none', () => {
    const r = validateFeed({ ...minimalFeed(), networks: [{ id: 'a', name: 'A', facets: { scope: ['local'] } }] });
    expect(only(r).code).to.equal('facet-unknown');
    expect(r.feed?.networks[0].facets).to.deep.equal({});
  });

  it('quotes odd keys in paths', () => {
    expect(only(membership({ 'my scope': ['x'] }).r).path).to.equal('networks[0].facets["my scope"]');
  });

  it('never treats inherited names as facet ids', () => {
    const { r, f } = membership({ constructor: ['x'], toString: ['y'], hasOwnProperty: 'z' });
    expect(codes(r)).to.deep.equal(['facet-unknown', 'facet-unknown', 'facet-unknown']);
    expect(Object.keys(f)).to.deep.equal([]);
  });
});
