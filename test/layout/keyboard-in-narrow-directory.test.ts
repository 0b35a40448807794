/**
 * Keyboard in the narrow layout (issue #15; WCAG 2.1.1, 2.4.3): real Tab presses visit
 * every shown control once, in the order they are seen (top to bottom), the folded
 * facet groups are skipped, and focus then leaves the element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, controlName, demoInPage, focused, tabbables } from '../a11y/helpers.js';

async function tabThrough(el: NetworkDirectory, max = 80): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const c = focused(el);
    if (!c) break;
    stops.push(c);
    if (!el.shadowRoot!.contains(c)) break;
  }
  return stops;
}

const kinds = (names: string[]) => names.map((s) => s.split(':')[0]).filter((k, i, all) => k !== all[i - 1]);

describe('keyboard in a narrow directory (390 px)', () => {
  it('folded: language, "Mehr lesen", search, "Filter", chips, cards — top to bottom, then out', async function () {
    this.timeout(50_000);
    const { el, before } = await demoInPage({ width: '390px' });
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click(); // a chip, while the groups are folded
    await el.updateComplete;
    before.focus();
    const stops = await tabThrough(el);
    const names = stops.map(controlName);
    expect(names).to.deep.equal([...tabbables(el).map(controlName), 'page:after']);
    expect(kinds(names)).to.deep.equal([
      'language',
      'button.description-toggle',
      'search',
      'button.filters-toggle',
      'chip',
      'clear-all',
      'toggle',
      'footer-link',
      'page',
    ]);
    const tops = stops.slice(0, -1).map((c) => Math.round(c.getBoundingClientRect().top));
    expect(
      tops.filter((top, i) => i > 0 && top < tops[i - 1]),
      'a stop above the one before',
    ).to.deep.equal([]);
  });

  it('unfolded: the groups come right after "Filter (1)"', async function () {
    this.timeout(50_000);
    const { el } = await demoInPage({ width: '390px' });
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await el.updateComplete;
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-expanded')]).to.deep.equal(['Filter (1)', 'true']);
    await sendKeys({ press: 'Tab' });
    expect(controlName(focused(el))).to.equal(controlName($$(el, 'fieldset input')[0]));
  });
});
