// What the benchmarks share (bench/run.mjs, compare.mjs, profile.mjs, search.mjs): the
// in-page probe, how a page is loaded, typed into and clicked, and a loopback server.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * Serves files on 127.0.0.1 (a free port), uncached: `mounts` are [URL prefix, folder]
 * pairs, e.g. `[['/', dir]]`; nothing outside a mounted folder is reachable.
 * Resolves with the base URL and the server.
 */
export async function serveFolders(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
    if (!file || !file.startsWith(mount[1] + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { base: `http://127.0.0.1:${server.address().port}/`, server };
}

/** Typed one key at a time. */
export const QUERIES = ['nürnberg', 'frauen', 'beirat j'];
/** Checkboxes clicked on and off: [facet, term]. */
const FACET_CLICKS = [
  ['topic', 'women-and-families'],
  ['scope', 'regional'],
  ['audience', 'civil-society'],
];
/** One round of facet clicks: each term on, then each off again in reverse order. */
export const FACET_CLICK_ROUND = [...FACET_CLICKS, ...[...FACET_CLICKS].reverse()];

// ---- in-page probe ------------------------------------------------------------
// Installed before any page script (evaluateOnNewDocument); results are in window.__bench.
// It watches the document and every shadow root
// (attachShadow is wrapped) with MutationObservers, and
//  * first results: the first moment an element with class `card` is in the DOM,
//    then the rAF callback of the frame that renders it, then a MessageChannel task
//    posted from that callback: it runs after the frame's style, layout and paint on
//    the main thread. `painted` is that task's time, from navigation start.
//  * interactions: a keydown on a search field or a mouseup on a facet checkbox or
//    its label starts a sample (t0 = event.timeStamp, the input event's creation);
//    the first DOM mutation after it marks `dom`, and the same rAF + MessageChannel
//    step marks `painted`. Without any mutation within 1 s (results unchanged) the
//    frame after the event ends the sample (flag `unchanged`).
export const PROBE = () => {
  const b = (window.__bench = { first: null, samples: [], pending: null, waiters: [] });
  const afterNextPaint = (done) =>
    requestAnimationFrame(() => {
      const raf = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(raf, performance.now());
      channel.port2.postMessage(0);
    });
  const roots = [];
  const hasCard = () => roots.some((r) => r.querySelector && r.querySelector('.card'));
  const finish = (p, raf, painted) => {
    if (b.pending !== p) return;
    b.pending = null;
    clearTimeout(p.timer);
    const sample = {
      kind: p.kind,
      dom: p.dom === undefined ? null : p.dom - p.t0,
      raf: raf - p.t0,
      painted: painted - p.t0,
      unchanged: p.dom === undefined,
    };
    b.samples.push(sample);
    b.waiters.splice(0).forEach((w) => w(sample));
  };
  // The live region is updated on a timer once typing pauses: not the results.
  const inLiveRegion = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!(el && el.closest('[aria-live]'));
  };
  const onMutation = (records) => {
    if (!b.own && roots.slice(1).some((r) => r.querySelector('.card'))) {
      b.own = { dom: performance.now() };
      afterNextPaint((raf, painted) => (b.own.painted = painted));
    }
    if (!b.first && hasCard()) {
      const dom = performance.now();
      b.first = { dom };
      afterNextPaint((raf, painted) => Object.assign(b.first, { raf, painted }));
    }
    const p = b.pending;
    if (p && p.dom === undefined && records.some((r) => !inLiveRegion(r.target))) {
      p.dom = performance.now();
      afterNextPaint((raf, painted) => finish(p, raf, painted));
    }
  };
  const observe = (node) => {
    roots.push(node);
    new MutationObserver(onMutation).observe(node, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  };
  observe(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    observe(shadow);
    return shadow;
  };
  const start = (kind, event) => {
    const p = (b.pending = { kind, t0: event.timeStamp });
    // Results unchanged (no mutation within 1 s): the sample ends at the frame after the event.
    afterNextPaint((raf, painted) => (p.eventFrame = [raf, painted]));
    p.timer = setTimeout(() => {
      if (p.dom === undefined && p.eventFrame) finish(p, ...p.eventFrame);
    }, 1000);
  };
  addEventListener(
    'keydown',
    (e) => {
      const target = e.composedPath()[0];
      if (target instanceof HTMLInputElement && target.type === 'search') start('key', e);
    },
    true,
  );
  // Characters typed without a key event (puppeteer inserts `ü` as text) start at beforeinput.
  addEventListener(
    'beforeinput',
    (e) => {
      const target = e.composedPath()[0];
      if (
        target instanceof HTMLInputElement &&
        target.type === 'search' &&
        !(b.pending && b.pending.kind === 'key' && b.pending.dom === undefined)
      )
        start('key', e);
    },
    true,
  );
  addEventListener(
    'mouseup',
    (e) => {
      const target = e.composedPath()[0];
      const label = target instanceof Element ? target.closest('label') : null;
      const box = label ? label.control : target;
      if (box instanceof HTMLInputElement && box.type === 'checkbox') start('click', e);
    },
    true,
  );
  // Resolves with the next sample, or with null when none comes within 5 s (a bench bug).
  b.next = () =>
    new Promise((resolve) => {
      b.waiters.push(resolve);
      setTimeout(() => resolve(null), 5000);
    });
  // Cumulative layout shift (the Layout Instability API's sum of shifts without recent
  // input, as Lighthouse adds them up for a load), and when the element's own first card
  // (one in a shadow root) was painted: with a fallback inside the element, the first
  // results are the fallback's and the element's come later.
  b.cls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // an engine without layout-shift entries: the figure stays 0
  }
  b.own = null;
  b.longTasks = [];
  try {
    new PerformanceObserver((list) => b.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  } catch {
    // Only Chromium reports long tasks; elsewhere the list stays empty.
  }
};

// ---- measuring -------------------------------------------------------------------

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The bench's window, `BENCH_VIEWPORT` (WIDTHxHEIGHT in CSS px, default 1280x900). */
export const VIEWPORT = parseViewport(process.env.BENCH_VIEWPORT ?? '1280x900');

function parseViewport(text) {
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match) throw new Error(`BENCH_VIEWPORT: expected WIDTHxHEIGHT such as 1280x900, got "${text}"`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

export async function openPage(browser, url, withCards = true) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 }); // 25 MB of static HTML on a loaded machine is slow
  if (withCards)
    await page.waitForFunction(() => window.__bench.first && window.__bench.first.painted !== undefined, {
      timeout: 600_000,
      polling: 50,
    });
  return page;
}

