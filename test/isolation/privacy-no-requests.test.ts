// "It loads nothing else but the feed: no fonts, no images, no third-party requests, no
// cookies, no storage" (README). An empty page of its own (an iframe) gets spies on every
// way to store or send something, then the built bundle and one directory on the demo feed;
// a reader searches, filters, opens details and switches the language. Afterwards the page
// has fetched exactly the bundle and the feed, from its own origin, and stored nothing.
import { expect } from '@open-wc/testing';
import {
  BUNDLE_URL,
  DEMO_FEED_URL,
  cardIds,
  chooseLanguage,
  loadBundleIn,
  mountIn,
  openFrame,
  search,
  settle,
  toggleEntry,
  toggleTerm,
  $,
  type Directory,
  type FrameWindow,
} from './helpers.js';

/**
 * Wraps the storing and sending APIs of `win`; every call is recorded as one line in
 * `calls`, and every API that was wrapped in `spied` (an engine may lack some: the test
 * checks which, so that no check goes missing unnoticed).
 */
function spyOnStorageAndNetwork(win: FrameWindow): { calls: string[]; spied: string[] } {
  const calls: string[] = [];
  const spied: string[] = [];
  const wrap = (owner: any, name: string, label = name) => {
    const original = owner?.[name];
    if (typeof original !== 'function') return;
    spied.push(label);
    owner[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${label}(${args.map((a) => String(a).slice(0, 80)).join(', ')})`);
      return original.apply(this, args);
    };
  };
  wrap(win.Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(win.Storage.prototype, 'removeItem', 'Storage.removeItem');
  wrap(win.Storage.prototype, 'clear', 'Storage.clear');
  wrap(win.IDBFactory?.prototype, 'open', 'indexedDB.open');
  wrap(win.CacheStorage?.prototype, 'open', 'caches.open');
  wrap(win.Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
  wrap((win as any).CookieStore?.prototype, 'set', 'cookieStore.set');
  wrap(win.XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  wrap(win, 'fetch');
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
    const Original = win[name];
    if (typeof Original !== 'function') continue;
    spied.push(name);
    win[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        calls.push(`new ${name}(${String(args[0])})`);
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
  const cookie = Object.getOwnPropertyDescriptor(win.Document.prototype, 'cookie')!;
  Object.defineProperty(win.Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get!.call(this);
    },
    set(value: string) {
      calls.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
  spied.push('document.cookie');
  return { calls, spied };
}

/** What every engine here has; the rest (CookieStore, SharedWorker…) is spied on where it exists. */
const MUST_SPY = [
  'Storage.setItem',
  'Storage.removeItem',
  'Storage.clear',
  'indexedDB.open',
  'caches.open',
  'navigator.sendBeacon',
  'XMLHttpRequest.open',
  'fetch',
  'WebSocket',
  'EventSource',
  'Worker',
  'document.cookie',
];

const databaseNames = async (win: FrameWindow): Promise<string[] | undefined> =>
  typeof win.indexedDB?.databases === 'function'
    ? (await win.indexedDB.databases()).map((db) => db.name ?? '').sort()
    : undefined;

describe('privacy: the built bundle requests only the feed and stores nothing', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let calls: string[];
  let spied: string[];
  let databasesBefore: string[] | undefined;
  let el: Directory;

  before(async () => {
    frame = await openFrame(new URL('./pages/blank.html', import.meta.url).pathname);
    win = frame.contentWindow as FrameWindow;
    // Same origin as the test runner's page: start from empty storage, so "empty" afterwards is ours.
    win.localStorage.clear();
    win.sessionStorage.clear();
    databasesBefore = await databaseNames(win);
    win.performance.clearResourceTimings();
    ({ calls, spied } = spyOnStorageAndNetwork(win));

    await loadBundleIn(frame);
    // The embedder's default: URL state on (it writes the page URL, which is not storage).
    el = await mountIn(frame.contentDocument!.body, { 'no-url-state': null });
  });

  after(() => frame.remove());

  it('every way to store or send that all engines have is spied on', () => {
    expect(MUST_SPY.filter((api) => !spied.includes(api))).to.deep.equal([]);
  });

  it('a reader searches, filters, opens details and switches the language', async () => {
    expect(cardIds(el)).to.have.length(6);
    await search(el, 'Rechtsextremismus');
    expect(cardIds(el)).to.deep.equal(['allianz-gegen-rechtsextremismus']);
    await search(el, '');
    await toggleTerm(el, 'scope', 'international');
    expect(cardIds(el)).to.deep.equal(['integrating-cities']);
    await toggleEntry(el, 'integrating-cities');
    expect($(el, '.card[data-id="integrating-cities"] .details').hidden).to.equal(false);
    await chooseLanguage(el, 'en');
    expect(el.currentLocale).to.equal('en');
    expect($(el, '.title').textContent!.trim()).to.equal('Networks for integration and intercultural opening');
    await toggleTerm(el, 'scope', 'international');
    expect(cardIds(el)).to.have.length(6);
    // the view went into the page URL (that is where it is kept, not in storage)
    expect(win.location.search).to.contain('nd.lang=en');
    await new Promise((resolve) => setTimeout(resolve, 800)); // the delayed live-region update
    await settle();
  });

  it('the page fetched exactly the bundle and the feed, from its own origin', () => {
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const urls = entries.map((e) => new URL(e.name));
    expect(urls.map((u) => u.origin).filter((o) => o !== win.location.origin)).to.deep.equal([]);
    expect(urls.map((u) => u.pathname).sort()).to.deep.equal([BUNDLE_URL, DEMO_FEED_URL].sort());
    // the feed once, by fetch, and nothing sent by XMLHttpRequest, beacon, socket or worker
    const sent = calls.filter((c) => !c.startsWith('Storage.') && !c.startsWith('document.cookie'));
    expect(sent).to.have.length(1, sent.join('\n'));
    expect(sent[0]).to.match(new RegExp(`^fetch\\(${new URL(DEMO_FEED_URL, win.location.href).href}[,)]`));
  });

  it('no cookie, nothing in localStorage or sessionStorage, no IndexedDB database', async () => {
    expect(
      calls.filter(
        (c) =>
          c.startsWith('Storage.') ||
          c.startsWith('document.cookie') ||
          c.includes('indexedDB') ||
          c.includes('caches') ||
          c.includes('cookieStore'),
      ),
    ).to.deep.equal([]);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    const databasesAfter = await databaseNames(win);
    // indexedDB.databases() and caches exist in every engine here (a secure localhost page):
    // where they did not, these checks would fail rather than pass unchecked
    expect(databasesAfter, 'indexedDB.databases()').to.be.an('array');
    expect(databasesAfter).to.deep.equal(databasesBefore);
    expect(await win.caches.keys()).to.deep.equal([]);
  });
});
