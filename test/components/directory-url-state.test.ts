import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, cardIds, clickTerm, typeQuery, clearDirectoryUrlState } from './helpers.js';

afterEach(clearDirectoryUrlState);

async function mount(attrs = '') {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // Attributes given as a string, to test exactly what an embedder writes.
  wrapper.innerHTML = `<network-directory ${attrs} src="/demo/feed.json"></network-directory>`;
  const el = wrapper.firstElementChild as NetworkDirectory;
  await oneEvent(el, 'nd-feed-loaded');
  await el.updateComplete;
  return el;
}

/** The test page's URL (the runner's own parameters kept) plus `extra`. */
const withParams = (extra: string) => `${location.pathname}${location.search}${location.search ? '&' : '?'}${extra}`;

describe('URL state', () => {
  it('is written once typing pauses, not per keystroke', async () => {
    const el = await mount();
    await typeQuery(el, 'a');
    await typeQuery(el, 'ak');
    expect(new URL(location.href).searchParams.has('nd.q')).to.equal(false);
    await waitUntil(() => new URL(location.href).searchParams.get('nd.q') === 'ak', 'URL never written');
  });

  it('writes query, filters, opened entry and language with replaceState, keeping the host’s parameters', async () => {
    history.replaceState(
      { hostRouter: 1 },
      '',
      `${location.pathname}${location.search}${location.search ? '&' : '?'}page=2#top`,
    );
    const length = history.length;
    const el = await mount('url-key="net"');
    await typeQuery(el, 'integration');
    await clickTerm(el, 'scope', 'local');
    $(el, '.card[data-id="akim"] .toggle')!.click();
    $<HTMLButtonElement>(el, '.language-switch button[lang="en"]')!.click();
    await el.updateComplete;
    // Filters reach the URL once typing pauses (with the count announcement).
    await waitUntil(() => new URL(location.href).searchParams.has('net.q'), 'URL never written');
    const url = new URL(location.href);
    expect(url.searchParams.get('net.q')).to.equal('integration');
    expect(url.searchParams.get('net.f.scope')).to.equal('local');
    expect(url.searchParams.get('net.open')).to.equal('akim');
    expect(url.searchParams.get('net.lang')).to.equal('en');
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.hash).to.equal('#top');
    expect(history.length).to.equal(length); // replaced, not pushed
    expect(history.state).to.deep.equal({ hostRouter: 1 });
  });

  it('restores the view from the URL on load', async () => {
    history.replaceState(null, '', withParams('nd.f.scope=local&nd.open=akim&nd.lang=en'));
    const el = await mount();
    expect(cardIds(el)).to.have.members(['nuernberger-netzwerk-integration', 'akim']);
    expect(el.currentLocale).to.equal('en');
    expect($<HTMLElement>(el, '.card[data-id="akim"] .details')!.hidden).to.equal(false);
  });

  it('follows back/forward (popstate)', async () => {
    const el = await mount();
    history.pushState(null, '', withParams('nd.q=akim'));
    dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['akim']);
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(6);
  });

  it('no-url-state neither reads nor writes the URL', async () => {
    history.replaceState(null, '', withParams('nd.q=akim'));
    const before = location.search;
    const el = await mount('no-url-state');
    expect(cardIds(el)).to.have.length(6);
    await clickTerm(el, 'scope', 'local');
    await new Promise((r) => setTimeout(r, 1000)); // longer than the pause after which the URL is written
    expect(location.search).to.equal(before);
  });

  it('namespaces two instances apart: the second uses its id', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<network-directory id="west" src="/demo/feed.json"></network-directory>
      <network-directory id="east" src="/demo/feed.json"></network-directory>`;
    const [west, east] = [...wrapper.querySelectorAll('network-directory')] as NetworkDirectory[];
    await Promise.all([oneEvent(west, 'nd-feed-loaded'), oneEvent(east, 'nd-feed-loaded')]);
    await clickTerm(west, 'scope', 'local');
    await clickTerm(east, 'scope', 'national');
    await waitUntil(() => new URL(location.href).searchParams.has('east.f.scope'), 'URL never written');
    const url = new URL(location.href);
    expect(url.searchParams.get('west.f.scope')).to.equal('local');
    expect(url.searchParams.get('east.f.scope')).to.equal('national');
  });

  it('keeps two instances apart whose keys begin alike (nd and nd-partner), each with its filter attribute', async () => {
    history.replaceState(null, '', withParams('nd-partner.q=akim'));
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<network-directory filter="scope:local" src="/demo/feed.json"></network-directory>
      <network-directory id="nd-partner" src="/demo/feed.json"></network-directory>`;
    const [first, partner] = [...wrapper.querySelectorAll('network-directory')] as NetworkDirectory[];
    await Promise.all([oneEvent(first, 'nd-feed-loaded'), oneEvent(partner, 'nd-feed-loaded')]);
    await Promise.all([first.updateComplete, partner.updateComplete]);
    // the partner's parameter is not the first's: the first keeps its filter attribute
    expect(cardIds(first)).to.have.members(['nuernberger-netzwerk-integration', 'akim']);
    expect(cardIds(partner)).to.deep.equal(['akim']);
    await clickTerm(first, 'scope', 'national');
    await waitUntil(() => new URL(location.href).searchParams.has('nd.f.scope'), 'URL never written', {
      timeout: 5000,
    });
    const url = new URL(location.href);
    expect(url.searchParams.get('nd.f.scope')).to.equal('local.national');
    expect(url.searchParams.get('nd-partner.q'), 'the first’s write kept the partner’s query').to.equal('akim');
  });
});
