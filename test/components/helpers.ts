/** Shared set-up for component tests: mount a directory and wait for its states. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import type { FeedFailedDetail } from '../../src/events.js';

export const DEMO_FEED_URL = '/demo/feed.json';

/** Directories keep their view in the page URL: every test starts from a URL without it. */
export function clearDirectoryUrlState(): void {
  const url = new URL(location.href);
  for (const name of [...url.searchParams.keys()]) if (!name.startsWith('wtr')) url.searchParams.delete(name);
  history.replaceState(null, '', url);
}
beforeEach(clearDirectoryUrlState);

let demoFeed: unknown;
/** The demo feed as raw JSON (fetched once per test file). */
export async function demoFeedJson(): Promise<any> {
  demoFeed ??= await (await fetch(DEMO_FEED_URL)).json();
  return structuredClone(demoFeed);
}

/** A directory on the demo feed (by `src`), ready and rendered. */
export async function demoDirectory(lang = 'de'): Promise<NetworkDirectory> {
  const el = document.createElement('network-directory');
  el.setAttribute('lang', lang);
  el.src = DEMO_FEED_URL;
  const loaded = oneEvent(el, 'nd-feed-loaded');
  await fixture(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** A feed address the test server answers with 404. */
export const MISSING_FEED_URL = '/test/fixtures/does-not-exist.json';

/** A directory whose feed request fails (404), with its failure rendered and the nd-feed-failed detail. */
export async function failedDirectory(
  lang = 'de',
  attrs: Readonly<Record<string, string>> = {},
): Promise<{ el: NetworkDirectory; detail: FeedFailedDetail }> {
  const el = document.createElement('network-directory');
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.noUrlState = true;
  el.src = MISSING_FEED_URL;
  const failed = oneEvent(el, 'nd-feed-failed');
  await fixture(el);
  const { detail } = await failed;
  await el.updateComplete;
  return { el, detail };
}

/** A directory on a feed given as an object. */
export async function directoryWith(feed: unknown, lang = 'de'): Promise<NetworkDirectory> {
  const el = await fixture<NetworkDirectory>(html`<network-directory lang=${lang} .feed=${feed}></network-directory>`);
  await el.updateComplete;
  return el;
}

/** Where a directory's content is: its shadow root, or the element itself with render-root="light". */
export const contentOf = (el: NetworkDirectory): ParentNode => el.shadowRoot ?? el;
export const $ = <T extends Element = HTMLElement>(el: NetworkDirectory, selector: string) =>
  contentOf(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: NetworkDirectory, selector: string) => [
  ...contentOf(el).querySelectorAll<T>(selector),
];

/** Names of the visible cards, in order. */
export const cardNames = (el: NetworkDirectory) => $$(el, '.card .name').map((n) => n.textContent!.trim());

/** Ids of the visible cards, in order: independent of the UI language. */
export const cardIds = (el: NetworkDirectory) => $$(el, '.card').map((c) => c.dataset.id!);

/** Types into the search field as a reader would (an input event per change). */
export async function typeQuery(el: NetworkDirectory, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The checkbox of a facet term, found by its ids. */
export const termBox = (el: NetworkDirectory, facet: string, term: string) =>
  $$<HTMLInputElement>(el, 'input[type="checkbox"]').find((i) => i.id.endsWith(`-${facet}-${term}`))!;

export async function clickTerm(el: NetworkDirectory, facet: string, term: string): Promise<void> {
  termBox(el, facet, term).click();
  await el.updateComplete;
}

/** Waits for the polite live region to say something containing `text`. */
export async function liveRegionSays(el: NetworkDirectory, text: string, timeout = 3000): Promise<void> {
  await waitUntil(() => $(el, '[role="status"]')?.textContent?.includes(text), `live region never said "${text}"`, {
    timeout,
  });
}

export const minimalFeed = (networks: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  language: 'de',
  title: { de: 'Testliste', en: 'Test list' },
  facets: [
    {
      id: 'scope',
      label: { de: 'Reichweite', en: 'Reach' },
      terms: [
        { id: 'local', label: { de: 'Lokal', en: 'Local' } },
        { id: 'national', label: { de: 'Bundesweit', en: 'Nationwide' } },
      ],
    },
  ],
  networks,
  ...extra,
});
