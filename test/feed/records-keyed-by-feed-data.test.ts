/**
 * Records whose keys come from a feed (src/feed/record.ts): `own()` never returns an
 * inherited value, so an id such as `toString` or `constructor` finds nothing that the
 * feed did not put there, and it takes a missing record as empty.
 */
import { expect } from 'chai';
import { own, record } from '../../src/feed/record.js';

describe("own(): only a record's own keys", () => {
  it('returns a value the record holds, also under a key such as __proto__ or constructor', () => {
    const r = record<number>([
      ['a', 1],
      ['__proto__', 2],
      ['constructor', 3],
    ]);
    expect([own(r, 'a'), own(r, '__proto__'), own(r, 'constructor')]).to.deep.equal([1, 2, 3]);
  });

  it('returns undefined for an inherited property of a plain object', () => {
    const plain: Record<string, unknown> = { a: 1 };
    expect(own(plain, 'toString')).to.equal(undefined);
    expect(own(plain, 'constructor')).to.equal(undefined);
  });

  it('takes a missing record (null or undefined) as empty', () => {
    expect(own(null, 'a')).to.equal(undefined);
    expect(own(undefined, 'a')).to.equal(undefined);
  });
});
