/**
 * Printing: the active search and filters in words, every matching entry with its details,
 * no controls. Chromium prints for real (emulateMedia({ media: 'print' })); Firefox and
 * WebKit cannot emulate print here, so in every engine the component's @media print rules
 * are also applied by hand (rulesUnderMedia) and the same is checked on screen.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { PAGE_SIZE, type NetworkDirectory } from '../../src/components/network-directory.js';
import { commandSupport } from '../config/engine.js';
import { $, $$, adoptIntoShadow, bigFeed, demoInPage, mountInPage, rulesUnderMedia, typeQuery } from './helpers.js';

/**
 * What the browser does before it prints (Ctrl+P, window.print()): emulateMedia alone
 * does not fire the event, and the widget renders the rest of the list and every
 * card's details on it.
 */
async function beforePrint(el: NetworkDirectory) {
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
}

const shown = (e: Element | null) => !!e && e.getClientRects().length > 0;
const CONTROLS = '.language-switch, .filters, button, input';

async function filtered(lang = 'de') {
  const { el } = await demoInPage({ lang });
  for (const [facet, term] of [
    ['scope', 'local'],
    ['topic', 'integration'],
  ]) {
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')
      .find((b) => b.id.endsWith(`-${facet}-${term}`))!
      .click();
    await el.updateComplete;
  }
  await typeQuery(el, 'nürnberg');
  return el;
}

function checkPrinted(el: NetworkDirectory, summary: string) {
  expect(
    $$(el, CONTROLS)
      .filter(shown)
      .map((c) => c.localName + '.' + c.className),
  ).to.deep.equal([]);
  expect(shown($(el, '.print-summary'))).to.equal(true);
  expect($(el, '.print-summary')!.textContent!.trim()).to.equal(summary);
  expect(shown($(el, 'p.count'))).to.equal(true);
  const cards = $$(el, '.card');
  expect(cards.length).to.be.greaterThan(0);
  for (const card of cards) {
    // On screen, cards out of view skip rendering; on paper every one is rendered.
    expect(getComputedStyle(card).getPropertyValue('content-visibility') || 'visible', card.dataset.id).to.equal(
      'visible',
    );
    expect(shown(card.querySelector('.details')), card.dataset.id).to.equal(true);
    // On screen a closed card's details are not rendered at all; for print they are.
    expect(shown(card.querySelector('.details .facts')), `${card.dataset.id}: facts`).to.equal(true);
  }
}

const SUMMARY_DE = 'Suche: "nürnberg"; Reichweite: Lokal; Thema: Integration';
const SUMMARY_EN = 'Search: "nürnberg"; Reach: Local; Topic: Integration';

describe('print', () => {
  it('on screen the summary is hidden from everyone (the chips say it there)', async () => {
    const el = await filtered();
    const summary = $(el, '.print-summary')!;
    expect(summary.hasAttribute('hidden')).to.equal(true);
    expect(shown(summary)).to.equal(false);
    expect(summary.textContent!.trim()).to.equal(SUMMARY_DE);
  });

  it('no summary line when nothing is searched or chosen', async () => {
    const { el } = await demoInPage();
    expect(Boolean($(el, '.print-summary')), '.print-summary is present').to.equal(false);
  });

  for (const [lang, summary] of [
    ['de', SUMMARY_DE],
    ['en', SUMMARY_EN],
  ]) {
    it(`the print rules, applied by hand (every engine), ${lang}: words instead of controls, all details`, async () => {
      const el = await filtered(lang);
      const rules = rulesUnderMedia(el, /^print$/);
      expect(rules).to.contain('print-summary');
      await beforePrint(el);
      adoptIntoShadow(el, rules);
      checkPrinted(el, summary);
    });
  }

  it('printing for real (Chromium only: emulateMedia)', async function () {
    if (!commandSupport.emulateMedia) this.skip();
    const el = await filtered();
    await beforePrint(el);
    await emulateMedia({ media: 'print' });
    try {
      expect(matchMedia('print').matches).to.equal(true);
      checkPrinted(el, SUMMARY_DE);
      // black on white, whatever the appearance
      el.setAttribute('appearance', 'dark');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('every matching entry is printed, not only the first page of a long list', async () => {
    const { el } = await mountInPage(bigFeed(120));
    expect($$(el, '.card')).to.have.length(PAGE_SIZE);
    expect($$(el, '.details .facts')).to.have.length(0);
    await beforePrint(el);
    expect($$(el, '.card')).to.have.length(120);
    expect($$(el, '.details .facts')).to.have.length(120);
    expect(Boolean($(el, '.show-more')), '.show-more is present').to.equal(false);
  });

  it('after printing, the next search shows a first page again, without the hidden details', async () => {
    const { el } = await mountInPage(bigFeed(120));
    await beforePrint(el);
    expect($$(el, '.details .facts')).to.have.length(120);
    await typeQuery(el, 'n');
    expect($$(el, '.card')).to.have.length(PAGE_SIZE);
    expect($$(el, '.details .facts')).to.have.length(0);
    expect($(el, '.show-more')).to.exist;
  });

  it('a removed directory no longer listens for printing', async () => {
    const { el } = await mountInPage(bigFeed(120));
    el.remove();
    await beforePrint(el);
    expect($$(el, '.card')).to.have.length(PAGE_SIZE);
  });
});
