import { expect, fixture, html } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, directoryWith, minimalFeed } from './helpers.js';

const feed = () =>
  minimalFeed([{ id: 'a', name: { de: 'Arbeitskreis', en: 'Working group' }, summary: { de: 'Nur deutsch.' } }]);

describe('language', () => {
  it('takes the element’s own lang, and follows when it changes', async () => {
    const el = await directoryWith(feed(), 'en');
    expect(el.currentLocale).to.equal('en');
    expect($(el, '.name')!.textContent).to.equal('Working group');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect($(el, '.name')!.textContent).to.equal('Arbeitskreis');
  });

  it('maps regional tags to the language: de-AT is German, en-GB English', async () => {
    expect((await directoryWith(feed(), 'de-AT')).currentLocale).to.equal('de');
    expect((await directoryWith(feed(), 'en-GB')).currentLocale).to.equal('en');
  });

  it('else the nearest ancestor’s lang', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><section><network-directory .feed=${feed()}></network-directory></section></div>`,
    );
    const el = wrapper.querySelector('network-directory') as NetworkDirectory;
    await el.updateComplete;
    expect(el.currentLocale).to.equal('en');
  });

  it('else the document’s, else German', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      const mount = () => fixture<NetworkDirectory>(html`<network-directory .feed=${feed()}></network-directory>`);
      root.setAttribute('lang', 'en');
      expect((await mount()).currentLocale).to.equal('en');
      root.removeAttribute('lang');
      expect((await mount()).currentLocale).to.equal('de');
      root.setAttribute('lang', 'fr'); // a language the UI does not speak
      expect((await mount()).currentLocale).to.equal('de');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('the visible switch changes the language on the spot, UI and feed texts alike', async () => {
    const el = await directoryWith(feed(), 'de');
    const buttons = $$<HTMLButtonElement>(el, '.language-switch button');
    expect(buttons.map((b) => [b.textContent!.trim(), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Deutsch', 'de', 'true'],
      ['English', 'en', 'false'],
    ]);
    buttons[1].click();
    await el.updateComplete;
    expect(el.currentLocale).to.equal('en');
    expect($(el, '.name')!.textContent).to.equal('Working group');
    expect($(el, '.search-field label')!.textContent).to.equal('Search');
    expect($(el, '.directory')!.getAttribute('lang')).to.equal('en');
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
  });

  it('a text missing in the reader’s language falls back, carries its lang and says it is untranslated', async () => {
    const el = await directoryWith(feed(), 'en');
    const summary = $(el, '.card .summary')!;
    expect(summary.getAttribute('lang')).to.equal('de');
    expect(summary.textContent!.trim()).to.equal('Nur deutsch.');
    expect($(el, '.card .untranslated-note')!.textContent).to.contain('only in German');
  });

  it('a translated text carries no extra lang and no hint', async () => {
    const el = await directoryWith(feed(), 'en');
    expect($(el, '.card .name')!.hasAttribute('lang')).to.equal(false);
    expect(Boolean($(el, '.card-title .untranslated')), '.card-title .untranslated is present').to.equal(false);
  });

  it('two directories on one page can speak different languages', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <network-directory lang="de" .feed=${feed()}></network-directory>
      <network-directory lang="en" .feed=${feed()}></network-directory>
    </div>`);
    const [de, en] = [...wrapper.querySelectorAll('network-directory')] as NetworkDirectory[];
    await de.updateComplete;
    await en.updateComplete;
    expect($(de, '.search-field label')!.textContent).to.equal('Suche');
    expect($(en, '.search-field label')!.textContent).to.equal('Search');
  });
});
