/**
 * Inherited CSS properties pass into a shadow root: whatever a host page sets on an ancestor
 * of <network-directory> (a theme's `body`, an article wrapper, a right-to-left section)
 * would flow into every text inside. The element decides each one at its boundary:
 *  - the font family is the page's, on purpose (and `--nd-font` can set another);
 *  - visibility and pointer-events are the page's: a hidden or disabled panel hides or
 *    disables the directory in it too;
 *  - everything else is the directory's own: a host value must not change it (this file
 *    sets them on an ancestor; test/isolation/hostile-host-styles.test.ts sets them with
 *    !important on the element itself).
 * Direction: the German and English interface is left to right even inside a right-to-left
 * page (until the interface itself is translated into a right-to-left language).
 */
import { expect } from '@open-wc/testing';
import { $, mountInHost } from './helpers.js';

/** Inherited properties a host sets on an ancestor, with values far from the defaults. */
const HOST_VALUES: Record<string, string> = {
  color: 'rgb(255, 0, 0)',
  'font-size': '30px',
  'font-style': 'italic',
  'font-weight': '100',
  'font-variant-caps': 'small-caps',
  'font-variant-numeric': 'oldstyle-nums',
  'font-variant-ligatures': 'no-common-ligatures',
  'font-stretch': 'condensed',
  'font-feature-settings': '"smcp"',
  'font-kerning': 'none',
  'font-size-adjust': '0.3',
  'font-variation-settings': '"wght" 200',
  'line-height': '4',
  'letter-spacing': '3px',
  'word-spacing': '12px',
  'text-align': 'right',
  'text-align-last': 'center',
  'text-indent': '50px',
  'text-transform': 'uppercase',
  'text-shadow': 'rgb(0, 255, 0) 2px 2px 0px',
  'text-underline-position': 'under',
  'text-rendering': 'geometricprecision',
  'white-space': 'pre',
  'word-break': 'break-all',
  'overflow-wrap': 'normal',
  'line-break': 'anywhere',
  hyphens: 'auto',
  'tab-size': '20',
  direction: 'rtl',
  'writing-mode': 'vertical-rl',
  'text-orientation': 'upright',
  cursor: 'wait',
  'caret-color': 'rgb(255, 0, 0)',
  'accent-color': 'rgb(255, 0, 0)',
  'list-style-type': 'square',
  'list-style-position': 'inside',
  quotes: '"«" "»"',
  'border-collapse': 'collapse',
  'border-spacing': '20px',
  'empty-cells': 'hide',
  'caption-side': 'bottom',
  '-webkit-text-fill-color': 'rgb(255, 0, 255)',
  '-webkit-text-stroke-width': '2px',
  'paint-order': 'markers',
  'image-rendering': 'pixelated',
};

/** One element of each kind a reader sees. */
const INSIDE = [
  '.directory',
  '.title',
  '.card-title',
  '.card .summary',
  '.badge',
  '.card .toggle',
  'input[type="search"]',
  '.term label',
  '.details',
  '.footer a',
];

const styleOf = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([p, v]) => `${p}:${v}`)
    .join(';');

describe("inherited styles of the host page stop at the directory's boundary", () => {
  let reference: Map<string, CSSStyleDeclaration>;

  before(async () => {
    const { el } = await mountInHost('<div><network-directory></network-directory></div>');
    reference = new Map(INSIDE.map((s) => [s, structuredCloneStyle(getComputedStyle($(el, s)))]));
  });

  it('a wrapper that sets every inherited property changes none of them inside (except the font family)', async () => {
    const { wrapper, el } = await mountInHost(
      `<div id="theme" style='${styleOf(HOST_VALUES)}'><network-directory></network-directory></div>`,
    );
    const theme = getComputedStyle(wrapper.querySelector('#theme')!);
    // the host values are really there, on the page (those this engine knows)
    const known = Object.keys(HOST_VALUES).filter((p) => theme.getPropertyValue(p) !== '');
    expect(known.length, 'inherited properties this engine applies').to.be.above(30);
    const leaked: string[] = [];
    for (const selector of INSIDE) {
      const seen = getComputedStyle($(el, selector));
      const clean = reference.get(selector)!;
      for (const p of known) {
        if (seen.getPropertyValue(p) !== clean.getPropertyValue(p)) {
          leaked.push(`${selector} ${p}: ${clean.getPropertyValue(p)} → ${seen.getPropertyValue(p)}`);
        }
      }
    }
    expect(leaked).to.deep.equal([]);
  });

  for (const rtl of ['<div dir="rtl">', '<div style="direction:rtl">', '<section lang="ar" dir="rtl">']) {
    it(`inside ${rtl}, the German interface is not mirrored`, async () => {
      const { el } = await mountInHost(`${rtl}<network-directory></network-directory></div>`);
      expect(getComputedStyle($(el, '.directory')).direction).to.equal('ltr');
      expect(getComputedStyle($(el, 'input[type="search"]')).direction).to.equal('ltr');
      const box = el.getBoundingClientRect();
      const title = $(el, '.title').getBoundingClientRect();
      const languages = $(el, '.language-switch').getBoundingClientRect();
      expect(Math.round(title.left - box.left), 'the title starts on the left').to.be.below(20);
      expect(languages.left, 'the language switch after it, to the right').to.be.above(title.left);
      const label = $(el, '.search-field label').getBoundingClientRect();
      expect(Math.round(label.left - box.left), 'the search label on the left').to.be.below(40);
    });
  }

  it('inside a panel hidden with visibility: hidden (an off-canvas menu, a closed tab), the directory is hidden too', async () => {
    const { el } = await mountInHost('<div style="visibility:hidden"><network-directory></network-directory></div>');
    for (const selector of ['.directory', '.card .toggle', 'input[type="search"]', '.footer a']) {
      expect(getComputedStyle($(el, selector)).visibility, selector).to.equal('hidden');
    }
  });

  it('inside a panel that takes no pointer events, neither does the directory', async () => {
    const { el } = await mountInHost('<div style="pointer-events:none"><network-directory></network-directory></div>');
    expect(getComputedStyle($(el, '.card .toggle')).pointerEvents).to.equal('none');
  });

  it("the page's font family is inherited, on purpose", async () => {
    const { el } = await mountInHost(
      '<div style="font-family: Georgia, serif"><network-directory></network-directory></div>',
    );
    for (const selector of ['.directory', '.card-title', 'input[type="search"]', '.card .toggle']) {
      expect(getComputedStyle($(el, selector)).fontFamily, selector).to.contain('Georgia');
    }
  });
});

/** A copy of a live computed style (it would follow the element otherwise). */
function structuredCloneStyle(style: CSSStyleDeclaration): CSSStyleDeclaration {
  const copy: Record<string, string> = {};
  for (const p of Object.keys(HOST_VALUES)) copy[p] = style.getPropertyValue(p);
  return { getPropertyValue: (p: string) => copy[p] ?? '' } as CSSStyleDeclaration;
}
