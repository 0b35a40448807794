/**
 * textOf writes a changed text into the text node it wrote last while that node still
 * stands between the part's markers: a filter change then keeps each card's text nodes (and
 * their layout objects) instead of building new ones (docs/benchmarks.md). Whatever a page
 * translator put in a text's place is still swept away, and a translation of an unchanged
 * text stays (the whole directory: test/hosts/page-translator-rewrites-text.test.ts).
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { textOf } from '../../src/components/render-text.js';
import { cardIds, demoDirectory, typeQuery } from './helpers.js';
import { $ } from '../hosts/helpers.js';

const textNodes = (parent: Node): Text[] =>
  [...parent.childNodes].filter((node): node is Text => node.nodeType === Node.TEXT_NODE);

/** What a page translator writes for a text it translated. */
function translation(text: string): HTMLElement {
  const font = document.createElement('font');
  font.textContent = text;
  return font;
}

describe('a text that changes with the view', () => {
  let host: HTMLElement;
  const show = (text: string) => render(html`<b>Thema: </b>${textOf(text)}`, host);
  beforeEach(() => {
    host = document.createElement('p');
  });

  it('keeps its text node while that node stands in its place', () => {
    show('Lokal');
    const [node] = textNodes(host);
    expect(node?.data).to.equal('Lokal');
    show('Bundesweit');
    expect(textNodes(host)).to.deep.equal([node]);
    expect(node!.data).to.equal('Bundesweit');
  });

  it('keeps a translation of an unchanged text, and replaces it when the text changes', () => {
    show('Lokal');
    const [node] = textNodes(host);
    const font = translation('LOCAL');
    node!.replaceWith(font);
    show('Lokal');
    expect(host.textContent).to.equal('Thema: LOCAL');
    show('Bundesweit');
    expect(font.isConnected, 'the translation is gone').to.equal(false);
    expect(host.textContent).to.equal('Thema: Bundesweit');
    expect(textNodes(host)[0]).to.not.equal(node);
  });

  it('keeps its node and sweeps away what a translator put beside it', () => {
    show('Lokal');
    const [node] = textNodes(host);
    const font = translation('LOCAL');
    node!.after(font);
    show('Bundesweit');
    expect(host.textContent).to.equal('Thema: Bundesweit');
    expect(font.isConnected, 'the translation is gone').to.equal(false);
    expect(textNodes(host)).to.deep.equal([node]);
  });

  it('on a card reused for another entry: the name is new, its text node is not', async () => {
    const el = await demoDirectory();
    const firstId = cardIds(el)[0];
    const [nameNode] = textNodes($(el, '.card .name'));
    expect(nameNode, 'the name is a text node of the name element').to.not.equal(undefined);
    await typeQuery(el, 'Rechtsextremismus');
    expect(cardIds(el)[0], 'another entry in the first card').to.not.equal(firstId);
    expect(textNodes($(el, '.card .name'))).to.deep.equal([nameNode]);
    expect(nameNode!.data).to.equal($(el, '.card .name').textContent);
  });
});
