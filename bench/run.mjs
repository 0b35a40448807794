// npm run bench — <network-directory> against List.js and a static page, same
// generated feeds, same headless Chromium, one table; and a fourth page, the element
// with the fragment of `network-directory render` inside it (first results and layout
// shift with and without it, a second table). See docs/benchmarks.md for
// what each figure means and how it is taken.
//
// Options (environment):
//   CHROME_PATH        browser binary (default /usr/bin/chromium)
//   BENCH_SIZES        comma-separated entry counts (default 100,1000,10000)
//   BENCH_LOADS        page loads per page and size for load figures (default 5)
//   BENCH_ROUNDS       rounds of typing and of facet clicks (default 3)
//   BENCH_SKIP_BUILD=1 use dist/network-directory.js as it is
//   BENCH_BUNDLE=path  measure another build of the element (implies no build)
//   BENCH_JSON=path    also write every raw sample there
//   BENCH_VIEWPORT     the window, WIDTHxHEIGHT (default 1280x900)
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { generateFeed } from './generate-feed.mjs';
import { cardHtml, directoryPageHtml, filtersHtml, CARD_CSS } from './cards.mjs';
import { measureLoad, measureInteractions, quantile, median, serveFolders } from './measure.mjs';
import { CHROMIUM_BASE_ARGS } from '../test/config/browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'bench', '.out');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PEERS = ['nd', 'listjs', 'static'];
/** Pages measured for load only: the element with the static fragment inside it. */
const LOAD_ONLY = ['nd-fallback'];
/** List.js shows as many entries at first and per "show more" as the element: its PAGE_SIZE. */
const PAGE_SIZE = Number(
  /export const PAGE_SIZE = (\d+);/.exec(readFileSync(join(root, 'src/state/view-state.ts'), 'utf8'))[1],
);
const PEER_NAMES = { nd: 'network-directory', listjs: 'List.js', static: 'static HTML' };

const log = (...args) => console.error('[bench]', ...args);

// ---- build and sizes ---------------------------------------------------------

