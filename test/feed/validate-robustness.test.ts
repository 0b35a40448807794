import { expect } from 'chai';
import { parseFeedText, validateFeed } from '../../src/feed/validate.js';
import { fullFeed, minimalFeed } from './fixtures.js';

/** Deterministic pseudo-random JSON values, so a failure can be reproduced. */
function randomJson(seed: number, depth = 0): unknown {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const keys = [
    'id',
    'name',
    'version',
    'networks',
    'facets',
    'label',
    'url',
    'de',
    '__proto__',
    'constructor',
    'terms',
    'links',
    'contact',
  ];
  const make = (d: number): unknown => {
    const r = next();
    if (d > 4 || r < 0.3)
      return pick([null, true, 1, -0.5, '', 'x', 'javascript:x', 'https://a.de', 'a@b.de', '2020-02-30', 'de']);
    if (r < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => make(d + 1));
    return JSON.parse(
      JSON.stringify(
        Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(keys), make(d + 1)])),
      ),
    );
  };
  return make(depth);
}

describe('validateFeed: robustness', () => {
  it('never throws for random JSON values, also inside a valid frame', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const value = randomJson(seed);
      expect(() => validateFeed(value)).to.not.throw();
      const frame = {
        ...fullFeed(),
        networks: [value, { ...(fullFeed().networks as object[])[0], contact: value, links: value, facets: value }],
      };
      expect(() => validateFeed(frame), `seed ${seed}`).to.not.throw();
    }
  });

  it('cannot be made to pollute prototypes by __proto__ keys', () => {
    const text = `{"version":1,"language":"de","title":{"__proto__":{"polluted":"yes"},"de":"T"},
      "__proto__":{"polluted":"yes"},
      "facets":[{"id":"f","label":"F","terms":[{"id":"t","label":"T"}]}],
      "networks":[{"id":"a","name":{"__proto__":"x","de":"A"},"facets":{"__proto__":["t"],"f":["t"]},
        "contact":{"__proto__":{"polluted":"yes"},"email":"a@b.de"}}]}`;
    const r = parseFeedText(text);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    // records keyed by feed data have no prototype at all (src/feed/record.ts)
    expect(Object.getPrototypeOf(r.feed!.title)).to.equal(null);
    expect(r.feed?.title).to.deep.equal({ de: 'T' });
    const n = r.feed!.networks[0];
    expect(Object.getPrototypeOf(n.facets)).to.equal(null);
    expect(n.facets).to.deep.equal({ f: ['t'] });
    expect(r.problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['text-language-invalid', 'title.__proto__'],
      ['text-language-invalid', 'networks[0].name.__proto__'],
      ['facet-unknown', 'networks[0].facets.__proto__'],
    ]);
  });

  it('does not read inherited properties as fields', () => {
    const base = { version: 1, language: 'de', title: 'T', networks: [{ id: 'a', name: 'A' }] };
    const sneaky = Object.assign(Object.create(base) as object, {});
    expect(validateFeed(sneaky).feed).to.equal(null);
    const entry = Object.create({ id: 'a', name: 'A' }) as object;
    expect(validateFeed({ ...minimalFeed(), networks: [entry] }).problems.map((p) => p.code)).to.deep.equal([
      'id-missing',
      'name-missing',
    ]);
  });

  it('works on objects without a prototype', () => {
    const feed = Object.assign(Object.create(null) as object, minimalFeed());
    expect(validateFeed(feed).problems).to.deep.equal([]);
  });

  it('copes with deep nesting in an unknown field and in a text', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100000; i++) deep = [deep];
    const r = validateFeed({ ...minimalFeed(), extra: deep, description: { de: deep } });
    expect(r.problems.map((p) => p.code)).to.deep.equal(['wrong-type']);
    expect(() => parseFeedText('['.repeat(200000) + ']'.repeat(200000))).to.not.throw();
  });

  it('handles huge strings without slow regular expressions', () => {
    const huge = 'a'.repeat(1_000_000);
    const start = performance.now();
    const r = validateFeed({
      ...minimalFeed(),
      language: 'de-' + 'a1'.repeat(200000) + '!',
      license: huge + ' ',
      networks: [
        {
          id: huge,
          name: huge,
        },
        {
          id: 'b',
          name: 'B',
          founded: '1'.repeat(100000),
          contact: { email: 'a@' + '.'.repeat(100000) + ' ', phone: '1 '.repeat(100000) + 'x', url: 'https://' + huge },
          summary: { [huge]: 'x' },
        },
      ],
    });
    expect(performance.now() - start).to.be.below(3000); // backtracking would take minutes
    expect(r.problems.every((p) => String(p.params.value ?? '').length <= 80)).to.equal(true);
  });

  // Speed is measured by `npm run bench`, not asserted here; this guards correctness at size.
  it('validates 10,000 entries, keeping every one', () => {
    const feed = fullFeed();
    const proto = (feed.networks as Record<string, unknown>[])[0];
    feed.networks = Array.from({ length: 10000 }, (_, i) => ({ ...proto, id: `n-${i}` }));
    const r = validateFeed(feed);
    expect(r.feed?.networks.length).to.equal(10000);
    expect(r.problems.length).to.equal(0);
  });

  it('does not share mutable state between calls', () => {
    const a = validateFeed(fullFeed());
    const b = validateFeed(fullFeed());
    expect(a.feed).to.deep.equal(b.feed);
    expect(a.feed?.networks[0]).to.not.equal(b.feed?.networks[0]);
  });
});
