/**
 * A big feed's texts are folded for search after the first results are painted, in
 * slices between tasks, without the reader searching: the first keys then find them
 * ready, and the first results did not wait for them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { directoryWith } from './helpers.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import type { SearchIndex } from '../../src/search/search-index.js';

/** The index the element searches now (a private field: the test looks inside on purpose). */
const searchIndexOf = (el: NetworkDirectory) =>
  (el as unknown as { _search: { current: { index: SearchIndex } } })._search.current.index;

const feed = {
  version: 1,
  language: 'de',
  title: 'Viele Netzwerke',
  networks: Array.from({ length: 1000 }, (_, i) => ({
    id: `n${i}`,
    name: `Netzwerk ${i} Fürth`,
    summary: 'Arbeitskreis für Integration',
  })),
};

describe('directory: texts are folded after the first results, without a search', () => {
  it('folds none before its first render, then all of them in the background', async () => {
    const el = await directoryWith(feed);
    const index = searchIndexOf(el);
    // warm(0) folds nothing: it only tells whether some texts are left.
    expect(index.warm(0), 'texts left right after the first render').to.equal(true);
    await waitUntil(() => !index.warm(0), 'all texts folded without a search', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelectorAll('.card').length, 'the first page is unchanged').to.be.greaterThan(0);
  });

  it('stops folding for an index it no longer uses (the reader switched language)', async () => {
    const el = await directoryWith(feed);
    const german = searchIndexOf(el);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const english = searchIndexOf(el);
    expect(english).to.not.equal(german);
    await waitUntil(() => !english.warm(0), 'the English texts are folded', { timeout: 10_000 });
    expect(german.warm(0), 'the German index was left unfinished').to.equal(true);
  });
});
