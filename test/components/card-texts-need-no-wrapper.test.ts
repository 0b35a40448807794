/**
 * A text that is the whole content of its element (a card's name, a badge's hidden facet
 * label, the details button, a legend, a fact) is written straight into that element
 * (soleText, textOf): a span of its own would be one more element to lay out on every filter
 * change (docs/benchmarks.md, "texts that page translators cannot strand"). A text that falls
 * back to another language keeps its span, for its `lang` and `dir`.
 */
import { expect } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $$, demoDirectory, directoryWith } from './helpers.js';
import { $ } from '../hosts/helpers.js';

async function openDetails(el: NetworkDirectory, id: string): Promise<void> {
  $(el, `.card[data-id="${id}"] .toggle`).click();
  await el.updateComplete;
}

/** The elements inside `element`, by tag name (Lit's markers are comments, not elements). */
const childTags = (element: Element): string[] => [...element.children].map((child) => child.localName);

describe('texts that are the whole content of their element', () => {
  it('have no span of their own on a card, in a badge, on the details button and in a legend', async () => {
    const el = await demoDirectory();
    expect(childTags($(el, '.card .name'))).to.deep.equal([]);
    for (const hidden of $$(el, '.card .badge .visually-hidden')) expect(childTags(hidden)).to.deep.equal([]);
    expect(childTags($(el, '.card .toggle'))).to.deep.equal([]);
    expect(childTags($(el, '.facet legend'))).to.deep.equal([]);
    expect($(el, '.card .badge .visually-hidden').textContent).to.match(/^[^:]+: $/);
  });

  it('have no span of their own in an opened entry’s facts', async () => {
    const el = await demoDirectory();
    await openDetails(el, 'akim');
    const values = $$(el, '.facts dd').filter((dd) => !dd.querySelector('ul, a'));
    expect(values.length).to.be.greaterThan(0);
    for (const dd of values) expect(childTags(dd), dd.textContent!).to.deep.equal([]);
  });

  it('keep a span with lang and dir when they fall back to another language', async () => {
    const el = await directoryWith(
      {
        version: 1,
        language: 'de',
        title: 'Netzwerke',
        facets: [{ id: 'scope', label: { ar: 'النطاق' }, terms: [{ id: 'local', label: 'Lokal' }] }],
        networks: [{ id: 'a', name: { ar: 'شبكة' }, facets: { scope: ['local'] } }],
      },
      'de',
    );
    const name = $(el, '.card .name');
    expect(childTags(name)[0]).to.equal('span');
    expect(name.querySelector('span')!.getAttribute('lang')).to.equal('ar');
    expect(name.querySelector('span')!.getAttribute('dir')).to.equal('rtl');
    const hidden = $(el, '.card .badge .visually-hidden');
    expect(hidden.querySelector('span[lang="ar"]')).to.not.equal(null);
    expect(hidden.textContent).to.match(/: $/);
  });
});
