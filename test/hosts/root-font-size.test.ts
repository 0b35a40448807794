/**
 * A host theme that shrinks the root font size (`html { font-size: 62.5% }`, common in older
 * themes so that 1rem = 10px) must not shrink the directory: its text, search field and
 * 44 px controls are sized from the reader's own default text size (`font-size: medium`,
 * 16 px unless the reader changed it in the browser), not from the page's root.
 * WCAG 1.4.4 Resize text; 2.5.5 Target size (44 × 44 CSS px for buttons, the element's aim).
 */
import { expect } from '@open-wc/testing';
import { $, $$, mountInHost, px, readersDefaultFontSize } from './helpers.js';

const ROOT_SIZES = ['62.5%', '10px', '50%', '150%'];

/** The sizes a reader sees: text, headings, search field, buttons, spacing and corners. */
async function measure() {
  const { el } = await mountInHost('<network-directory></network-directory>');
  const buttons = [...$$(el, '.language-switch button'), ...$$(el, '.card .toggle')];
  expect(buttons.length, 'language buttons and card toggles').to.be.above(3);
  const search = $(el, 'input[type="search"]');
  const card = $(el, '.card');
  return {
    text: px($(el, '.directory'), 'font-size'),
    summary: px($(el, '.card .summary'), 'font-size'),
    title: px($(el, '.title'), 'font-size'),
    search: px(search, 'font-size'),
    searchHeight: search.getBoundingClientRect().height,
    smallestButton: Math.min(
      ...buttons.map((b) => Math.min(b.getBoundingClientRect().height, b.getBoundingClientRect().width)),
    ),
    cardPadding: px(card, 'padding-left'),
    cardRadius: px(card, 'border-top-left-radius'),
    gap: px($(el, '.directory'), 'row-gap'),
  };
}

describe('a host page with its own root font size (html { font-size: … })', () => {
  const root = document.documentElement;
  let reference: Awaited<ReturnType<typeof measure>>;
  const medium = readersDefaultFontSize();

  before(async () => {
    root.style.removeProperty('font-size');
    reference = await measure();
  });
  afterEach(() => root.style.removeProperty('font-size'));

  it("on a page that leaves the root alone, text is the reader's default size and controls 44 px", () => {
    expect(medium, 'the browser default').to.be.at.least(16);
    expect(reference.text).to.equal(medium);
    expect(reference.search).to.be.at.least(16);
    expect(reference.smallestButton).to.be.at.least(44);
    expect(reference.searchHeight).to.be.at.least(44);
  });

  for (const size of ROOT_SIZES) {
    it(`with html { font-size: ${size} } text, search field, buttons, spacing and corners keep their size`, async () => {
      root.style.fontSize = size;
      expect(getComputedStyle(root).fontSize, 'the host rule is there').not.to.equal(`${medium}px`);
      const seen = await measure();
      expect(seen.text, 'body text px').to.equal(medium);
      expect(seen.summary, 'card summary px').to.equal(medium);
      expect(seen.search, 'search field text px (≥ 16 px also keeps iOS from zooming in)').to.be.at.least(16);
      expect(seen.smallestButton, 'smallest button side px').to.be.at.least(44);
      expect(seen.searchHeight, 'search field height px').to.be.at.least(44);
      // everything else as on the page that leaves its root alone
      expect(seen).to.deep.equal(reference);
    });
  }

  it("the documented defaults of --nd-space and --nd-radius follow the directory's text, not the root", async () => {
    root.style.fontSize = '62.5%';
    const seen = await measure();
    expect(seen.cardPadding, '--nd-space: 1em').to.equal(medium);
    expect(seen.gap, '--nd-space: 1em').to.equal(medium);
    expect(seen.cardRadius, '--nd-radius: 0.375em').to.equal(medium * 0.375);
  });

  it("a page can still choose the directory's text size on purpose, with --nd-font-size", async () => {
    const { el } = await mountInHost('<network-directory style="--nd-font-size: 20px"></network-directory>');
    expect(px($(el, '.directory'), 'font-size')).to.equal(20);
    expect(px($(el, '.card .summary'), 'font-size')).to.equal(20);
    expect(px($(el, '.card'), 'padding-left'), 'spacing grows with it').to.equal(20);
  });
});
