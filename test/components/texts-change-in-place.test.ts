/**
 * A filter change rewrites the shown cards in place: each text that changes keeps its text
 * node and gets the new data, as Lit does for a plain text binding. A new node for every text
 * made a facet click measurably slower (docs/benchmarks.md, "texts in place"). A node that a
 * page translator put in its place is still replaced (page-translator-rewrites-text.test.ts).
 */
import { expect } from '@open-wc/testing';
import { $$, cardIds, clickTerm, demoDirectory, typeQuery } from './helpers.js';

/** The text node of each shown card's name, in order (beside it are only Lit's comment markers). */
const nameTexts = (el: HTMLElement) =>
  $$(el, '.card .name span').map((span) => [...span.childNodes].find((node) => node.nodeType === Node.TEXT_NODE));

describe('texts that change with the view', () => {
  it('keep their text nodes when a facet click shows other entries in the same cards', async () => {
    const el = await demoDirectory();
    const [first] = nameTexts(el);
    const nameBefore = first!.textContent;
    await clickTerm(el, 'scope', 'regional');
    const [firstAfter] = nameTexts(el);
    // The first card now shows another entry, so its name changed…
    expect(firstAfter!.textContent).to.not.equal(nameBefore);
    // …in the node it had.
    expect(firstAfter).to.equal(first);
  });

  it('keep their text nodes when a search narrows the list', async () => {
    const el = await demoDirectory();
    const before = nameTexts(el);
    const idsBefore = cardIds(el);
    await typeQuery(el, 'integration');
    expect(cardIds(el)).to.not.deep.equal(idsBefore);
    const after = nameTexts(el);
    expect(after.map((node) => node!.textContent)).to.not.deep.equal(before.map((node) => node!.textContent));
    after.forEach((node, i) => expect(node, `card ${i}`).to.equal(before[i]));
  });
});
