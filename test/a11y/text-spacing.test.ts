/**
 * WCAG 1.4.12 Text spacing: with line height 1.5, paragraph spacing 2 em, letter spacing
 * 0.12 em and word spacing 0.16 em, no text is cut off or overlaps in cards, chips, buttons,
 * labels and tags. A reader's bookmarklet or user style cannot reach into a shadow root, so
 * the override is adopted into the element's shadow root itself, with !important as theirs are.
 */
import { expect } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, adoptIntoShadow, clippingProblems, demoInPage, reflowProblems } from './helpers.js';

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

async function problemsWithSpacing(el: NetworkDirectory): Promise<string[]> {
  const found = new Set<string>();
  const check = (state: string) => {
    for (const p of [...reflowProblems(el), ...clippingProblems(el)]) found.add(`${state}: ${p}`);
  };
  const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
  for (const i of [0, 1, 5, 10, 16]) boxes[i].click();
  await el.updateComplete;
  check('chips');
  for (const i of [0, 1, 5, 10, 16]) boxes[i].click();
  await el.updateComplete;
  for (const [i, toggle] of $$<HTMLButtonElement>(el, '.card .toggle').entries()) {
    toggle.click();
    await el.updateComplete;
    check(`details ${i}`);
  }
  return [...found];
}

describe('text spacing (1.4.12)', () => {
  it('the override takes effect inside the element', async () => {
    const { el } = await demoInPage();
    adoptIntoShadow(el, TEXT_SPACING);
    const chip = getComputedStyle($(el, '.toggle')!);
    expect(parseFloat(chip.letterSpacing)).to.be.closeTo(0.12 * parseFloat(chip.fontSize), 0.1);
    expect(parseFloat(chip.wordSpacing)).to.be.closeTo(0.16 * parseFloat(chip.fontSize), 0.1);
  });

  for (const [width, lang] of [
    ['', 'de'],
    ['', 'en'],
    ['320px', 'de'],
    ['320px', 'en'],
  ]) {
    it(`nothing cut off or overlapping, ${width || 'full width'}, ${lang}`, async () => {
      const { el } = await demoInPage({ width, lang });
      adoptIntoShadow(el, TEXT_SPACING);
      expect(await problemsWithSpacing(el)).to.deep.equal([]);
    });
  }

  it('compact layout at 320 px too', async () => {
    const { el } = await demoInPage({ width: '320px', attrs: { layout: 'compact' } });
    adoptIntoShadow(el, TEXT_SPACING);
    expect(await problemsWithSpacing(el)).to.deep.equal([]);
  });
});
