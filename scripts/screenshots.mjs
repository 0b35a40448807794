#!/usr/bin/env node
// Screenshots of the demo for the docs: 320 and 1280 CSS px wide, light and dark, and the
// right-to-left host page (demo/rtl.html, an Arabic page around the widget) at 390 px.
//   npm run build && node scripts/screenshots.mjs
// Serves the project root with @web/dev-server on a free port, opens demo/index.html in
// headless Chromium (puppeteer-core; the system's Chromium, or CHROME_PATH) and writes
// docs/demo-<width>-<light|dark>.png (full page) and docs/demo-rtl.png (its first screen).
// Dark uses the demo's ?appearance=dark.
import { openScreenshotSession } from './screenshot-session.mjs';

const WIDTHS = [320, 1280];
const APPEARANCES = ['light', 'dark'];
const { port, browser, close } = await openScreenshotSession('dist/network-directory.js');
try {
  for (const width of WIDTHS) {
    for (const appearance of APPEARANCES) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      const query = appearance === 'light' ? '' : `?appearance=${appearance}`;
      await page.goto(`http://127.0.0.1:${port}/demo/index.html${query}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('network-directory')?.shadowRoot?.querySelector('.card'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) console.warn(`${width} px ${appearance}: the page scrolls sideways by ${overflow} px`);
      const path = `docs/demo-${width}-${appearance}.png`;
      // The whole page as one screen: cards out of view are not painted (content-visibility: auto),
      // and a full-page capture beyond the viewport would show them empty.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 1100, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/demo/rtl.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('network-directory')?.shadowRoot?.querySelector('.card'));
  await page.screenshot({ path: 'docs/demo-rtl.png' });
  console.log('wrote docs/demo-rtl.png');
  await page.close();
} finally {
  await close();
}
