/**
 * A view restored from the URL is rendered and shown (issue #13, kind 6): the entry
 * `?nd.open=<id>` names is opened even beyond the first page (the page limit grows to
 * include it) and scrolled into view, like the target of a fragment link.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$, clearDirectoryUrlState } from './helpers.js';

afterEach(clearDirectoryUrlState);

const feed = {
  version: 1,
  language: 'de',
  title: 'Viele',
  networks: Array.from({ length: 60 }, (_, i) => ({ id: `n${i + 1}`, name: `Netzwerk ${i + 1}` })),
};

/** A directory below `spacer` px of host content, with `?nd.open=<id>` in the URL. */
async function mountOpening(id: string, spacer: number): Promise<NetworkDirectory> {
  history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}nd.open=${id}`);
  window.scrollTo(0, 0);
  const wrapper = await fixture<HTMLElement>(html`<div><div style="height: ${spacer}px">host content</div></div>`);
  const el = document.createElement('network-directory');
  el.feed = feed;
  const loaded = oneEvent(el, 'nd-feed-loaded');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Whether the card's top edge is inside the viewport. */
const inView = (card: Element) => {
  const top = card.getBoundingClientRect().top;
  return top >= 0 && top < innerHeight;
};

describe('URL state: the entry ?nd-open names', () => {
  it('the 25th entry (second page) is rendered, opened and scrolled into view', async () => {
    const el = await mountOpening('n25', 0);
    const card = $(el, '.card[data-id="n25"]');
    expect(card, 'card n25 rendered').to.not.equal(null);
    expect(card!.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '.card')).to.have.length(48);
    expect(inView(card!), `top ${card!.getBoundingClientRect().top}`).to.equal(true);
  });

  it('the 50th entry (third page) grows the list to three pages', async () => {
    const el = await mountOpening('n50', 0);
    expect($$(el, '.card')).to.have.length(60); // all three pages (72) of 60 entries
    expect(inView($(el, '.card[data-id="n50"]')!)).to.equal(true);
  });

  it('an entry on the first page below the host’s content is scrolled into view too', async () => {
    const el = await mountOpening('n3', 3000);
    const card = $(el, '.card[data-id="n3"]')!;
    expect($$(el, '.card')).to.have.length(24);
    expect(inView(card), `top ${card.getBoundingClientRect().top}`).to.equal(true);
  });
});
