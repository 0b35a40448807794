/**
 * Host layouts that size their children to content (flex rows, floats, inline blocks, table
 * cells, grid `auto` columns, absolutely positioned boxes, `width: fit-content` parents,
 * `justify-items: start`, centred flex columns): the directory fills the free width there as
 * a block would, its content stays inside it, and it does not squeeze the page's own boxes.
 * Each layout is as wide as the test page allows, up to 1000 px (W); a sidebar, where there is
 * one, is 200 px. (The directory asks for at most the viewport's width in such boxes: a
 * layout wider than the viewport and sized to content is the one case it does not fill.)
 */
import { expect } from '@open-wc/testing';
import { mountInHost, overflowing } from './helpers.js';

const ASIDE = '<aside style="width:200px;flex:none">Seitenleiste</aside>';
const ND = '<network-directory></network-directory>';

/** The layouts' width: the test page's, up to 1000 px. */
const W = Math.min(1000, document.documentElement.clientWidth - 20);

/** name → [host markup, the free width the directory should take (px)] */
const LAYOUTS: Record<string, [string, number]> = {
  'a flex row beside a 200 px sidebar': [`<div style="display:flex">${ASIDE}${ND}</div>`, W - 200],
  'a flex row with a gap': [`<div style="display:flex;gap:20px">${ASIDE}${ND}</div>`, W - 220],
  'a wrapping flex row': [`<div style="display:flex;flex-wrap:wrap">${ASIDE}${ND}</div>`, W - 200],
  'a flex column with align-items: center': [
    `<div style="display:flex;flex-direction:column;align-items:center">${ND}</div>`,
    W,
  ],
  'a float': [`<div style="float:left">${ND}</div><div style="clear:both"></div>`, W],
  'an inline block': [`<div style="display:inline-block">${ND}</div>`, W],
  'a table cell beside a 200 px cell': [
    `<table style="width:100%;border-collapse:collapse"><tr><td style="width:200px;padding:0">Seitenleiste</td><td style="padding:0">${ND}</td></tr></table>`,
    W - 200,
  ],
  'a table of automatic width': [
    `<table style="border-collapse:collapse"><tr><td style="width:200px;padding:0">Seitenleiste</td><td style="padding:0">${ND}</td></tr></table>`,
    W - 200,
  ],
  'a grid auto column beside a 200 px column': [
    `<div style="display:grid;grid-template-columns:200px auto">${ASIDE}${ND}</div>`,
    W - 200,
  ],
  'a grid with justify-items: start': [`<div style="display:grid;justify-items:start">${ND}</div>`, W],
  'an absolutely positioned box': [
    `<div style="position:relative;height:50px"><div style="position:absolute;left:0;top:0">${ND}</div></div>`,
    W,
  ],
  'a width: fit-content parent': [`<div style="width:fit-content">${ND}</div>`, W],
  'a plain block (for reference)': [`<div>${ND}</div>`, W],
};

describe('host layouts that shrink their children to fit', () => {
  for (const [name, [markup, free]] of Object.entries(LAYOUTS)) {
    it(`in ${name}, the directory takes the free width (${free} px) and nothing sticks out`, async () => {
      const { wrapper, el } = await mountInHost(markup, W);
      const width = el.getBoundingClientRect().width;
      expect(Math.round(width), 'directory width px').to.equal(free);
      const aside = wrapper.querySelector('aside, td');
      if (aside) expect(Math.round(aside.getBoundingClientRect().width), 'the sidebar keeps its 200 px').to.equal(200);
      expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth + 1);
      expect(overflowing(el)).to.deep.equal([]);
      // the cards are laid out as in a plain block of that width (container queries see the width)
      const { el: block } = await mountInHost('<network-directory></network-directory>', free);
      const columns = (d: typeof el) => getComputedStyle(d.shadowRoot!.querySelector('.results')!).gridTemplateColumns;
      expect(columns(el), 'card columns').to.equal(columns(block));
    });
  }
});
