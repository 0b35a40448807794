// npm run bench:profile — where <network-directory>'s time goes: CPU profiles of
// loading, typing and facet clicks in headless Chromium, printed as the functions
// with the most self time. Uses an unminified build (esbuild) so names are readable;
// the benchmark (bench/run.mjs) measures the shipped bundle.
//
// Options (environment):
//   CHROME_PATH          browser binary (default /usr/bin/chromium)
//   BENCH_SIZES          comma-separated entry counts (default 10000)
//   PROFILE_TOP          functions listed per phase (default 25)
//   BENCH_VIEWPORT       the window, WIDTHxHEIGHT (default 1280x900)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { generateFeed } from './generate-feed.mjs';
import { directoryPageHtml } from './cards.mjs';
import { FACET_CLICK_ROUND, QUERIES, VIEWPORT, serveFolders } from './measure.mjs';
import { CHROMIUM_BASE_ARGS } from '../test/config/browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'bench', '.out', 'profile');
const SIZES = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

mkdirSync(out, { recursive: true });
execFileSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  [
    'src/define.ts',
    '--bundle',
    '--format=esm',
    '--target=es2021',
    `--outfile=${join(out, 'network-directory.js')}`,
    '--log-level=warning',
  ],
  { cwd: root, stdio: 'inherit' },
);
for (const size of SIZES) {
  const feedFile = join(out, `feed-${size}.json`);
  if (!existsSync(feedFile)) writeFileSync(feedFile, JSON.stringify(generateFeed(size, 7)));
  writeFileSync(join(out, `nd-${size}.html`), directoryPageHtml('network-directory.js', `feed-${size}.json`));
}

const { base, server } = await serveFolders([['/', out]]);

/** Self time per function (name + source line), largest first. */
function summarize(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]);
    const f = node.callFrame;
    const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, rows: [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP) };
}

function print(title, profile) {
  const { total, rows } = summarize(profile);
  console.log(`\n## ${title} (${total.toFixed(0)} ms sampled)`);
  for (const [name, t] of rows) console.log(`${t.toFixed(1).padStart(9)} ms  ${name}`);
}

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...CHROMIUM_BASE_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${base}nd-${size}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('network-directory')?.shadowRoot?.querySelector('.card'), {
      timeout: 600_000,
      polling: 100,
    });
    await new Promise((r) => setTimeout(r, 1000));
    print(`${size} entries: load`, (await cdp.send('Profiler.stop')).profile);

    const field = await page.$('pierce/input[type=search]');
    await cdp.send('Profiler.start');
    for (const query of QUERIES) {
      await field.click({ count: 3 });
      await page.keyboard.press('Backspace');
      for (const char of query) {
        await page.keyboard.type(char);
        await new Promise((r) => setTimeout(r, 60));
      }
    }
    await field.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await new Promise((r) => setTimeout(r, 1000));
    print(`${size} entries: typing ${QUERIES.join(', ')}`, (await cdp.send('Profiler.stop')).profile);

    await cdp.send('Profiler.start');
    for (const [facet, term] of FACET_CLICK_ROUND) {
      const box = await page.$(`pierce/input[type=checkbox][id$="-${facet}-${term}"]`);
      await box.click();
      await new Promise((r) => setTimeout(r, 100));
    }
    print(`${size} entries: ${FACET_CLICK_ROUND.length} facet clicks`, (await cdp.send('Profiler.stop')).profile);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
