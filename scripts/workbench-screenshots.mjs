#!/usr/bin/env node
// Screenshots of the feed workbench for the docs: docs/workbench-1280.png and
// docs/workbench-320.png.   npm run build && node scripts/workbench-screenshots.mjs
// Like scripts/screenshots.mjs: serves the project root with @web/dev-server on a free
// port and drives the system's headless Chromium (puppeteer-core, or CHROME_PATH). The
// page opens the German Excel table of the tests (no head file), so that the notices,
// the form and both previews show.
import { readFileSync } from 'node:fs';
import { openScreenshotSession } from './screenshot-session.mjs';

const SHOTS = [
  { width: 1280, height: 1000 },
  { width: 320, height: 2400 },
];
const TABLE = 'test/fixtures/workbench/netzwerke-excel.csv';
const { port, browser, close } = await openScreenshotSession('dist/network-feed-workbench.js');
const table = [...readFileSync(TABLE)];
try {
  for (const { width, height } of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/demo/workbench.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(async (bytes) => {
      await customElements.whenDefined('network-feed-workbench');
      const el = document.querySelector('network-feed-workbench');
      await el.openFile(new File([new Uint8Array(bytes)], 'netzwerke-excel.csv'));
      await el.updateComplete;
    }, table);
    await page.waitForFunction(() =>
      document
        .querySelector('network-feed-workbench')
        ?.shadowRoot?.querySelector('network-directory')
        ?.shadowRoot?.querySelector('.card'),
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) console.warn(`${width} px: the page scrolls sideways by ${overflow} px`);
    const path = `docs/workbench-${width}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await close();
}
