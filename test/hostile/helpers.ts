/**
 * Shared set-up for the hostile tests: a host page that records every error that reaches
 * it, a directory mounted on a URL, and the checks every hostile outcome must pass.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { $, $$ } from '../components/helpers.js';
import { describeFeedProblem } from '../../src/feed/feed-problem-messages.js';
import { templates as enTemplates } from '../../src/generated/locales/en.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

// ---------------------------------------------------------------- the host page

/** Everything that reached the host page's window.onerror / unhandledrejection. */
export const hostErrors: string[] = [];
window.addEventListener('error', (e) => hostErrors.push(`error: ${e.message || e.error || e.type}`));
window.addEventListener('unhandledrejection', (e) => hostErrors.push(`unhandledrejection: ${String(e.reason)}`));

/** After each test: no error reached the page, no payload ran, no prototype was polluted. */
export function expectHostUnharmed(): void {
  expect(hostErrors, 'errors that reached the host page').to.deep.equal([]);
  expect(window.__pwned, 'window.__pwned (a payload ran)').to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
  expect(({} as Record<string, unknown>).isAdmin, 'Object.prototype polluted').to.equal(undefined);
}

// ---------------------------------------------------------------- mounting

export type Outcome =
  | { type: 'nd-feed-loaded'; problems: readonly FeedProblem[]; total: number }
  | { type: 'nd-feed-failed'; problems: readonly FeedProblem[]; message: string; stale: boolean };

const mounted: NetworkDirectory[] = [];
/** The test page's address: the widget may keep the reader's view in it; each test starts afresh. */
const pageHref = location.href;

/** Resolves with the next nd-feed-loaded or nd-feed-failed of `el`. */
export function nextOutcome(el: NetworkDirectory, timeout = 8000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      el.removeEventListener('nd-feed-loaded', onLoaded);
      el.removeEventListener('nd-feed-failed', onFailed);
      reject(new Error(`no nd-feed-loaded/nd-feed-failed within ${timeout} ms (src ${el.src})`));
    }, timeout);
    const done = (o: Outcome) => {
      clearTimeout(timer);
      el.removeEventListener('nd-feed-loaded', onLoaded);
      el.removeEventListener('nd-feed-failed', onFailed);
      resolve(o);
    };
    const onLoaded = (e: HTMLElementEventMap['nd-feed-loaded']) =>
      done({ type: 'nd-feed-loaded', problems: e.detail.problems, total: e.detail.feed.networks.length });
    const onFailed = (e: HTMLElementEventMap['nd-feed-failed']) =>
      done({ type: 'nd-feed-failed', problems: e.detail.problems, message: e.detail.message, stale: e.detail.stale });
    el.addEventListener('nd-feed-loaded', onLoaded);
    el.addEventListener('nd-feed-failed', onFailed);
  });
}

/** `<network-directory src=… lang=…>` in the page, with its first outcome. */
export async function mountOn(
  src: string,
  {
    lang = 'de',
    attrs = {} as Readonly<Record<string, string>>,
    timeout = 8000,
    /** Where the element goes (default: the page's body). */
    into = document.body as ParentNode,
  } = {},
): Promise<{ el: NetworkDirectory; outcome: Outcome }> {
  const el = document.createElement('network-directory');
  el.setAttribute('lang', lang);
  el.setAttribute('no-url-state', ''); // the reader's view (language, open entry) stays out of the shared page URL
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const outcome = nextOutcome(el, timeout);
  into.append(el);
  mounted.push(el);
  const result = await outcome;
  await el.updateComplete;
  return { el, outcome: result };
}

/** Removes what mountOn added (and @open-wc fixtures). */
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
  fixtureCleanup();
  if (location.href !== pageHref) history.replaceState(history.state, '', pageHref);
}

export const problemStrings = (problems: readonly FeedProblem[]) =>
  problems.map((p) => `${p.level} ${p.code} ${p.path}`).sort();

/** The card of entry `id`. */
export const card = (el: NetworkDirectory, id: string) => $$(el, '.card').find((c) => c.dataset.id === id);

/** Link targets (resolved) in a part of the widget. */
export const hrefsIn = (root: ParentNode | undefined | null) =>
  root ? [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href) : [];

/** Opens the details of every card (one at a time, as the widget allows) and calls `each` while open. */
export async function openEachCard(el: NetworkDirectory, each: (card: HTMLElement) => void | Promise<void> = () => {}) {
  for (const c of $$(el, '.card')) {
    const toggle = c.querySelector<HTMLButtonElement>('.toggle')!;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(c.querySelector<HTMLElement>('.details')!.hidden).to.equal(false);
    await each(c);
  }
}

/** Elements that only feed markup, never the widget's own templates, could have made. */
export const FOREIGN_ELEMENTS =
  'script, img, svg, iframe, object, embed, style, link, meta, base, form, b, h1, frame, video, audio, math';

