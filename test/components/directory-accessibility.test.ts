import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, clickTerm, demoDirectory, directoryWith, failedDirectory, minimalFeed, typeQuery } from './helpers.js';

// axe-core through chai-a11y-axe: every state, in both languages.
for (const lang of ['de', 'en']) {
  describe(`accessibility (axe), ${lang}`, () => {
    it('the loaded list', async () => {
      const el = await demoDirectory(lang);
      await expect(el).to.be.accessible();
    });

    it('with filters, chips and open details', async () => {
      const el = await demoDirectory(lang);
      await clickTerm(el, 'scope', 'local');
      $(el, '.card .toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('no matches', async () => {
      const el = await demoDirectory(lang);
      await typeQuery(el, 'zzzzzz');
      await expect(el).to.be.accessible();
    });

    it('loading', async () => {
      const el = document.createElement('network-directory') as NetworkDirectory;
      el.setAttribute('lang', lang);
      el.src = '/demo/feed.json';
      await fixture(el);
      await expect(el).to.be.accessible();
    });

    it('the feed failed', async () => {
      const { el } = await failedDirectory(lang);
      await expect(el).to.be.accessible();
    });

    it('an empty feed', async () => {
      const el = await directoryWith(minimalFeed([]), lang);
      await expect(el).to.be.accessible();
    });

    it('untranslated texts', async () => {
      const el = await directoryWith(minimalFeed([{ id: 'a', name: { tr: 'Ağ' }, summary: 'Nur deutsch' }]), lang);
      await expect(el).to.be.accessible();
    });
  });
}

describe('structure', () => {
  it('the search region is labelled, results are a list, titles are headings at the chosen level', async () => {
    const el = await fixture<NetworkDirectory>(
      html`<network-directory heading-level="4" src="/demo/feed.json"></network-directory>`,
    );
    await oneEvent(el, 'nd-feed-loaded');
    await el.updateComplete;
    expect($(el, '[role="search"]')!.getAttribute('aria-label')).to.equal('Netzwerke durchsuchen');
    expect($(el, 'ul.results > li > article.card')).to.not.equal(null);
    expect($(el, '.card h4.card-title')).to.not.equal(null);
    expect($(el, 'h3.title')).to.not.equal(null);
  });
});
