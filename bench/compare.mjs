// npm run bench:compare -- before=path/to/a.js after=dist/network-directory.js
// Two or more builds of the element on the same generated feed and page, measured the
// way `npm run bench` measures (bench/measure.mjs), round by round in turn, so that a
// busy minute of the machine hits every build alike. For deciding whether a change is
// faster; the table in docs/benchmarks.md comes from `npm run bench`.
//
// Options (environment):
//   CHROME_PATH        browser binary (default /usr/bin/chromium)
//   BENCH_SIZE         entries in the feed (default 10000)
//   BENCH_ROUNDS       rounds; each has 2 loads and one round of typing and clicks per build (default 3)
//   BENCH_MEASURES     comma-separated: load, interactions (default both)
//   BENCH_VIEWPORT     the window, WIDTHxHEIGHT (default 1280x900). Cards out of view skip
//                      layout and paint, so builds whose layouts show different numbers of
//                      cards at a click (the last column) compare fairly only in a window
//                      that shows all of them, e.g. 1280x6000.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildPages } from './build-pages.mjs';
import { VIEWPORT, measureInteractions, measureLoad, median, quantile, serveFolders } from './measure.mjs';
import { CHROMIUM_BASE_ARGS } from '../test/config/browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'bench', '.out', 'compare');
const SIZE = Number(process.env.BENCH_SIZE ?? 10000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MEASURES = (process.env.BENCH_MEASURES ?? 'load,interactions').split(',');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const log = (...args) => console.error('[compare]', ...args);

const builds = buildPages(process.argv.slice(2), out, SIZE);

const { base, server } = await serveFolders([['/', out]]);

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...CHROMIUM_BASE_ARGS, '--disable-extensions', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const results = Object.fromEntries(
  builds.map(({ name }) => [name, { loads: [], keys: [], clicks: [], keysOnScreen: [], clicksOnScreen: [] }]),
);
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { name } of builds) {
      const url = `${base}${name}/index.html`;
      const r = results[name];
      if (MEASURES.includes('load'))
        for (let i = 0; i < 2; i++) r.loads.push((await measureLoad(browser, url)).painted);
      if (MEASURES.includes('interactions')) {
        const { keys, clicks } = await measureInteractions(browser, url, 'nd', 1, log);
        r.keys.push(...keys.map((s) => s.painted));
        r.clicks.push(...clicks.map((s) => s.painted));
        r.keysOnScreen.push(...keys.map((s) => s.onScreen));
        r.clicksOnScreen.push(...clicks.map((s) => s.onScreen));
      }
      log(`round ${round + 1}/${ROUNDS} ${name} done`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const cell = (xs) =>
  xs.length ? `${median(xs).toFixed(1)} / ${quantile(xs, 0.95).toFixed(1)} ms (n=${xs.length})` : 'n/a';
console.log(`${SIZE} entries, ${ROUNDS} rounds, window ${VIEWPORT.width}×${VIEWPORT.height}; median / p95`);
console.log(
  '| build | first results painted | keystroke → painted | facet click → painted | cards on screen after a key / click (median) |',
);
console.log('| --- | --- | --- | --- | --- |');
const cards = (xs) => (xs.length ? median(xs) : 'n/a');
for (const { name } of builds) {
  const r = results[name];
  const onScreen = `${cards(r.keysOnScreen)} / ${cards(r.clicksOnScreen)}`;
  console.log(`| ${name} | ${cell(r.loads)} | ${cell(r.keys)} | ${cell(r.clicks)} | ${onScreen} |`);
}
