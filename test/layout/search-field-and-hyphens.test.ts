/**
 * No zoom on focus and hyphenation by language (issue #15): iOS Safari zooms into a
 * focused field whose text is under 16 px, so the search field keeps 16 px on any host;
 * `hyphens: auto` breaks words by the dictionary of each text's `lang`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, PHONE, demoAtWidth, demoFeedJson, resetPage } from './helpers.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';

/** `hyphens`, or WebKit's prefixed name for it where that is all it knows. */
const hyphens = (node: Element) => {
  const style = getComputedStyle(node) as CSSStyleDeclaration & { webkitHyphens?: string };
  return style.hyphens || style.webkitHyphens;
};
const searchSize = (el: NetworkDirectory) => parseFloat(getComputedStyle($(el, 'input[type="search"]')!).fontSize);

describe('the search field', () => {
  afterEach(resetPage);

  it('is 16 px when the embedder makes the widget’s text smaller', async () => {
    const feed = await demoFeedJson();
    const el = await fixture<NetworkDirectory>(
      html`<network-directory no-url-state style="--nd-font-size: 12px" .feed=${feed}></network-directory>`,
    );
    await el.updateComplete;
    expect(parseFloat(getComputedStyle($(el, '.directory')!).fontSize), 'the text is 12 px').to.equal(12);
    expect(searchSize(el)).to.equal(16);
  });

  it('is at least 16 px on a page with a small root size, and grows with larger text', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await demoAtWidth(PHONE);
      expect(searchSize(el)).to.be.at.least(16);
      el.style.setProperty('--nd-font-size', '20px');
      await el.updateComplete;
      expect(searchSize(el)).to.equal(20);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('hyphenation', () => {
  afterEach(resetPage);

  it('is automatic, and every feed text has a language to hyphenate by', async () => {
    const feed = await demoFeedJson();
    feed.networks[0].summary = { en: 'Only in English.' };
    const el = await demoAtWidth(PHONE, { feed });
    for (const selector of ['.card-title', '.card .summary p', '.feed-description p', '.facet legend']) {
      const node = $(el, selector)!;
      expect(`${selector}: ${hyphens(node)}`).to.equal(`${selector}: auto`);
      expect(`${selector}: ${node.closest('[lang]')?.getAttribute('lang')}`).to.match(/: (de|en)$/);
    }
    const english = $$(el, '.card .summary').find((s) => s.textContent!.includes('Only in English'))!;
    expect(english.closest('[lang]')!.getAttribute('lang'), 'a fallback text hyphenates by its own language').to.equal(
      'en',
    );
  });

  it('leaves addresses alone: e-mail, phone and web addresses are not hyphenated', async () => {
    const el = await demoAtWidth(PHONE);
    $<HTMLButtonElement>(el, '.card .toggle')!.click();
    await el.updateComplete;
    const links = $$(el, '.contact a');
    expect(links.length).to.be.above(0);
    expect(links.map(hyphens)).to.deep.equal(links.map(() => 'manual'));
  });
});
