/**
 * WCAG 4.1.3 Status messages, beyond test/components/directory-live-region.test.ts (which
 * covers the wording, plurals, number formats and the debounce with synthetic input events):
 * here real keystrokes, every state's live regions, and loading and failure announced.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import {
  $,
  $$,
  demoFeedJson,
  demoInPage,
  directoryWith,
  failedDirectory,
  liveRegionSays,
  MISSING_FEED_URL,
  minimalFeed,
} from './helpers.js';

/** Everything a screen reader treats as a live region, in the shadow root and the light DOM. */
const LIVE = '[aria-live], [role="status"], [role="alert"], [role="log"], [role="marquee"], [role="timer"], output';
const liveRegions = (el: NetworkDirectory) => [...$$(el, LIVE), ...el.querySelectorAll(LIVE)];

/** Every text the live region takes from now on. */
function recordAnnouncements(el: NetworkDirectory): string[] {
  const region = $(el, '[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text && text !== said.at(-1)) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** Replaces `fetch` until `release()`: requests hang until then, then get the real answer. */
function holdFetch() {
  const realFetch = window.fetch;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  window.fetch = (async (...args: Parameters<typeof fetch>) => {
    await released;
    return realFetch(...args);
  }) as typeof fetch;
  return {
    release: () => {
      window.fetch = realFetch;
      release();
    },
  };
}

describe('announcements (4.1.3)', () => {
  it('real typing is announced once, after the pause, with the final count', async () => {
    const { el } = await demoInPage();
    await liveRegionSays(el, '6 Netzwerke');
    const said = recordAnnouncements(el);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'integration' });
    // WebKit's driver may return before the last key's input event has run
    await waitUntil(() => $<HTMLInputElement>(el, 'input[type="search"]')!.value === 'integration');
    await el.updateComplete;
    expect(said, 'nothing while typing').to.deep.equal([]);
    const shown = $$(el, '.card').length;
    await liveRegionSays(el, `${shown} von 6 Netzwerken`);
    await new Promise((r) => setTimeout(r, 900)); // and nothing after it
    expect(said).to.deep.equal([`${shown} von 6 Netzwerken`]);
  });

  it('a filter change is announced once, after the same pause', async () => {
    const { el } = await demoInPage();
    await liveRegionSays(el, '6 Netzwerke');
    const said = recordAnnouncements(el);
    const box = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0];
    box.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    expect(said).to.deep.equal([]);
    await waitUntil(() => said.length > 0, 'never announced', { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 900));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^\d von 6 Netzwerken$/);
  });

  it('loading is announced, then the count', async () => {
    for (const [lang, loading, count] of [
      ['de', 'Netzwerke werden geladen …', '6 Netzwerke'],
      ['en', 'Loading networks …', '6 networks'],
    ]) {
      const hold = holdFetch();
      try {
        const el = document.createElement('network-directory');
        el.setAttribute('lang', lang);
        el.noUrlState = true;
        el.src = '/demo/feed.json';
        await fixture(el);
        await el.updateComplete;
        await liveRegionSays(el, loading);
        expect(liveRegions(el)).to.have.length(1);
        expect($(el, '.message.loading')!.textContent!.trim()).to.equal(loading); // also on screen
        hold.release();
        await liveRegionSays(el, count);
      } finally {
        hold.release();
      }
    }
  });

  it('a failed load is announced with the message the reader sees', async () => {
    for (const lang of ['de', 'en']) {
      const { el, detail } = await failedDirectory(lang);
      expect(detail.message).to.be.a('string').and.not.equal('');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(detail.message);
      expect($(el, '.message.error')!.textContent).to.contain(detail.message);
      expect(liveRegions(el)).to.have.length(1);
    }
  });

  it('a failed reload (stale list) is announced too', async () => {
    const { el } = await demoInPage();
    await liveRegionSays(el, '6 Netzwerke');
    const failed = oneEvent(el, 'nd-feed-failed');
    el.feed = undefined;
    el.src = MISSING_FEED_URL;
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.stale).to.equal(true);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(detail.message);
    expect(liveRegions(el)).to.have.length(1);
  });

  it('there is exactly one live region in every state', async () => {
    const counts: Record<string, number> = {};
    const count = (state: string, el: NetworkDirectory) => (counts[state] = liveRegions(el).length);

    const { el } = await demoInPage();
    count('ready', el);
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
    await el.updateComplete;
    $(el, '.card .toggle')!.click();
    await el.updateComplete;
    count('chips and open details', el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value = 'zzzz';
    $(el, 'input[type="search"]')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    count('no matches', el);
    $<HTMLButtonElement>(el, '.language-switch button[lang="en"]')!.click();
    await el.updateComplete;
    count('switched to English', el);

    count('empty feed', await directoryWith(minimalFeed([])));
    count('broken feed', await directoryWith({ version: 99 }));
    const single = await fixture<NetworkDirectory>(
      html`<network-directory entry="akim" .feed=${await demoFeedJson()}></network-directory>`,
    );
    count('single entry', single);

    for (const [state, n] of Object.entries(counts)) expect(n, state).to.equal(1);
  });
});
