// A test-runner command that turns forced colours (Windows High Contrast) on and off in
// Chromium. @web/test-runner-commands' emulateMedia passes only prefers-color-scheme and
// prefers-reduced-motion to puppeteer, so `emulateMedia({ forcedColors: 'active' })` does
// nothing there. Register it in web-test-runner.config.mjs:
//   import { forcedColorsPlugin } from './test/a11y/forced-colors-command.mjs';
//   plugins: [..., forcedColorsPlugin()],
// and call it from a test: `executeServerCommand('nd-forced-colors', { active: true })`.
// Firefox (WebDriver BiDi) and WebKit (webdriver) cannot emulate the mode: it rejects there.
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'nd-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nd-forced-colors') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : null;
      if (!page || !/chrom/i.test(await page.browser().version())) {
        throw new Error('Forced colours can be emulated in Chromium only.');
      }
      // puppeteer's emulateMediaFeatures() knows no forced-colors: ask CDP directly
      // (the session stays open: closing it would end its emulation)
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