if (!process.env.BENCH_SKIP_BUILD && !process.env.BENCH_BUNDLE) {
  log('npm run build');
  execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const bundlePath = resolve(process.env.BENCH_BUNDLE ?? join(root, 'dist', 'network-directory.js'));
if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run npm run build`);
const listJsPath = join(root, 'node_modules', 'list.js', 'dist', 'list.min.js');

function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// ---- pages ------------------------------------------------------------------

/** The floor page's script: every key or click changes one line of text, nothing else. */
const FLOOR_SCRIPT = `
const line = document.querySelector('.count');
let changes = 0;
const change = () => { line.textContent = 'Änderung ' + ++changes; };
document.querySelector('#search').addEventListener('input', change);
document.querySelector('.filters').addEventListener('change', change);
`;

/**
 * The second floor page's script: every key or click shows the next 24 of 240 ready
 * cards in place of the last 24. No search, no counts, no framework: what any page pays
 * on this machine to show other cards, in the peers' styles.
 */
const CARD_FLOOR_SCRIPT = `
const list = document.querySelector('.results');
const pool = [...document.querySelector('template').content.children];
let shown = 0;
const change = () => {
  shown = (shown + ${PAGE_SIZE}) % pool.length;
  list.replaceChildren(...pool.slice(shown, shown + ${PAGE_SIZE}));
};
document.querySelector('#search').addEventListener('input', change);
document.querySelector('.filters').addEventListener('change', change);
`;

/** The List.js page's own script: fetch the feed, hand List.js the values, wire search and checkboxes. */
const LISTJS_GLUE = () => `
import { cardHtml, de } from './cards.mjs';
const feedUrl = document.documentElement.dataset.feed;
const feed = await (await fetch(feedUrl)).json();
const columns = ['sName', 'sShort', 'sSummary', 'sDescription', 'sMembers', 'sArea', 'sCoordinator', 'sTerms'];
const labels = new Map(feed.facets.flatMap((f) => f.terms.map((t) => [f.id + ' ' + t.id, de(t.label)])));
const values = feed.networks.map((n) => ({
  sName: de(n.name), sShort: n.shortName ?? '', sSummary: de(n.summary), sDescription: de(n.description),
  sMembers: de(n.members), sArea: de(n.area), sCoordinator: de(n.coordinator?.name),
  sTerms: Object.entries(n.facets ?? {}).flatMap(([f, ts]) => ts.map((t) => labels.get(f + ' ' + t) ?? '')).join(' '),
  network: n,
}));
const list = new List('directory', { valueNames: columns, searchColumns: columns, page: ${PAGE_SIZE}, item: (v) => cardHtml(v.network, feed) }, values);
const count = document.querySelector('.count');
const more = document.querySelector('.show-more');
const total = feed.networks.length;
const showCount = () => {
  const n = list.matchingItems.length;
  count.textContent = n === total ? total + ' Netzwerke' : n + ' von ' + total + ' Netzwerken';
  more.hidden = list.visibleItems.length >= n;
  more.textContent = 'Weitere anzeigen (' + list.visibleItems.length + ' von ' + n + ' angezeigt)';
};
list.on('updated', showCount);
showCount();
document.querySelector('#search').addEventListener('input', (e) => list.search(e.target.value));
const boxes = [...document.querySelectorAll('input[type=checkbox]')];
document.querySelector('.filters').addEventListener('change', () => {
  const chosen = new Map();
  for (const box of boxes) if (box.checked) chosen.set(box.dataset.facet, [...(chosen.get(box.dataset.facet) ?? []), box.dataset.term]);
  if (!chosen.size) return list.filter();
  list.filter((item) => {
    const n = item.values().network;
    for (const [facet, terms] of chosen) if (!terms.some((t) => (n.facets?.[facet] ?? []).includes(t))) return false;
    return true;
  });
});
more.addEventListener('click', () => list.show(1, list.page + ${PAGE_SIZE}));
`;

function page(title, body, head = '', feedFile = '') {
  return `<!doctype html><html lang="de"${feedFile ? ` data-feed="${feedFile}"` : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

function writePages() {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '.gitignore'), '*\n');
  writeFileSync(join(out, 'cards.mjs'), readFileSync(join(root, 'bench', 'cards.mjs')));
  writeFileSync(join(out, 'listjs-glue.mjs'), LISTJS_GLUE());
  writeFileSync(join(out, 'cards.css'), CARD_CSS);
  const feeds = {};
  for (const size of SIZES) {
    const feed = generateFeed(size, 7);
    const text = JSON.stringify(feed);
    const feedFile = `feed-${size}.json`;
    writeFileSync(join(out, feedFile), text);
    feeds[size] = { bytes: Buffer.byteLength(text) };
    writeFileSync(
      join(out, `nd-${size}.html`),
      directoryPageHtml('/dist/network-directory.js', feedFile, { footer: true }),
    );
    // The fourth page: the same, with the German fragment that `network-directory render` writes for this feed.
    const rendered = join(out, `render-${size}`);
    execFileSync(
      process.execPath,
      [join(root, 'bin', 'network-directory.js'), 'render', join(out, feedFile), '--out', rendered],
      { stdio: 'ignore' },
    );
    const fallback = readFileSync(join(rendered, 'fragment.de.html'), 'utf8');
    writeFileSync(
      join(out, `nd-fallback-${size}.html`),
      directoryPageHtml('/dist/network-directory.js', feedFile, { fallback, footer: true }),
    );
    writeFileSync(
      join(out, `listjs-${size}.html`),
      page(
        'List.js',
        `<main id="directory"><h2>Netzwerke</h2>${filtersHtml(feed)}<p class="count"></p><ul class="list results"></ul><button type="button" class="show-more" hidden></button></main>`,
        '<link rel="stylesheet" href="cards.css"><script src="/listjs/list.min.js"></script><script type="module" src="listjs-glue.mjs"></script>',
        feedFile,
      ),
    );
    writeFileSync(
      join(out, `static-${size}.html`),
      page(
        'static',
        `<main><h2>Netzwerke</h2>${filtersHtml(feed)}<p class="count">${size} Netzwerke</p><ul class="results">${feed.networks
          .map((n) => cardHtml(n, feed))
          .join('')}</ul></main>`,
        '<link rel="stylesheet" href="cards.css">',
      ),
    );
    feeds[size].staticBytes = statSync(join(out, `static-${size}.html`)).size;
  }
  // The floor of the method: the same search field and checkboxes, and one line of text
  // that changes per key or click. What no directory can beat on this machine.
  writeFileSync(join(out, 'floor.mjs'), FLOOR_SCRIPT);
  writeFileSync(
    join(out, 'floor.html'),
    page(
      'floor',
      `<main>${filtersHtml(generateFeed(10, 7))}<p class="count"></p></main>`,
      '<link rel="stylesheet" href="cards.css"><script type="module" src="floor.mjs"></script>',
    ),
  );
  // The floor for a list: the same, with 24 cards that are replaced by 24 others per key or click.
  const cardFeed = generateFeed(10 * PAGE_SIZE, 7);
  const cards = cardFeed.networks.map((n) => cardHtml(n, cardFeed));
  writeFileSync(join(out, 'floor-cards.mjs'), CARD_FLOOR_SCRIPT);
  writeFileSync(
    join(out, 'floor-cards.html'),
    page(
      'floor with cards',
      `<main><h2>Netzwerke</h2>${filtersHtml(cardFeed)}<p class="count"></p><ul class="results">${cards.slice(0, PAGE_SIZE).join('')}</ul><template>${cards.join('')}</template></main>`,
      '<link rel="stylesheet" href="cards.css"><script type="module" src="floor-cards.mjs"></script>',
    ),
  );
  return feeds;
}

