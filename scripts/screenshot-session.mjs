// What the screenshot scripts share: the project root served by @web/dev-server on a free
// loopback port, and the system's headless Chromium (puppeteer-core; CHROME_PATH overrides).
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

/**
 * Starts the server and the browser once `builtFile` exists (else: "Build first").
 * @returns {Promise<{ port: number, browser: import('puppeteer-core').Browser, close: () => Promise<void> }>}
 */
export async function openScreenshotSession(builtFile) {
  const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!chrome) throw new Error('No Chromium found: set CHROME_PATH.');
  if (!existsSync(builtFile)) throw new Error('Build first: npm run build');
  const server = await startDevServer({
    config: { rootDir: '.', port: 0, hostname: '127.0.0.1', watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-background-networking', '--no-first-run'],
  });
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  return { port, browser, close };
}
