/**
 * WCAG 2.1.1 Keyboard, 2.1.2 No keyboard trap, 2.4.3 Focus order, 2.4.7 Focus visible
 * (and the 3:1 of 2.4.11/1.4.11 for the indicator): real Tab/Space/Enter/Escape key presses
 * through @web/test-runner-commands' sendKeys, in Chromium, Firefox and WebKit.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PAGE_SIZE, type NetworkDirectory } from '../../src/components/network-directory.js';
import { isWebKit } from '../config/engine.js';
import { backgroundBehind, contrastRatio, parseColor } from './contrast.js';
import { $, $$, bigFeed, controlName, demoInPage, focused, mountInPage, tabbables } from './helpers.js';

/** Presses Tab until focus leaves the directory (or `max` presses); the names of the stops. */
async function tabThrough(el: NetworkDirectory, max = 120, onStop?: (c: Element) => void): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const c = focused(el);
    stops.push(controlName(c));
    if (c && !(el.shadowRoot ?? el).contains(c)) break;
    if (c) onStop?.(c);
  }
  return stops;
}

/** Collapses runs of the same kind: ['checkbox:a', 'checkbox:b', 'chip:x'] → ['checkbox', 'chip']. */
const kinds = (stops: string[]) => stops.map((s) => s.split(':')[0]).filter((k, i, all) => k !== all[i - 1]);

describe('keyboard: Tab order (2.1.1, 2.4.3) and no trap (2.1.2)', () => {
  it('visits every control once, in reading order, and then leaves the element', async function () {
    this.timeout(50_000); // a key press is a round trip to the driver: ~0.3 s in WebKit
    const { el, before } = await demoInPage();
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click(); // a chip and "clear all"
    await el.updateComplete;
    $(el, '.card .toggle')!.click(); // links in open details
    await el.updateComplete;
    before.focus();
    const expected = [...tabbables(el).map(controlName), 'page:after'];
    const stops = await tabThrough(el);
    expect(stops).to.deep.equal(expected);
    expect(kinds(stops)).to.deep.equal([
      'language',
      'search',
      'checkbox',
      'chip',
      'clear-all',
      'toggle',
      'details-link',
      'toggle',
      'footer-link',
      'page',
    ]);
  });

  it('reaches "show more" after the last card of a long list, and leaves after it', async function () {
    this.timeout(50_000); // no test waits longer: web-test-runner.config.mjs
    const { el, before } = await mountInPage(bigFeed(120));
    before.focus();
    const stops = await tabThrough(el, 200);
    expect(kinds(stops)).to.deep.equal(['language', 'search', 'checkbox', 'toggle', 'show-more', 'page']);
    expect(stops.filter((s) => s.startsWith('toggle:'))).to.have.length(PAGE_SIZE);
  });

  // WebKit's webdriver sendKeys has no { down } / { up }: Shift cannot be held there.
  it('Shift+Tab walks back out of the element too (not in WebKit: no held keys)', async function () {
    if (isWebKit()) this.skip();
    this.timeout(50_000);
    const { el, after } = await demoInPage();
    after.focus();
    const stops: string[] = [];
    for (let i = 0; i < 60; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      const c = focused(el);
      stops.push(controlName(c));
      if (c && !(el.shadowRoot ?? el).contains(c)) break;
    }
    expect(stops.at(-1)).to.equal('page:before');
    expect(stops.at(-2)).to.equal('language:de');
  });
});

describe('keyboard: operating every control (2.1.1)', () => {
  it('Space checks a filter, Enter removes its chip, Enter on "clear all" clears', async () => {
    const { el } = await demoInPage();
    const box = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0];
    box.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect($$(el, '.chip')).to.have.length(1);
    $(el, '.chip')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.chip')).to.have.length(0);
    expect($$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].checked).to.equal(false);

    $(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'akim' });
    await el.updateComplete;
    expect($$(el, '.card')).to.have.length(1);
    $(el, '.clear-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.card')).to.have.length(6);
  });

  it('Enter and Space open and close details; Escape closes them from inside', async () => {
    const { el } = await demoInPage();
    const toggle = $<HTMLButtonElement>(el, '.card .toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' }); // into the details: the first link
    expect(controlName(focused(el))).to.match(/^details-link:/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(controlName(focused(el))).to.equal(controlName(toggle));
  });

  it('Enter on the language switch changes the language and keeps focus on the switch', async () => {
    const { el } = await demoInPage();
    const english = $<HTMLButtonElement>(el, '.language-switch button[lang="en"]')!;
    english.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentLocale).to.equal('en');
    expect(english.getAttribute('aria-pressed')).to.equal('true');
    expect(controlName(focused(el))).to.equal(controlName(english));
  });
});

describe('keyboard: visible focus indicator, 3:1 against its background (2.4.7)', () => {
  for (const appearance of ['light', 'dark']) {
    it(`every stop shows a 3 px outline of at least 3:1, ${appearance}`, async function () {
      this.timeout(50_000);
      const { el, before } = await demoInPage({ appearance });
      $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
      await el.updateComplete;
      $(el, '.card .toggle')!.click();
      await el.updateComplete;
      before.focus();
      const weak: string[] = [];
      let checked = 0;
      await tabThrough(el, 120, (c) => {
        const s = getComputedStyle(c);
        checked++;
        if (!c.matches(':focus-visible')) weak.push(`${controlName(c)}: not :focus-visible`);
        if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) {
          weak.push(`${controlName(c)}: outline ${s.outlineStyle} ${s.outlineWidth}`);
          return;
        }
        // The outline sits outside the control (outline-offset 2px): on its parent's background.
        const ratio = contrastRatio(parseColor(s.outlineColor), backgroundBehind(c, false));
        if (ratio < 3) weak.push(`${controlName(c)}: ${ratio.toFixed(2)}:1`);
      });
      expect(checked).to.be.greaterThan(20);
      expect(weak).to.deep.equal([]);
    });
  }
});