// ---- server (loopback only) ------------------------------------------------------

const MOUNTS = [
  ['/dist/', resolve(bundlePath, '..')],
  ['/listjs/', join(root, 'node_modules', 'list.js', 'dist')],
  ['/out/', out],
];

// ---- table ------------------------------------------------------------------------

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const mb = (x) => (Number.isFinite(x) ? `${(x / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const kb = (x) => (Number.isFinite(x) ? `${(x / 1024).toFixed(2)} KB` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

async function main() {
  log(`sizes ${SIZES.join(', ')}; ${LOADS} loads each; ${ROUNDS} rounds of typing and clicks`);
  const feeds = writePages();
  const { server, base: origin } = await serveFolders(MOUNTS);
  const base = `${origin}out/`;
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [
      ...CHROMIUM_BASE_ARGS,
      '--disable-extensions',
      // Frames are produced as soon as there is something to draw, not at the next
      // 60 Hz vsync: the figures are the work, not a wait for the display.
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
      '--enable-precise-memory-info',
    ],
  });
  const version = await browser.version();
  const raw = { version, feeds, loads: {}, interactions: {} };
  try {
    for (let i = 0; i < LOADS; i++) {
      for (const size of SIZES) {
        for (const kind of [...PEERS, ...LOAD_ONLY]) {
          const r = await measureLoad(browser, `${base}${kind}-${size}.html`);
          ((raw.loads[size] ??= {})[kind] ??= []).push(r);
          log(`load ${i + 1}/${LOADS} ${kind}-${size}: first results ${ms(r.painted)}, heap ${mb(r.heap)}`);
        }
      }
    }
    for (const size of SIZES) {
      for (const kind of ['nd', 'listjs']) {
        const r = await measureInteractions(browser, `${base}${kind}-${size}.html`, kind, ROUNDS, log);
        (raw.interactions[size] ??= {})[kind] = r;
        log(
          `interactions ${kind}-${size}: key p95 ${ms(
            quantile(
              r.keys.map((s) => s.painted),
              0.95,
            ),
          )}, click p95 ${ms(
            quantile(
              r.clicks.map((s) => s.painted),
              0.95,
            ),
          )}`,
        );
      }
    }
    raw.interactions.floor = await measureInteractions(browser, `${base}floor.html`, 'floor', ROUNDS, log);
    raw.interactions.floorCards = await measureInteractions(browser, `${base}floor-cards.html`, 'floor', ROUNDS, log);
  } finally {
    await browser.close();
    server.close();
  }

  const ours = compressedSizes(readFileSync(bundlePath));
  const listjs = compressedSizes(
    Buffer.concat([
      readFileSync(listJsPath),
      Buffer.from(LISTJS_GLUE()),
      readFileSync(join(root, 'bench', 'cards.mjs')),
    ]),
  );
  const rows = [];
  const add = (measure, size, values, fmt) => {
    const [a, b, c] = values;
    rows.push([measure, size, fmt(a), fmt(b), fmt(c), ratio(a, b), ratio(a, c)]);
  };
  add('shipped JS, gzip', '–', [ours.gzip, listjs.gzip, 0], kb);
  add('shipped JS, brotli', '–', [ours.brotli, listjs.brotli, 0], kb);
  for (const size of SIZES) {
    const loads = raw.loads[size];
    const per = (kind, key) => median(loads[kind].map((r) => r[key]));
    add(
      'first results painted (median)',
      size,
      PEERS.map((k) => per(k, 'painted')),
      ms,
    );
  }
  for (const size of SIZES) {
    const loads = raw.loads[size];
    add(
      'longest main-thread task during load',
      size,
      PEERS.map((k) => median(loads[k].map((r) => r.longest))),
      ms,
    );
  }
  for (const [label, key, q] of [
    ['keystroke → results painted, median', 'keys', 0.5],
    ['keystroke → results painted, p95', 'keys', 0.95],
    ['facet click → results painted, median', 'clicks', 0.5],
    ['facet click → results painted, p95', 'clicks', 0.95],
  ]) {
    for (const size of SIZES) {
      const it = raw.interactions[size];
      add(
        label,
        size,
        [
          quantile(
            it.nd[key].map((s) => s.painted),
            q,
          ),
          quantile(
            it.listjs[key].map((s) => s.painted),
            q,
          ),
          NaN,
        ],
        ms,
      );
    }
  }
  for (const size of SIZES) {
    const loads = raw.loads[size];
    add(
      'JS heap after load (after GC, median)',
      size,
      PEERS.map((k) => median(loads[k].map((r) => r.heap))),
      mb,
    );
  }

  const header = [
    'measure',
    'entries',
    'network-directory',
    'List.js',
    'static HTML',
    'ours ÷ List.js',
    'ours ÷ static',
  ];
  const lines = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
  console.log(`bundle: ${bundlePath}`);
  console.log(
    `Chromium ${version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? '?'} · load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `feeds: ${SIZES.map((s) => `${s} entries = ${mb(feeds[s].bytes)} JSON, ${mb(feeds[s].staticBytes)} static HTML`).join('; ')}`,
  );
  console.log(
    `samples per size: ${raw.interactions[SIZES[0]].nd.keys.length} keystrokes, ${raw.interactions[SIZES[0]].nd.clicks.length} facet clicks; ${LOADS} loads per page`,
  );
  console.log(lines.join('\n'));
  // The fourth page: first results and layout shift with and without the fragment inside the element.
  const fb = [
    ['measure', 'entries', 'element', 'element + fragment', 'static HTML'],
    ['---', '---', '---', '---', '---'],
  ];
  const cls = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  for (const size of SIZES) {
    const l = raw.loads[size];
    const per = (kind, key) => median(l[kind].map((r) => r[key]));
    fb.push([
      'first results painted (median)',
      size,
      ms(per('nd', 'painted')),
      ms(per('nd-fallback', 'painted')),
      ms(per('static', 'painted')),
    ]);
    fb.push([
      "the element's own cards painted (median)",
      size,
      ms(per('nd', 'own')),
      ms(per('nd-fallback', 'own')),
      '–',
    ]);
    fb.push([
      'cumulative layout shift (median; max)',
      size,
      `${cls(per('nd', 'cls'))}; ${cls(Math.max(...l.nd.map((r) => r.cls)))}`,
      `${cls(per('nd-fallback', 'cls'))}; ${cls(Math.max(...l['nd-fallback'].map((r) => r.cls)))}`,
      cls(per('static', 'cls')),
    ]);
  }
  console.log(
    `\nthe element with the fragment of \`network-directory render\` inside it (page with a footer after the directory):`,
  );
  console.log(fb.map((r) => `| ${r.join(' | ')} |`).join('\n'));
  const floor = raw.interactions.floor;
  const dist = (xs) =>
    `median ${ms(median(xs.map((x) => x.painted)))}, p95 ${ms(
      quantile(
        xs.map((x) => x.painted),
        0.95,
      ),
    )}`;
  console.log(
    `\nfloor of the method (search field and checkboxes that change one line of text, no list): keystroke ${dist(floor.keys)}; facet click ${dist(floor.clicks)}`,
  );
  const cardFloor = raw.interactions.floorCards;
  console.log(
    `floor for a list (the same, and 24 other ready cards shown per key or click; no search, no counts): keystroke ${dist(cardFloor.keys)}; facet click ${dist(cardFloor.clicks)}`,
  );
  const spread = SIZES.map((size) => {
    const l = raw.loads[size];
    return `${size}: ${PEERS.map((k) => `${PEER_NAMES[k]} ${l[k].map((r) => r.painted.toFixed(0)).join('/')}`).join(', ')}`;
  });
  console.log(`\nfirst-results spread (every load, ms): ${spread.join('; ')}`);
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(raw, null, 1));
}

await main();
