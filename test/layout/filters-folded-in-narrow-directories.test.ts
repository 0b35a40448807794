/**
 * Phones: the facet groups sit behind one "Filter (n)" disclosure; search, chips and count
 * stay visible. Wide: the filters beside the results, no disclosure. (Issue #15.)
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { commandSupport } from '../config/engine.js';
import { $, $$, LAPTOP, PHONE, box, demoAtWidth, resetPage, shown } from './helpers.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';

const toggle = (el: NetworkDirectory) => $<HTMLButtonElement>(el, '.filters-toggle')!;

async function check(el: NetworkDirectory, label: string): Promise<void> {
  const box = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]').find((b) =>
    b.labels?.[0]?.textContent?.includes(label),
  );
  if (!box) throw new Error(`no checkbox "${label}"`);
  box.click();
  await el.updateComplete;
}

describe('filters in a narrow directory (390 px)', () => {
  afterEach(resetPage);
  after(async () => {
    if (commandSupport.setViewport) await setViewport({ width: 800, height: 600 });
  });

  it('are folded behind a "Filter" disclosure; search field and count stay visible', async () => {
    const el = await demoAtWidth(PHONE);
    const button = toggle(el);
    expect(shown(el, '.filters-toggle')).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Filter');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(panel?.className, 'aria-controls names the facet groups').to.contain('facets');
    expect($$(el, 'fieldset').length, 'the groups are rendered').to.equal(4);
    expect($$(el, 'fieldset').filter((f) => f.getClientRects().length > 0).length, 'but not shown').to.equal(0);
    expect(shown(el, 'input[type="search"]')).to.equal(true);
    expect(shown(el, 'p.count')).to.equal(true);
  });

  it('unfold and fold with the button, which counts the chosen terms; chips stay visible folded', async () => {
    const el = await demoAtWidth(PHONE);
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, 'fieldset').filter((f) => f.getClientRects().length > 0).length).to.equal(4);
    await check(el, 'Lokal');
    await check(el, 'Integration');
    expect(toggle(el).textContent!.trim()).to.equal('Filter (2)');
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shown(el, 'fieldset')).to.equal(false);
    expect($$(el, '.chip').filter((c) => c.getClientRects().length > 0).length, 'chips').to.equal(2);
    expect(shown(el, 'p.count')).to.equal(true);
  });

  it('says "Filters (1)" in English', async () => {
    const el = await demoAtWidth(PHONE, { lang: 'en' });
    toggle(el).click();
    await el.updateComplete;
    await check(el, 'Local');
    expect(toggle(el).textContent!.trim()).to.equal('Filters (1)');
  });

  it('keep the keyboard order: search, Filter, the groups (when open), chips, count, cards', async () => {
    const el = await demoAtWidth(PHONE);
    toggle(el).click();
    await el.updateComplete;
    await check(el, 'Lokal');
    const order = ['input[type="search"]', '.filters-toggle', 'fieldset input', '.chip', '.card .toggle'].map((s) =>
      $(el, s)!,
    );
    for (let i = 1; i < order.length; i++) {
      const follows = order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING;
      expect(follows, `${i}: in document order`).to.be.above(0);
      expect(
        box(el, ['input[type="search"]', '.filters-toggle', 'fieldset input', '.chip', '.card .toggle'][i]).top,
        `${i}: below the one before`,
      ).to.be.at.least(order[i - 1].getBoundingClientRect().top);
    }
  });
});

describe('filters in a wide directory (1280 px)', () => {
  afterEach(resetPage);
  after(async () => {
    if (commandSupport.setViewport) await setViewport({ width: 800, height: 600 });
  });

  it('sit beside the results, unfolded, without the disclosure', async () => {
    const el = await demoAtWidth(LAPTOP);
    expect(shown(el, '.filters-toggle')).to.equal(false);
    expect($$(el, 'fieldset').filter((f) => f.getClientRects().length > 0).length).to.equal(4);
    const filters = box(el, '.filters');
    const list = box(el, '.results');
    expect(filters.right, 'the filters end before the list starts').to.be.at.most(list.left);
    expect(list.top, 'side by side: the list starts beside the filters').to.be.below(filters.top + filters.height / 2);
    expect(list.width, 'the list gets most of the width').to.be.above(LAPTOP.width * 0.6);
  });

  it('the fold state does not hide anything there', async () => {
    const el = await demoAtWidth(LAPTOP);
    toggle(el).click(); // a click no reader can make (the button is not shown), open …
    await el.updateComplete;
    toggle(el).click(); // … and folded again
    await el.updateComplete;
    expect($$(el, 'fieldset').filter((f) => f.getClientRects().length > 0).length).to.equal(4);
  });
});
