/**
 * WCAG 1.4.1 Use of colour and 1.4.11 in Windows High Contrast / forced-colors mode.
 * Forced colours can only be emulated in Chromium (test/a11y/forced-colors-command.mjs; Firefox
 * and WebKit cannot emulate the mode here): there the real mode is checked. In every engine, the forced-colors
 * rules are applied by hand (test/a11y/helpers.ts rulesUnderMedia) and the non-colour cues
 * of every chosen state are checked without any colour.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { commandSupport } from '../config/engine.js';
import { backgroundBehind, contrastRatio, over, parseColor } from './contrast.js';
import { $, $$, adoptIntoShadow, controlName, demoInPage, focused, rulesUnderMedia } from './helpers.js';

const pressed = (el: NetworkDirectory) => $(el, '.language-switch button[aria-pressed="true"]')!;
const unpressed = (el: NetworkDirectory) => $(el, '.language-switch button[aria-pressed="false"]')!;

describe('nothing by colour alone (1.4.1), every engine', () => {
  it('the chosen language: aria-pressed, bold text and a filled box, not only a colour', async () => {
    const { el } = await demoInPage();
    const [on, off] = [getComputedStyle(pressed(el)), getComputedStyle(unpressed(el))];
    expect(pressed(el).lang).to.equal('de');
    expect(parseInt(on.fontWeight, 10)).to.be.at.least(700);
    expect(parseInt(off.fontWeight, 10)).to.be.at.most(400);
  });

  it('a chosen filter: a checked box and a chip in words; counts are numbers in words', async () => {
    const { el } = await demoInPage();
    const box = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0];
    box.click();
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect($(el, '.chip')!.textContent).to.contain(box.labels![0].textContent!.replace(/\(\d+\)/, '').trim());
    expect($(el, 'p.count')!.textContent).to.match(/\d+ von 6 Netzwerken/);
    for (const label of $$(el, '.term label')) expect(label.textContent).to.match(/\(\d+\)/);
  });

  it('links in details are underlined, not only coloured', async () => {
    const { el } = await demoInPage();
    $(el, '.card .toggle')!.click();
    await el.updateComplete;
    for (const a of $$(el, '.details a')) expect(getComputedStyle(a).textDecorationLine).to.contain('underline');
  });

  it('the forced-colors rules, applied by hand: the chosen language is Highlight, borders CanvasText', async () => {
    const { el } = await demoInPage();
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
    await el.updateComplete;
    const rules = rulesUnderMedia(el, /forced-colors/);
    expect(rules).to.match(/highlight/i);
    adoptIntoShadow(el, rules);
    const probe = document.createElement('div');
    probe.style.cssText = 'color: Highlight; background: Canvas; border-color: CanvasText';
    document.body.append(probe);
    const system = getComputedStyle(probe);
    expect(getComputedStyle(pressed(el)).backgroundColor).to.equal(system.color);
    for (const part of [$(el, '.chip')!, $(el, '.card')!]) {
      expect(getComputedStyle(part).borderTopColor).to.equal(system.borderTopColor);
    }
    probe.remove();
  });
});

/**
 * Turns forced colours on or off with the command of test/a11y/forced-colors-command.mjs
 * (emulateMedia of @web/test-runner-commands passes no forced-colors feature to puppeteer).
 * Only call it where `commandSupport.forcedColors` says the engine can: anywhere else, and
 * whenever the command fails or the mode does not follow, it throws, so that a broken
 * set-up fails the tests instead of skipping them.
 */
async function forceColors(active: boolean): Promise<void> {
  await executeServerCommand('nd-forced-colors', { active });
  const now = matchMedia('(forced-colors: active)').matches;
  if (now !== active)
    throw new Error(`forced-colors is ${now ? 'active' : 'none'} after asking for ${active ? 'active' : 'none'}`);
}

describe('forced-colors: active (Chromium only, test/a11y/forced-colors-command.mjs)', () => {
  before(async function () {
    if (!commandSupport.forcedColors) this.skip(); // the engine cannot emulate the mode (test/config/engine.ts)
    await forceColors(true);
  });
  after(async () => {
    if (commandSupport.forcedColors) await forceColors(false);
  });

  it('the mode is on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('every button, the search field and each card keep a visible border', async () => {
    const { el } = await demoInPage();
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
    await el.updateComplete;
    const missing: string[] = [];
    for (const c of $$(el, 'button, input[type="search"], .card, .chip, .badge').filter(
      (c) => c.getClientRects().length,
    )) {
      const s = getComputedStyle(c);
      const outside = backgroundBehind(c, false);
      const fill = over(parseColor(s.backgroundColor), outside);
      const visible =
        (s.borderTopStyle !== 'none' &&
          parseFloat(s.borderTopWidth) >= 1 &&
          contrastRatio(parseColor(s.borderTopColor), outside) >= 3) ||
        contrastRatio(fill, outside) >= 3;
      if (!visible) missing.push(`${controlName(c)} ${s.borderTopStyle} ${s.borderTopColor} on ${outside}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('the chosen language stands out from the other (not by a colour the mode would erase)', async () => {
    const { el } = await demoInPage();
    const [on, off] = [getComputedStyle(pressed(el)), getComputedStyle(unpressed(el))];
    expect(on.backgroundColor).to.not.equal(off.backgroundColor);
    expect(contrastRatio(parseColor(on.color), parseColor(on.backgroundColor))).to.be.at.least(4.5);
    expect(parseInt(on.fontWeight, 10)).to.be.at.least(700);
  });

  it('focus stays visible: a solid outline of at least 3:1', async () => {
    const { el, before } = await demoInPage();
    before.focus();
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const c = focused(el)!;
      const s = getComputedStyle(c);
      expect(s.outlineStyle, controlName(c)).to.not.equal('none');
      expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
      expect(contrastRatio(parseColor(s.outlineColor), backgroundBehind(c, false))).to.be.at.least(3);
    }
  });
});
