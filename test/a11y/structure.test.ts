/**
 * WCAG 1.3.1 Info and relationships, 2.4.6 Headings and labels, 3.1.2 Language of parts,
 * 4.1.2 Name, role, value: what the markup tells assistive technology inside a host page
 * (the axe runs are in test/components/directory-accessibility.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, demoFeedJson, demoInPage } from './helpers.js';

/** The accessible name from aria-labelledby / aria-label / a <label for> / a legend. */
function nameOf(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    return ids
      .split(' ')
      .map((id) => root.getElementById(id)!.textContent!.trim())
      .join(' ');
  if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label')!;
  if (el.id) {
    const label = root.querySelector(`label[for="${el.id}"]`);
    if (label) return label.textContent!.replace(/\s+/g, ' ').trim();
  }
  if (el.localName === 'fieldset') return el.querySelector('legend')!.textContent!.trim();
  return el.textContent!.replace(/\s+/g, ' ').trim();
}

describe('structure (1.3.1, 2.4.6, 3.1.2, 4.1.2)', () => {
  it('the language switch names each language in that language, with lang set, and says which is chosen', async () => {
    for (const ui of ['de', 'en']) {
      const { el } = await demoInPage({ lang: ui });
      const group = $(el, '.language-switch')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(nameOf(group)).to.equal(ui === 'de' ? 'Sprache' : 'Language');
      const buttons = $$<HTMLButtonElement>(el, '.language-switch button');
      expect(buttons.map((b) => [b.textContent!.trim(), b.lang, b.type])).to.deep.equal([
        ['Deutsch', 'de', 'button'],
        ['English', 'en', 'button'],
      ]);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(
        ui === 'de' ? ['true', 'false'] : ['false', 'true'],
      );
    }
  });

  it('the directory speaks its UI language (lang on its root) and feed texts keep theirs', async () => {
    const { el } = await demoInPage({ lang: 'en' });
    expect($(el, '.directory')!.lang).to.equal('en');
    $<HTMLButtonElement>(el, '.language-switch button[lang="de"]')!.click();
    await el.updateComplete;
    expect($(el, '.directory')!.lang).to.equal('de');
  });

  it('one labelled search landmark holds a labelled search field and one named group per facet', async () => {
    for (const [ui, region, label] of [
      ['de', 'Netzwerke durchsuchen', 'Suche'],
      ['en', 'Search networks', 'Search'],
    ]) {
      const { el } = await demoInPage({ lang: ui });
      const landmarks = $$(
        el,
        '[role="search"], search, main, nav, aside, [role="main"], [role="navigation"], [role="complementary"], [role="region"]',
      );
      expect(landmarks.map((l) => l.getAttribute('role') ?? l.localName)).to.deep.equal(['search']); // nothing that clashes with the page's own main/nav
      expect(nameOf(landmarks[0])).to.equal(region);
      const input = $<HTMLInputElement>(el, '[role="search"] input[type="search"]')!;
      expect(nameOf(input)).to.equal(label);
      const feed = await demoFeedJson();
      const groups = $$(el, '[role="search"] fieldset');
      expect(groups.map(nameOf)).to.deep.equal(feed.facets.map((f: any) => f.label[ui]));
      for (const box of $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]')) {
        expect(nameOf(box)).to.match(/^\S.* \(\d+\)$/); // "Lokal (3)": the term and its count
      }
    }
  });

  it('results are a list of articles, each named by its heading; "show details" says for which entry', async () => {
    const { el } = await demoInPage();
    const list = $(el, 'ul.results')!;
    expect(list.getAttribute('role')).to.equal(null); // native list semantics, not overridden
    const items = [...list.children];
    expect(items.every((li) => li.localName === 'li')).to.equal(true);
    for (const li of items) {
      const card = li.querySelector('article.card')!;
      const heading = card.querySelector('.card-title')!;
      expect(nameOf(card)).to.equal(heading.querySelector('.name')!.textContent!.trim());
      const toggle = card.querySelector('.toggle')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(card.querySelector('.details')!.id);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const describedBy = (
        (el.shadowRoot ?? document).getElementById(toggle.getAttribute('aria-describedby')!) as Element
      ).textContent;
      expect(describedBy).to.equal(heading.querySelector('.name')!.textContent);
    }
  });

  it('entry titles are headings at the level the embedder chose, the feed title one above', async () => {
    const feed = await demoFeedJson();
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const el = await fixture<NetworkDirectory>(
        html`<network-directory no-url-state heading-level=${level} .feed=${feed}></network-directory>`,
      );
      await el.updateComplete;
      const titles = $$(el, '.card-title');
      expect(titles.map((t) => t.localName)).to.deep.equal(Array(6).fill(`h${level}`));
      expect($(el, '.title')!.localName).to.equal(`h${Math.max(1, level - 1)}`);
      // no other headings that would break the page outline
      expect($$(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]')).to.have.length(7);
    }
  });

  it('details are a description list: every value has its term', async () => {
    const { el } = await demoInPage();
    $(el, '.card .toggle')!.click();
    await el.updateComplete;
    const rows = $$(el, '.details:not([hidden]) dl .row');
    expect(rows.length).to.be.greaterThan(2);
    for (const row of rows) {
      expect([...row.children].map((c) => c.localName)).to.deep.equal(['dt', 'dd']);
      expect(row.parentElement!.localName).to.equal('dl');
    }
  });

  it('the chips are a labelled list of buttons that say what they remove', async () => {
    const { el } = await demoInPage();
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
    await el.updateComplete;
    const list = $(el, '.chips ul')!;
    expect(nameOf(list)).to.equal('Gewählte Filter');
    const chip = $(el, '.chip')!;
    expect(chip.closest('li')!.parentElement === list, 'each chip is an item of the chip list').to.equal(true);
    expect(nameOf(chip)).to.match(/^Filter entfernen: Reichweite: /);
    expect(chip.querySelector('[aria-hidden="true"]')!.textContent).to.equal('✕'); // the cross is not read
  });
});
