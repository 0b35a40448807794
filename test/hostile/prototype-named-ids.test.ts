/**
 * A feed may name a facet, a term or an entry `constructor` (the id pattern of FEED.md
 * allows it) and use `toString` or `__proto__` as keys: the directory shows such a
 * feed, filters by such a facet, and a slice on it holds. Records keyed by feed data
 * are made by feed/record.ts and never find inherited members.
 */
import { expect } from '@open-wc/testing';
import { $, $$, cardIds } from '../components/helpers.js';
import { mountOn, unmountAll } from './helpers.js';

const FEED = '/test/hostile/feeds/prototype-names.json';

const check = async (el: HTMLElement & { updateComplete: Promise<boolean> }, id: string) => {
  const box = (el.shadowRoot!.getElementById(id) ?? null) as HTMLInputElement | null;
  expect(box, `checkbox ${id}`).to.not.equal(null);
  box!.click();
  await el.updateComplete;
};

describe('hostile feed: ids named like Object.prototype members', () => {
  afterEach(unmountAll);

  it('shows every entry, with the facet groups named `constructor`', async () => {
    const { el, outcome } = await mountOn(FEED);
    expect(outcome.type).to.equal('nd-feed-loaded');
    expect(cardIds(el)).to.deep.equal(['constructor', 'plain', 'other']);
    expect($$(el, 'fieldset.facet legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Konstruktor',
      'Reichweite',
    ]);
    expect($(el, 'p.count')!.textContent!.trim()).to.equal('3 Netzwerke');
  });

  it('filters by the facet `constructor` and the term `constructor`', async () => {
    const { el } = await mountOn(FEED);
    const prefix = $(el, 'input[type="search"]')!.id.replace(/-search$/, '');
    await check(el, `${prefix}-constructor-constructor`);
    expect(cardIds(el)).to.deep.equal(['constructor']);
    await check(el, `${prefix}-constructor-other`);
    expect(cardIds(el)).to.deep.equal(['constructor', 'other']);
    await check(el, `${prefix}-scope-constructor`);
    expect(cardIds(el)).to.deep.equal([]);
    expect($(el, 'p.count')!.textContent!.trim()).to.equal('0 von 3 Netzwerken');
  });

  it('holds a slice on the facet `constructor`', async () => {
    const { el } = await mountOn(FEED, { attrs: { 'hide-facets': 'constructor', filter: 'constructor:other' } });
    expect(cardIds(el)).to.deep.equal(['other']);
    expect($$(el, 'fieldset.facet legend').map((l) => l.textContent!.trim())).to.deep.equal(['Reichweite']);
    expect($(el, 'p.count')!.textContent!.trim()).to.equal('1 Netzwerk');
  });
});
