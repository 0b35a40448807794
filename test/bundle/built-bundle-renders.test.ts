// The shipped file, not the sources: minifiers and bundling must not change what readers see.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

describe('dist/network-directory.js', () => {
  before(async () => {
    // @ts-expect-error: the built file has no types next to it
    await import('../../dist/network-directory.js');
  });

  it('registers the element and renders the demo feed with its spaces intact', async () => {
    const el = await fixture<HTMLElement>(
      html`<network-directory lang="de" src="/demo/feed.json"></network-directory>`,
    );
    await oneEvent(el, 'nd-feed-loaded');
    await (el as any).updateComplete;
    const title = el.shadowRoot!.querySelector('.card[data-id="akim"] .card-title')!;
    expect(title.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Arbeitskreis Integration und Migrationsfragen (AKIM)',
    );
  });

  it('marks untranslated text with a separate hint', async () => {
    const el = await fixture<HTMLElement>(html`<network-directory lang="en"></network-directory>`);
    (el as any).feed = { version: 1, language: 'de', title: 'T', networks: [{ id: 'a', name: 'Nur Deutsch' }] };
    await (el as any).updateComplete;
    const name = el.shadowRoot!.querySelector('.card .name')!;
    expect(name.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nur Deutsch (only in German)');
  });
});
