/**
 * WCAG 2.5.8 Target size (minimum): every pointer target is at least 24 × 24 CSS px
 * (the element aims at 44 px for buttons). Links inside running text and lists of text
 * (details, footer) are exempt as inline targets; checkboxes count with their label,
 * which toggles them too.
 */
import { expect } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $$, bigFeed, demoInPage, mountInPage, visibleParts } from './helpers.js';

const MIN = 24;

function smallTargets(el: NetworkDirectory): string[] {
  const small: string[] = [];
  for (const target of visibleParts(el).filter((e) => e.matches('button, input'))) {
    let r = target.getBoundingClientRect();
    if (target.matches('input[type="checkbox"]')) {
      // the hit area: the box and its label, which also toggles it
      const label = (target as HTMLInputElement).labels![0].getBoundingClientRect();
      const [left, top] = [Math.min(r.left, label.left), Math.min(r.top, label.top)];
      r = new DOMRect(left, top, Math.max(r.right, label.right) - left, Math.max(r.bottom, label.bottom) - top);
      // the box alone is at least 24 px too
      const box = target.getBoundingClientRect();
      if (box.width < MIN - 0.5 || box.height < MIN - 0.5)
        small.push(`checkbox ${target.id}: ${box.width}×${box.height}`);
    }
    if (r.width < MIN - 0.5 || r.height < MIN - 0.5) {
      small.push(
        `${target.localName}.${target.className} "${target.textContent!.trim()}": ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
      );
    }
  }
  return small;
}

describe('target size (2.5.8)', () => {
  for (const width of ['', '320px']) {
    it(`buttons, chips, toggles, search and checkboxes are at least 24 × 24 px, ${width || 'full width'}`, async () => {
      const { el } = await demoInPage({ width });
      const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
      for (const i of [0, 1]) boxes[i].click(); // chips (one group: either term matches) and "clear all"
      await el.updateComplete;
      $$(el, '.card .toggle')[0].click();
      await el.updateComplete;
      expect(smallTargets(el)).to.deep.equal([]);
      expect($$(el, '.chip').length).to.equal(2);
    });
  }

  it("buttons reach 44 px high (2.5.5 AAA, the element's own aim)", async () => {
    const { el } = await mountInPage(bigFeed(60));
    // Buttons a layout does not show (the narrow layout's "Filter" in a wide one) have no size.
    const buttons = $$(el, 'button').filter((b) => b.getClientRects().length > 0);
    expect(buttons.some((b) => b.matches('.show-more'))).to.equal(true);
    for (const b of buttons) expect(b.getBoundingClientRect().height, b.textContent!).to.be.at.least(43.5);
  });

  it('the whole label toggles its checkbox', async () => {
    const { el } = await demoInPage();
    const box = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[1];
    box.labels![0].click();
    await el.updateComplete;
    expect(box.checked).to.equal(true);
  });
});
