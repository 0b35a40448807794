/**
 * A text with no other text beside it (a card's name, a badge's hidden facet label and its
 * term, a filter's term before its count, the details button, "show more", "clear all", a
 * legend, a fact, a contact line's label before its link) is written straight into its
 * element (soleText, textOf): a span of its own would be one more element to lay out on
 * every filter change (docs/benchmarks.md, "texts that page translators cannot strand"). A
 * text that falls back to another language keeps its span, for its `lang` and `dir`.
 */
import { expect } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $$, clickTerm, demoDirectory, directoryWith, minimalFeed, typeQuery } from './helpers.js';
import { $ } from '../hosts/helpers.js';

async function openDetails(el: NetworkDirectory, id: string): Promise<void> {
  $(el, `.card[data-id="${id}"] .toggle`).click();
  await el.updateComplete;
}

/** The elements inside `element`, by tag name (Lit's markers are comments, not elements). */
const childTags = (element: Element): string[] => [...element.children].map((child) => child.localName);

describe('texts with no other text beside them', () => {
  it('have no span of their own on a card, in a badge, on the details button and in a legend', async () => {
    const el = await demoDirectory();
    expect(childTags($(el, '.card .name'))).to.deep.equal([]);
    for (const hidden of $$(el, '.card .badge .visually-hidden')) expect(childTags(hidden)).to.deep.equal([]);
    expect(childTags($(el, '.card .toggle'))).to.deep.equal([]);
    expect(childTags($(el, '.facet legend'))).to.deep.equal([]);
    expect($(el, '.card .badge .visually-hidden').textContent).to.match(/^[^:]+: $/);
  });

  it('have no span of their own beside an element: a badge’s term, a filter’s term, a contact line’s label', async () => {
    const el = await demoDirectory();
    const badges = $$(el, '.card .badge');
    expect(badges.length).to.be.greaterThan(0);
    for (const badge of badges) expect(childTags(badge), badge.textContent!).to.deep.equal(['span']);
    const terms = $$(el, '.term label');
    expect(terms.length).to.be.greaterThan(0);
    for (const label of terms) {
      expect(childTags(label), label.textContent!).to.deep.equal(['span']);
      expect(label.querySelector('.count')!.textContent).to.match(/^ \(\d+\)$/);
    }
    await openDetails(el, 'nuernberger-netzwerk-integration');
    const web = $$(el, '.contact li').find((li) => li.querySelector('a'));
    expect(web, 'a contact line with a link').to.not.equal(undefined);
    expect(childTags(web!)).to.deep.equal(['a']);
    expect(web!.textContent).to.match(/^Web: https:/);
  });

  it('have no span of their own in "show more" and both "clear all" buttons', async () => {
    const networks = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      name: `Netzwerk ${i}`,
      facets: { scope: [i % 2 ? 'local' : 'national'] },
    }));
    const el = await directoryWith(minimalFeed(networks));
    expect(childTags($(el, '.show-more'))).to.deep.equal([]);
    await clickTerm(el, 'scope', 'local');
    expect(childTags($(el, '.chips .clear-all'))).to.deep.equal([]);
    await typeQuery(el, 'nirgendwo');
    expect(childTags($(el, '.no-matches button'))).to.deep.equal([]);
    expect($(el, '.no-matches button').textContent).to.equal('Alle Filter zurücksetzen');
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
