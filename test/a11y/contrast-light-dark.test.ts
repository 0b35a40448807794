/**
 * WCAG 1.4.3 Contrast (minimum) and 1.4.11 Non-text contrast, computed from the rendered
 * styles (getComputedStyle → relative luminance → ratio, test/a11y/contrast.ts) in the
 * default theme, light and dark: text 4.5:1 (3:1 when large), control boundaries 3:1.
 * The focus indicator's 3:1 is checked at every Tab stop in keyboard-order.test.ts.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { commandSupport } from '../config/engine.js';
import {
  backgroundBehind,
  contrastRatio,
  describeEl,
  isLargeText,
  over,
  parseColor,
  textContrast,
  textElements,
} from './contrast.js';
import { $, $$, demoInPage, directoryWith, failedDirectory, minimalFeed, typeQuery } from './helpers.js';

function lowTextContrast(el: NetworkDirectory): string[] {
  const low: string[] = [];
  for (const t of textElements(el.shadowRoot!)) {
    const ratio = textContrast(t);
    const needed = isLargeText(t) ? 3 : 4.5;
    if (ratio < needed) low.push(`${describeEl(t)}: ${ratio.toFixed(2)}:1 < ${needed}:1`);
  }
  return low;
}

/** A control's boundary: its border, or its own fill, against what surrounds it. */
function weakBoundaries(el: NetworkDirectory): string[] {
  const weak: string[] = [];
  for (const c of $$(el, 'button, input[type="search"]').filter((c) => c.getClientRects().length)) {
    const s = getComputedStyle(c);
    const outside = backgroundBehind(c, false);
    const fill = over(parseColor(s.backgroundColor), outside);
    const border =
      parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none' ? over(parseColor(s.borderTopColor), fill) : fill;
    const ratio = Math.max(contrastRatio(border, outside), contrastRatio(fill, outside));
    if (ratio < 3) weak.push(`${describeEl(c)}: ${ratio.toFixed(2)}:1`);
  }
  // a checked box is filled with the accent colour (accent-color)
  for (const box of $$<HTMLInputElement>(el, 'input[type="checkbox"]')) {
    const accent = getComputedStyle(box).accentColor;
    if (accent === 'auto') {
      weak.push(`checkbox ${box.id}: accent-color auto`);
      continue;
    }
    const ratio = contrastRatio(parseColor(accent), backgroundBehind(box, false));
    if (ratio < 3) weak.push(`checkbox ${box.id}: accent ${ratio.toFixed(2)}:1`);
  }
  return weak;
}

async function everyState(appearance: string, check: (el: NetworkDirectory, state: string) => void) {
  const { el } = await demoInPage({ appearance });
  check(el, 'loaded');
  $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
  $$<HTMLButtonElement>(el, '.card .toggle')
    .find((t) => t.closest<HTMLElement>('.card')!.dataset.id === 'allianz-gegen-rechtsextremismus')!
    .click();
  await el.updateComplete;
  check(el, 'chips, open details with a note');
  $<HTMLButtonElement>(el, '.language-switch button[lang="en"]')!.click();
  await el.updateComplete;
  check(el, 'English');
  await typeQuery(el, 'qqqqqq');
  check(el, 'no matches');

  const untranslated = await directoryWith(
    minimalFeed([{ id: 'a', name: { tr: 'Ağ' }, summary: 'Nur deutsch' }]),
    'en',
  );
  untranslated.setAttribute('appearance', appearance);
  await untranslated.updateComplete;
  check(untranslated, 'untranslated hints');

  const { el: failed } = await failedDirectory('de', { appearance });
  check(failed, 'error');
}

describe('contrast, computed from rendered styles (1.4.3, 1.4.11)', () => {
  for (const appearance of ['light', 'dark']) {
    it(`text is at least 4.5:1 (large 3:1) in every state, ${appearance}`, async () => {
      const low: string[] = [];
      let checked = 0;
      await everyState(appearance, (el, state) => {
        checked += textElements(el.shadowRoot!).length;
        low.push(...lowTextContrast(el).map((l) => `${state}: ${l}`));
      });
      expect(checked).to.be.greaterThan(100);
      expect(low).to.deep.equal([]);
    });

    it(`control boundaries are at least 3:1, ${appearance}`, async () => {
      const weak: string[] = [];
      await everyState(appearance, (el, state) => weak.push(...weakBoundaries(el).map((w) => `${state}: ${w}`)));
      expect(weak).to.deep.equal([]);
    });
  }

  it('light and dark really differ (the colours resolve per appearance)', async () => {
    const { el: light } = await demoInPage({ appearance: 'light' });
    const { el: dark } = await demoInPage({ appearance: 'dark' });
    const bg = (el: NetworkDirectory) => parseColor(getComputedStyle($(el, '.directory')!).backgroundColor);
    expect(contrastRatio(bg(light), bg(dark))).to.be.greaterThan(10);
  });

  it('appearance="auto" follows a dark system setting (Chromium: emulateMedia only there)', async function () {
    if (!commandSupport.emulateMedia) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { el } = await demoInPage({ appearance: 'auto' });
      const bg = parseColor(getComputedStyle($(el, '.directory')!).backgroundColor);
      expect(bg.slice(0, 3)).to.deep.equal([13, 17, 23]); // #0d1117
      expect(lowTextContrast(el)).to.deep.equal([]);
      expect(weakBoundaries(el)).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
