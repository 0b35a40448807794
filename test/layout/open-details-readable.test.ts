/**
 * Readable details (issue #15): an opened entry gets the list's width, its labels and
 * values are not squeezed into a third of a column, and the cards before it stay in place.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { commandSupport } from '../config/engine.js';
import { $, $$, LAPTOP, PHONE, box, cardIds, demoAtWidth, resetPage } from './helpers.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';

async function open(el: NetworkDirectory, index: number): Promise<HTMLElement> {
  const card = $$(el, '.card')[index];
  card.querySelector<HTMLButtonElement>('.toggle')!.click();
  await el.updateComplete;
  return card;
}

describe('an opened entry', () => {
  afterEach(resetPage);
  after(async () => {
    if (commandSupport.setViewport) await setViewport({ width: 800, height: 600 });
  });

  it('spans the list in a wide directory; the cards before it keep their places, the order stays', async () => {
    const el = await demoAtWidth(LAPTOP);
    const before = $$(el, '.card').map((c) => c.getBoundingClientRect());
    expect(before.length).to.be.above(2);
    expect(before[1].top, 'closed: cards side by side').to.equal(before[0].top);
    const ids = cardIds(el);
    const card = await open(el, 1);
    const list = box(el, '.results');
    const opened = card.getBoundingClientRect();
    expect(opened.width / list.width, 'share of the list’s width').to.be.above(0.95);
    const first = $$(el, '.card')[0].getBoundingClientRect();
    expect([first.left, first.top], 'the card before stays in place').to.deep.equal([before[0].left, before[0].top]);
    expect(cardIds(el), 'no card moves ahead of another').to.deep.equal(ids);
    const tops = $$(el, '.card').map((c) => Math.round(c.getBoundingClientRect().top));
    expect(tops[2], 'the next card follows below the open one').to.be.at.least(Math.round(opened.bottom));
  });

  it('puts labels beside values only where the values keep two thirds of the row', async () => {
    for (const screen of [LAPTOP, PHONE]) {
      const el = await demoAtWidth(screen);
      const card = await open(el, 0);
      const rows = [...card.querySelectorAll('.facts .row')];
      expect(rows.length, `${screen.width}: rows`).to.be.above(1);
      for (const row of rows) {
        const dt = row.querySelector('dt')!.getBoundingClientRect();
        const dd = row.querySelector('dd')!.getBoundingClientRect();
        const width = row.getBoundingClientRect().width;
        const stacked = dd.top >= dt.bottom - 1;
        expect(
          stacked || dd.width >= (width * 2) / 3 - 16,
          `${screen.width}: value of "${row.querySelector('dt')!.textContent}" is ${Math.round(dd.width)} of ${Math.round(width)} px`,
        ).to.equal(true);
      }
      if (screen === PHONE) {
        const dt = rows[0].querySelector('dt')!.getBoundingClientRect();
        const dd = rows[0].querySelector('dd')!.getBoundingClientRect();
        expect(dd.top, 'on a phone labels stand above values').to.be.at.least(dt.bottom - 1);
      }
      el.parentElement!.remove();
    }
  });

  it('Escape still closes it and focus returns to its toggle', async () => {
    const el = await demoAtWidth(LAPTOP);
    const card = await open(el, 1);
    card
      .querySelector<HTMLElement>('.details a, .details')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(card.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement?.className).to.equal('toggle');
    expect($(el, '.results > li.open') === null, 'no card spans the row').to.equal(true);
  });
});
