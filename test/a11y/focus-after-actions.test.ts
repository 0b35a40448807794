/**
 * WCAG 2.4.3 Focus order, 3.2.1 On focus, 3.2.2 On input: focus never jumps on its own,
 * and where a control disappears it lands somewhere meaningful. Keys through sendKeys.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PAGE_SIZE } from '../../src/components/network-directory.js';
import { $, $$, bigFeed, controlName, demoInPage, focused, mountInPage } from './helpers.js';

describe('focus after actions', () => {
  it('typing and the debounced count never move focus away from the search field', async () => {
    const { el } = await demoInPage();
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'integ' });
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal(controlName(search));
    await new Promise((r) => setTimeout(r, 900)); // past the announcement's pause
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal(controlName(search));
    expect(search.value).to.equal('integ');
    expect($$(el, '.card').length).to.be.lessThan(6);
  });

  it('checking a filter with Space keeps focus on that checkbox, though counts and cards change', async () => {
    const { el } = await demoInPage();
    const box = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[2];
    box.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(controlName(focused(el))).to.equal(controlName(box));
  });

  it('removing a chip moves focus to the next chip, then the previous one, then the search field', async () => {
    const { el } = await demoInPage();
    const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
    for (const i of [0, 1, 2]) boxes[i].click();
    await el.updateComplete;
    let chips = $$(el, '.chip');
    expect(chips).to.have.length(3);
    const [, second, third] = chips.map((c) => c.dataset.term);

    chips[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal(`chip:${second}`); // the chip that took its place

    $$(el, '.chip')[1].focus(); // the last chip
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal(`chip:${second}`); // none after it: the one before
    expect(third).to.not.equal(second);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    chips = $$(el, '.chip');
    expect(chips).to.have.length(0);
    expect(controlName(focused(el))).to.equal('search');
  });

  it('"clear all" leaves focus on the search field', async () => {
    const { el } = await demoInPage();
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
    await el.updateComplete;
    $(el, '.clear-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal('search');
    expect(Boolean($(el, '.clear-all')), '.clear-all is present').to.equal(false);
  });

  it('"clear all" in the no-matches message also leaves focus on the search field', async () => {
    const { el } = await demoInPage();
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    // no repeated letters: WebKit's driver types "zzzz" as one "z"
    await sendKeys({ type: 'qxjvw' });
    // WebKit's driver may return before the last key's input event has run
    await waitUntil(() => $(el, '.no-matches button'), 'no "no matches" message');
    $(el, '.no-matches button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal('search');
    expect($$(el, '.card')).to.have.length(6);
  });

  it('closing details with their button keeps focus on that button', async () => {
    const { el } = await demoInPage();
    const toggle = $$<HTMLButtonElement>(el, '.card .toggle')[1];
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(controlName(focused(el))).to.equal(controlName(toggle));
  });

  it("Escape on a link in open details closes them and returns focus to the card's toggle", async () => {
    const { el } = await demoInPage();
    const toggle = $$<HTMLButtonElement>(el, '.card .toggle')[2];
    toggle.click();
    await el.updateComplete;
    const link = toggle.closest('.card')!.querySelector<HTMLAnchorElement>('.details a')!;
    link.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.closest('.card')!.querySelector('.details')!.hasAttribute('hidden')).to.equal(true);
    expect(controlName(focused(el))).to.equal(controlName(toggle));
  });

  it('Escape with no open details does nothing to focus', async () => {
    const { el } = await demoInPage();
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(controlName(focused(el))).to.equal(controlName(search));
  });

  it('"show more" moves focus to the first newly shown card\'s toggle (feed of 120)', async () => {
    const { el } = await mountInPage(bigFeed(120));
    expect($$(el, '.card')).to.have.length(PAGE_SIZE);
    for (let page = 1; page * PAGE_SIZE < 120; page++) {
      $(el, '.show-more')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '.card')).to.have.length(Math.min(120, (page + 1) * PAGE_SIZE));
      expect(controlName(focused(el))).to.equal(`toggle:n${page * PAGE_SIZE}`);
    }
    expect(Boolean($(el, '.show-more')), '.show-more is present').to.equal(false);
  });
});