/** What holds for every outcome: only safe link schemes, no element made from feed markup, nothing ran. */
export function expectNothingRan(el: NetworkDirectory): void {
  const root = el.shadowRoot!;
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a')) {
    expect(['http:', 'https:', 'mailto:', 'tel:'], `link ${a.getAttribute('href')}`).to.include(
      new URL(a.href).protocol,
    );
  }
  expect([...root.querySelectorAll(FOREIGN_ELEMENTS)].map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
  // Event-handler attributes can only come from markup.
  const handlers = [...root.querySelectorAll('*')].flatMap((e) =>
    [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
  );
  expect(handlers).to.deep.equal([]);
  expect(window.__pwned).to.equal(undefined);
}

// ---------------------------------------------------------------- messages

/**
 * For each feed-level code: what its sentence must mention in each language, whatever its
 * exact wording (the sentences themselves are checked against describeFeedProblem).
 * A CORS refusal cannot be told apart from a lost connection in a browser, by design:
 * so the network-error sentence must name both.
 */
export const MESSAGE_MENTIONS: Readonly<Record<string, { de: RegExp[]; en: RegExp[] }>> = {
  'not-json': { de: [/JSON/], en: [/JSON/] },
  'not-object': { de: [/\{/], en: [/\{/] },
  'empty-response': { de: [/leer/], en: [/empty/] },
  'version-unsupported': { de: [/Version 2/, /Version 1/], en: [/version 2/, /version 1/] },
  'version-missing': { de: [/version/], en: [/version/] },
  'version-invalid': { de: [/version/, /1/], en: [/version/, /1/] },
  'networks-missing': { de: [/networks/], en: [/networks/] },
  'not-json-content': { de: [/JSON-Feed/], en: [/JSON feed/] },
  'too-large': { de: [/größer als erlaubt/, /\d (MB|KB)\)/], en: [/larger than allowed/, /\d (MB|KB)\)/] },
  'http-status': { de: [/Fehler \d{3}/], en: [/error \d{3}/] },
  'network-error': { de: [/Verbindung/, /erlaubt/], en: [/connection/, /allow/] },
  timeout: { de: [/nicht rechtzeitig/, /\d s\)/], en: [/in time/, /\d s\)/] },
};

/** Switches the widget's language with its own buttons. */
export async function chooseLanguage(el: NetworkDirectory, lang: 'de' | 'en'): Promise<void> {
  $$<HTMLButtonElement>(el, '.language-switch button')
    .find((b) => b.lang === lang)!
    .click();
  await el.updateComplete;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The error message, in German and then (after the reader switches) in English: a headline,
 * the sentence for the problem, what that sentence must mention, `extra` fragments (a status,
 * a size), and for a failed reload the note that the entries shown may be out of date.
 */
export async function expectFailureMessage(
  el: NetworkDirectory,
  problem: FeedProblem,
  { stale = false, extra = { de: [] as string[], en: [] as string[] } } = {},
): Promise<void> {
  const seen: string[] = [];
  for (const lang of ['de', 'en'] as const) {
    await chooseLanguage(el, lang);
    const box = $(el, '.message.error');
    expect(box, `error message (${lang})`).to.exist;
    const text = squash(box!.textContent!);
    seen.push(text);
    expect(squash(box!.querySelector('strong')?.textContent ?? ''), 'a headline').to.not.equal('');
    expect(text).to.contain(squash(describeFeedProblem(problem, lang)));
    for (const re of MESSAGE_MENTIONS[problem.code][lang]) expect(text).to.match(re);
    for (const fragment of extra[lang]) expect(text).to.contain(fragment);
    if (stale) expect(text).to.contain(lang === 'de' ? 'nicht mehr aktuell' : enTemplates['error-stale']);
    else expect(text).to.not.contain(lang === 'de' ? 'nicht mehr aktuell' : enTemplates['error-stale']);
  }
  expect(seen[0], 'German and English messages differ').to.not.equal(seen[1]);
}

export async function waitForServer<T>(
  path: string,
  test: (value: T) => boolean,
  message: string,
  timeout = 5000,
): Promise<T> {
  let last: T | undefined;
  await waitUntil(
    async () => {
      last = (await (await fetch(path, { cache: 'no-store' })).json()) as T;
      return test(last);
    },
    message,
    { timeout, interval: 50 },
  );
  return last!;
}

/** What the fault server logged about one request (`/__faults/log?id=…`). */
export interface ServerLog {
  started: number;
  finished: boolean;
  aborted: boolean;
}

let requestCount = 0;
/** A request id unique to this page load, for the server's log. */
export const rid = (name: string) => `${name}-${Date.now()}-${++requestCount}`;
/** The fault server's log entry for request `id`. */
export const serverLog = (id: string) => `/__faults/log?id=${encodeURIComponent(id)}`;
