/**
 * WCAG 3.1.2 Language of parts: a feed text shown in a fallback language (German in the
 * English interface) carries that language's `lang`, so that screen readers pronounce it
 * right, wherever it appears: title, facet and term labels (filters, chips, badges), entry
 * names, summary, description, meetings, members, area, coordinator, contact texts, link
 * labels, publisher. Each text in the feed below exists only in German (or only in French),
 * and each is marked, so the test finds every place it is rendered.
 */
import { expect } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, directoryWith } from './helpers.js';

const only = (lang: string, marker: string) => ({ [lang]: `${marker} ⟦${lang}⟧` });

const feed = () => ({
  version: 1,
  language: 'de',
  title: only('de', 'Titel'),
  publisher: { name: only('de', 'Herausgeberin'), url: 'https://publisher.example/' },
  facets: [
    {
      id: 'scope',
      label: only('de', 'Reichweite'),
      terms: [
        { id: 'local', label: only('de', 'Lokal') },
        { id: 'national', label: { de: 'Bundesweit', en: 'Nationwide' } },
      ],
    },
  ],
  networks: [
    {
      id: 'a',
      name: only('de', 'Arbeitskreis'),
      summary: only('de', 'Kurzbeschreibung'),
      description: only('fr', 'Description'),
      facets: { scope: ['local'] },
      meetings: only('de', 'Treffen'),
      members: only('de', 'Mitglieder'),
      area: only('de', 'Gebiet'),
      coordinator: { name: only('de', 'Koordination'), url: 'https://coordinator.example/' },
      contact: { name: only('de', 'Ansprechperson'), address: only('de', 'Anschrift'), email: 'a@example.org' },
      links: [{ label: only('de', 'Webseite'), url: 'https://a.example/' }],
    },
    { id: 'b', name: { de: 'Zweites Netzwerk', en: 'Second network' }, facets: { scope: ['national'] } },
  ],
});

/** Every text node that shows a marked text, with the language it is in for assistive technology. */
function markedTexts(el: NetworkDirectory): { text: string; lang: string | null }[] {
  const found: { text: string; lang: string | null }[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = /⟦(\w+)⟧/.exec(node.textContent!);
    if (!m) continue;
    found.push({
      text: node.textContent!.trim(),
      lang: node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? null,
    });
  }
  return found;
}

describe('fallback texts carry their language (WCAG 3.1.2)', () => {
  it('in the English interface, every German-only or French-only feed text carries lang="de" / "fr"', async () => {
    const el = await directoryWith(feed(), 'en');
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click(); // a chip for "Lokal"
    $(el, '.card[data-id="a"] .toggle')!.click(); // the details
    await el.updateComplete;
    const texts = markedTexts(el);
    const markers = [
      'Titel',
      'Herausgeberin',
      'Reichweite',
      'Lokal',
      'Arbeitskreis',
      'Kurzbeschreibung',
      'Description',
      'Treffen',
      'Mitglieder',
      'Gebiet',
      'Koordination',
      'Ansprechperson',
      'Anschrift',
      'Webseite',
    ];
    // every marked text is rendered somewhere (else this test would check less than it says)
    expect(markers.filter((m) => !texts.some((t) => t.text.startsWith(m)))).to.deep.equal([]);
    // the term label is in the filter group, the chip and the card's badge
    expect(texts.filter((t) => t.text.startsWith('Lokal')).length, 'places of "Lokal"').to.be.at.least(3);
    const wrong = texts.filter((t) => t.lang !== /⟦(\w+)⟧/.exec(t.text)![1]).map((t) => `${t.text}: lang=${t.lang}`);
    expect(wrong).to.deep.equal([]);
  });

  it('a translated text in the same interface is in the interface’s language, without a lang of its own', async () => {
    const el = await directoryWith(feed(), 'en');
    const name = $(el, '.card[data-id="b"] .name')!;
    expect(name.textContent!.trim()).to.equal('Second network');
    expect(name.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect($$(el, '.card[data-id="b"] .name [lang]').length, 'elements with lang in the name').to.equal(0);
    expect(Boolean($(el, '.card[data-id="b"] .name .untranslated')), 'an untranslated hint').to.equal(false);
  });
});
