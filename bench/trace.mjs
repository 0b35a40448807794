// npm run bench:trace -- before=path/to/a.js after=dist/network-directory.js
// The main thread's work per facet click and per keystroke, from Chromium traces, for two or
// more builds of the element on the same generated feed and page. Where bench:compare
// measures the time from input to paint (which a busy minute of the machine moves by 2–4 ms
// at the median), this sums what the renderer's main thread did, so that a change of 1 ms
// in script or layout shows in one run. Both together decide whether a change is faster.
//
// Printed per build, in ms per click and per key (mean over all of them):
//   busy     the main thread's tasks, end to end (what the reader waits for, less raster)
//   layout   Layout, self time
//   paint    PrePaint, Paint, Layerize and Commit, self time
//   other    the rest of the tasks' time: script, style, DOM, timers
//
// Options (environment):
//   CHROME_PATH        browser binary (default /usr/bin/chromium)
//   BENCH_SIZE         entries in the feed (default 1000)
//   BENCH_ROUNDS       rounds; each loads each build once, types the queries and clicks the
//                      facets (18 clicks, 30 keys; default 4)
//   BENCH_VIEWPORT     the window, WIDTHxHEIGHT (default 1280x900); 1280x6000 puts every
//                      card on screen (see bench/compare.mjs)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildPages } from './build-pages.mjs';
import { FACET_CLICK_ROUND, QUERIES, VIEWPORT, serveFolders, sleep } from './measure.mjs';
import { CHROMIUM_BASE_ARGS } from '../test/config/browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'bench', '.out', 'trace');
const SIZE = Number(process.env.BENCH_SIZE ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const log = (...args) => console.error('[trace]', ...args);

const builds = buildPages(process.argv.slice(2), out, SIZE);

const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * Sums the renderer main thread's trace events: `busy` is the time of its top-level tasks,
 * the others are self times (an event's time less that of the events inside it).
 */
function summarize(traceEvents) {
  const threads = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer is the one whose main thread ran script.
  const main = threads.find((t) => traceEvents.some((e) => e.pid === t.pid && e.name === 'FunctionCall'));
  if (!main) throw new Error('no renderer main thread with script in the trace');
  const events = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const sums = { busy: 0, layout: 0, paint: 0 };
  const stack = [];
  const selfOf = new Map();
  for (const event of events) {
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent && event.ts + event.dur <= parent.end) selfOf.set(parent.event, selfOf.get(parent.event) - event.dur);
    else if (!parent) sums.busy += event.dur;
    selfOf.set(event, event.dur);
    stack.push({ event, end: event.ts + event.dur });
  }
  for (const [event, self] of selfOf) {
    if (event.name === 'Layout') sums.layout += self;
    else if (PAINT.has(event.name)) sums.paint += self;
  }
  return { busy: sums.busy / 1000, layout: sums.layout / 1000, paint: sums.paint / 1000 };
}

const shadowQuery = (selector) =>
  `document.querySelector('network-directory').shadowRoot.querySelector(${JSON.stringify(selector)})`;

async function traced(page, act) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const count = await act();
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  return { ...summarize(traceEvents), count };
}

const frame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

const { base, server } = await serveFolders([['/', out]]);
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...CHROMIUM_BASE_ARGS, '--disable-extensions', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const totals = Object.fromEntries(builds.map(({ name }) => [name, { clicks: [], keys: [] }]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { name } of builds) {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      await page.goto(`${base}${name}/index.html`);
      await page.waitForFunction(`${shadowQuery('.card')} !== null`, { timeout: 120000, polling: 50 });
      await sleep(500);
      totals[name].keys.push(
        await traced(page, async () => {
          let keys = 0;
          for (const query of QUERIES) {
            await page.evaluate(`${shadowQuery('input[type="search"]')}.focus()`);
            for (const char of query) {
              await page.keyboard.type(char);
              await frame(page);
              await sleep(40);
              keys++;
            }
            await page.keyboard.down('Control');
            await page.keyboard.press('a');
            await page.keyboard.up('Control');
            await page.keyboard.press('Backspace');
            await frame(page);
            await sleep(200);
          }
          return keys;
        }),
      );
      totals[name].clicks.push(
        await traced(page, async () => {
          let clicks = 0;
          for (const [facet, term] of [...FACET_CLICK_ROUND, ...FACET_CLICK_ROUND, ...FACET_CLICK_ROUND]) {
            await page.evaluate(
              `[...document.querySelector('network-directory').shadowRoot.querySelectorAll('input[type="checkbox"]')]` +
                `.find((box) => box.id.endsWith(${JSON.stringify(`-${facet}-${term}`)})).click()`,
            );
            await frame(page);
            await sleep(80);
            clicks++;
          }
          return clicks;
        }),
      );
      await page.close();
      log(`round ${round + 1}/${ROUNDS} ${name} done`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const perInteraction = (runs) => {
  const count = runs.reduce((n, r) => n + r.count, 0);
  const mean = (key) => runs.reduce((sum, r) => sum + r[key], 0) / count;
  const busy = mean('busy');
  const layout = mean('layout');
  const paint = mean('paint');
  return { count, busy, layout, paint, other: busy - layout - paint };
};
const ms = (x) => x.toFixed(1);
console.log(
  `${SIZE} entries, ${ROUNDS} rounds, window ${VIEWPORT.width}×${VIEWPORT.height}; main thread, ms per interaction (mean)`,
);
console.log('| build | per click: busy / layout / paint / other | per key: busy / layout / paint / other |');
console.log('| --- | --- | --- |');
for (const { name } of builds) {
  const click = perInteraction(totals[name].clicks);
  const key = perInteraction(totals[name].keys);
  console.log(
    `| ${name} | ${ms(click.busy)} / ${ms(click.layout)} / ${ms(click.paint)} / ${ms(click.other)} (n=${click.count}) | ` +
      `${ms(key.busy)} / ${ms(key.layout)} / ${ms(key.paint)} / ${ms(key.other)} (n=${key.count}) |`,
  );
}