/** One cold load: first results painted, longest task, JS heap after a forced GC. */
export async function measureLoad(browser, url) {
  const page = await openPage(browser, url);
  await sleep(500); // let post-load work (timers, announcements) settle
  // The element's own cards, when the page has the element (a fallback's cards come first).
  await page.waitForFunction(
    () => !document.querySelector('network-directory') || window.__bench.own?.painted !== undefined,
    { timeout: 600_000, polling: 50 },
  );
  await sleep(300); // shifts after the element's cards are in
  const first = await page.evaluate(() => ({
    ...window.__bench.first,
    own: window.__bench.own?.painted ?? NaN,
    cls: window.__bench.cls,
    longest: Math.max(0, ...window.__bench.longTasks),
  }));
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  return {
    painted: first.painted,
    dom: first.dom,
    own: first.own,
    cls: first.cls,
    longest: first.longest,
    heap: heap.usedSize,
  };
}

/**
 * How many cards are in the window now (in the page, a directory's shadow root or its light
 * tree). Cards out of view skip layout and paint (content-visibility), so a click costs more
 * in a layout that shows results beside the filters than in one that shows only filters:
 * compare clicks at equal figures (BENCH_VIEWPORT), or say why they differ.
 */
function cardsOnScreen() {
  const directory = document.querySelector('network-directory');
  const root = directory?.shadowRoot ?? directory ?? document;
  return [...root.querySelectorAll('.card')].filter((card) => {
    const box = card.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.height > 0;
  }).length;
}

async function searchField(page, kind) {
  return kind === 'nd' ? page.$('pierce/input[type=search]') : page.$('#search');
}

async function checkbox(page, kind, facet, term) {
  return kind === 'nd'
    ? page.$(`pierce/input[type=checkbox][id$="-${facet}-${term}"]`)
    : page.$(`input[type=checkbox][data-facet="${facet}"][data-term="${term}"]`);
}

function take(samples, sample, what, log) {
  if (sample) samples.push(sample);
  else log(`no sample for ${what} (missed; not counted)`);
}

/**
 * Types each query one key at a time, waiting for each key's sample, then clears it;
 * then clicks the facet checkboxes. `kind`: `nd` (the element), `listjs` or `floor`.
 */
export async function measureInteractions(browser, url, kind, rounds, log) {
  const page = await openPage(browser, url, kind !== 'floor');
  await sleep(300);
  const keys = [];
  const clicks = [];
  const field = await searchField(page, kind);
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      await field.click();
      for (const char of query) {
        await page.evaluate(() => {
          window.__bench.waiting = window.__bench.next();
        });
        await page.keyboard.type(char);
        const sample = await page.evaluate(() => window.__bench.waiting);
        if (sample) sample.onScreen = await page.evaluate(cardsOnScreen);
        take(keys, sample, `${kind} key ${char}`, log);
        await sleep(40); // a fast typist: ~80 ms between keys including the above
      }
      await page.evaluate(() => {
        window.__bench.waiting = window.__bench.next();
      });
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.evaluate(() => window.__bench.waiting);
      await sleep(200);
    }
    // Facet clicks: each term on, then each off again in reverse order; three times per
    // round, so that the p95 rests on enough samples (54 with the default 3 rounds).
    for (const [facet, term] of [...FACET_CLICK_ROUND, ...FACET_CLICK_ROUND, ...FACET_CLICK_ROUND]) {
      const box = await checkbox(page, kind, facet, term);
      if (!box) throw new Error(`${kind}: no checkbox for ${facet}/${term}`);
      await box.scrollIntoView();
      await sleep(50);
      await page.evaluate(() => {
        window.__bench.waiting = window.__bench.next();
      });
      await box.click();
      const sample = await page.evaluate(() => window.__bench.waiting);
      if (sample) sample.onScreen = await page.evaluate(cardsOnScreen);
      take(clicks, sample, `${kind} click ${facet}/${term}`, log);
      await sleep(100);
    }
  }
  await page.close();
  return { keys, clicks };
}

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; // nearest rank
}
