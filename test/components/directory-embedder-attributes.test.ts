import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, cardIds, clickTerm, liveRegionSays } from './helpers.js';

/** A directory written as an embedder writes it, ready. */
async function mount(attributes: string): Promise<NetworkDirectory> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<network-directory no-url-state ${attributes} src="/demo/feed.json"></network-directory>`;
  const el = wrapper.firstElementChild as NetworkDirectory;
  await oneEvent(el, 'nd-feed-loaded');
  await el.updateComplete;
  return el;
}

describe('embedder attributes', () => {
  it('filter presets the chosen terms', async () => {
    const el = await mount('filter="scope:local"');
    expect(cardIds(el)).to.have.members(['nuernberger-netzwerk-integration', 'akim']);
    expect($$(el, '.chip')).to.have.length(1);
  });

  it('hide-facets hides groups; their preset terms are a fixed slice that "clear all" keeps', async () => {
    const el = await mount('lang="de" hide-facets="audience" filter="audience:municipalities"');
    expect($$(el, '.facet legend').map((l) => l.textContent!.trim())).to.not.include('Wer macht mit');
    const slice = cardIds(el);
    expect(slice).to.have.members([
      'allianz-gegen-rechtsextremismus',
      'integrating-cities',
      'qualitaetszirkel-integrationspolitik',
    ]);
    expect(Boolean($(el, '.chips')), '.chips is present').to.equal(false); // the slice is not the reader's filter
    await liveRegionSays(el, '3 Netzwerke'); // counted within the slice
    await clickTerm(el, 'scope', 'national');
    expect(cardIds(el)).to.deep.equal(['qualitaetszirkel-integrationspolitik']);
    await liveRegionSays(el, '1 von 3 Netzwerken');
    $(el, '.clear-all')!.click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.members(slice);
  });

  it('entry shows a single network, opened, without search and filters', async () => {
    const el = await mount('entry="akim"');
    expect(cardIds(el)).to.deep.equal(['akim']);
    expect(Boolean($(el, '[role="search"]')), '[role="search"] is present').to.equal(false);
    expect($<HTMLElement>(el, '.details')!.hidden).to.equal(false);
  });

  it('entry with an unknown id says so', async () => {
    const el = await mount('entry="gibt-es-nicht" lang="en"');
    expect($(el, '.message.empty')!.textContent).to.contain('not in the list');
  });

  it('layout="compact" and appearance="dark" are reflected for styling', async () => {
    const el = await mount('layout="compact" appearance="dark"');
    const base = $(el, '.directory')!;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(base.querySelector('.card .summary')!).display).to.equal('none');
  });
});

describe('several instances on one page', () => {
  it('keep separate filters, ids and state', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <network-directory no-url-state src="/demo/feed.json"></network-directory>
      <network-directory no-url-state src="/demo/feed.json"></network-directory>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('network-directory')] as NetworkDirectory[];
    await Promise.all(
      [a, b].map((el) => (el.shadowRoot!.querySelector('.card') ? null : oneEvent(el, 'nd-feed-loaded'))),
    );
    await a.updateComplete;
    await b.updateComplete;
    await clickTerm(a, 'scope', 'local');
    expect(cardIds(a)).to.have.length(2);
    expect(cardIds(b)).to.have.length(6);
    expect($(a, 'input[type="search"]')!.id).to.not.equal($(b, 'input[type="search"]')!.id);
  });
});
