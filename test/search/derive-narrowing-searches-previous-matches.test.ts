/**
 * While typing narrows a query, deriveResults looks again only at the last query's
 * matches (derive.ts, `lastQuery`): that keeps a keystroke cheap at 10,000 entries.
 * derive-typing-sequence.test.ts checks that the results stay right; this file checks
 * that the shortcut is taken, by counting which entries' haystacks a search reads.
 */
import { expect } from 'chai';
import type { Feed, Network } from '../../src/feed/types.js';
import { deriveResults } from '../../src/search/derive.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index.js';

const NAMES = [
  'Beirat Nürnberg',
  'Frauenbeirat Fürth',
  'Köln Beratung',
  'Beirat für Frauen',
  'Quelle Jugend',
  'Straße',
  'Frau Müller',
  'Beirat Köln',
];

function feedOf(names: readonly string[]): Feed {
  const networks: Network[] = names.map((name, i) => ({ id: `n${i}`, name: { de: name }, facets: {}, links: [] }));
  return { version: 1, language: 'de', facets: [], networks };
}

/** The index, and the entries whose haystacks searches read since the last call of `read()`. */
function countingIndex(feed: Feed): { index: SearchIndex; read: () => number[] } {
  const real = buildSearchIndex(feed, 'de');
  let entries = new Set<number>();
  const haystacks = new Proxy(real.haystacks as string[], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) entries.add(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  const index: SearchIndex = { feed, facets: real.facets, warm: real.warm, haystacks };
  const read = () => {
    const seen = [...entries].sort((a, b) => a - b);
    entries = new Set();
    return seen;
  };
  return { index, read };
}

const ids = (feed: Feed, index: SearchIndex, query: string) =>
  deriveResults(feed, index, { query, selected: {} }).matches.map((n) => n.id);

describe('deriveResults while typing: only the last matches are searched again', () => {
  it('reads every entry for a first query, then only its matches for a longer word', () => {
    const feed = feedOf(NAMES);
    const { index, read } = countingIndex(feed);
    expect(ids(feed, index, 'bei')).to.deep.equal(['n0', 'n1', 'n3', 'n7']);
    expect(read()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ids(feed, index, 'beir')).to.deep.equal(['n0', 'n1', 'n3', 'n7']);
    expect(read()).to.deep.equal([0, 1, 3, 7]);
  });

  it('searches only the last matches when a word is added', () => {
    const feed = feedOf(NAMES);
    const { index, read } = countingIndex(feed);
    ids(feed, index, 'beirat');
    read();
    expect(ids(feed, index, 'beirat frau')).to.deep.equal(['n1', 'n3']);
    expect(read()).to.deep.equal([0, 1, 3, 7]);
  });

  it('searches every entry again when the query no longer narrows the last one', () => {
    const feed = feedOf(NAMES);
    const { index, read } = countingIndex(feed);
    ids(feed, index, 'beirat');
    read();
    // a word that replaces the last one
    expect(ids(feed, index, 'koln')).to.deep.equal(['n2', 'n7']);
    expect(read()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    // a word removed (backspace)
    ids(feed, index, 'koln beratung');
    read();
    expect(ids(feed, index, 'beratung')).to.deep.equal(['n2']);
    expect(read()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
