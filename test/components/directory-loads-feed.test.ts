import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, cardNames, demoDirectory, DEMO_FEED_URL } from './helpers.js';

describe('loading a feed', () => {
  it('loads the feed from src (relative to the page) and shows every network', async () => {
    const el = await demoDirectory();
    expect(cardNames(el)).to.have.length(6);
    expect(cardNames(el)).to.include('Arbeitskreis Integration und Migrationsfragen');
    expect($(el, '.title')!.textContent).to.contain('Netzwerke für Integration');
  });

  it('shows a loading message in the reader’s language while the request runs', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory lang="en"></network-directory>`);
    const loaded = oneEvent(el, 'nd-feed-loaded');
    el.src = DEMO_FEED_URL;
    await el.updateComplete;
    expect($(el, '.message.loading')?.textContent).to.contain('Loading networks');
    await loaded;
    await el.updateComplete;
    expect($(el, '.message.loading')?.textContent ?? null, 'text of .message.loading').to.equal(null);
  });

  it('reads an inline <script type="application/json"> feed without any request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<NetworkDirectory>(html`<network-directory>
      <script type="application/json">
        {"version":1,"language":"de","title":"Inline","networks":[{"id":"a","name":"Netz A"},{"id":"b","name":"Netz B"}]}
      </script>
    </network-directory>`);
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Netz A', 'Netz B']);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('accepts a feed object set as a property', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory></network-directory>`);
    el.feed = { version: 1, language: 'de', title: 'Prop', networks: [{ id: 'x', name: 'Per Property' }] };
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Per Property']);
  });

  it('shows publisher, date of last check and licence in the footer', async () => {
    const el = await demoDirectory();
    const footer = $(el, 'footer')!.textContent!.replace(/\s+/g, ' ');
    expect(footer).to.contain('Herausgeber: Stadt Nürnberg');
    expect(footer).to.contain('Stand: 20. November 2026');
    expect($(el, 'footer a')!.getAttribute('href')).to.match(/^https:\/\/www\.nuernberg\.de\//);
  });

  it('renders the licence when the feed has one', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory lang="en"></network-directory>`);
    el.feed = { version: 1, language: 'de', title: 'T', license: 'CC-BY-4.0', networks: [] };
    await el.updateComplete;
    expect($(el, 'footer')!.textContent).to.contain('Licence: CC-BY-4.0');
  });

  it('fires nd-feed-loaded with the normalized feed and the problem list', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory></network-directory>`);
    const loaded = oneEvent(el, 'nd-feed-loaded');
    el.feed = {
      version: 1,
      language: 'de',
      title: 'T',
      networks: [
        { id: 'ok', name: 'OK' },
        { id: 'BAD ID', name: 'x' },
      ],
    };
    const event = await loaded;
    expect(event.detail.feed.networks.map((n: { id: string }) => n.id)).to.deep.equal(['ok']);
    expect(event.detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['networks[1].id']);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('a newer src wins over a slower earlier one', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory></network-directory>`);
    el.src = DEMO_FEED_URL;
    await el.updateComplete;
    el.feed = { version: 1, language: 'de', title: 'Neu', networks: [{ id: 'n', name: 'Neuer Stand' }] };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(cardNames(el)).to.deep.equal(['Neuer Stand']);
  });
});
