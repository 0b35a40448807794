// @web/test-runner: every test/**/*.test.ts in Chromium, Firefox and WebKit.
//
// Engines (test/config/browsers.mjs finds them; a missing one stops the run with one message):
//   Chromium  @web/test-runner-chrome, system Chromium/Chrome      override: CHROME_PATH
//   Firefox   @web/test-runner-puppeteer (puppeteer 24, WebDriver BiDi), system Firefox
//                                                                  override: FIREFOX_PATH
//   WebKit    @web/test-runner-webdriver + webdriverio, WebKitGTK MiniBrowser driven by
//             WebKitWebDriver, which test/config/webkit-launcher.mjs starts and stops itself.
//             Needs an X display: `npm run test:browser` starts Xvfb when DISPLAY is unset.
//                                    overrides: WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH
//   Choose engines with ND_BROWSERS=chromium,firefox,webkit (default: all three).
//
// Commands from '@web/test-runner-commands' (built into web-test-runner, no plugin to add;
// in a test: `import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands'`).
// What works where (checked by test/infra/commands.test.ts; `commandSupport` in
// test/config/engine.ts says the same to tests):
//   command        Chromium  Firefox  WebKit
//   sendKeys        yes       yes      yes: {type} and {press} only, no {down}/{up} (webdriver)
//   sendMouse       yes       yes      yes (also resetMouse)
//   setViewport     yes       yes      NO: "Setting viewport is not supported for browser type webdriver"
//   emulateMedia    yes       NO       NO: Firefox runs over WebDriver BiDi and puppeteer's
//                                          emulateMediaFeatures needs CDP ("UnsupportedOperation:
//                                          CDP support is required for this feature")
//   setUserAgent    yes       untested NO  ("only supported on puppeteer")
//   selectOption    yes       untested NO  (not implemented for webdriver)
//   a11ySnapshot    yes       untested NO  (prefer axe: `expect(el).to.be.accessible()`)
//   (rows marked yes/NO were run here; "untested" ones: check before relying on them)
//   readFile/writeFile/removeFile, snapshots: everywhere (they run in node)
// An unsupported command rejects and prints a stack trace: guard it with
// `if (!commandSupport.setViewport) this.skip();`. Real DOM events (el.click(), focus(),
// dispatchEvent) work everywhere and need no command.
// Each engine runs one test file at a time (concurrency 1): a second page would be a
// background tab that gets no keyboard/mouse input and no focus.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { BrowserSetupError, createBrowsers } from './test/config/browsers.mjs';
import { summaryLineReporter } from './test/config/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/a11y/forced-colors-command.mjs';

let browsers;
try {
  browsers = await createBrowsers();
} catch (error) {
  if (!(error instanceof BrowserSetupError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

// Engines run one after another by default: on 2 cores that was as fast as or faster than
// running all three at once (measured: 1 → 14.7 s, 2 → 16.2 s, 3 → 18.3 s for the infra suites)
// and it keeps timing-sensitive tests calm. ND_CONCURRENT_BROWSERS=3 on a bigger machine.
const concurrentBrowsers = Number(process.env.ND_CONCURRENT_BROWSERS) || 1;

export default {
  // Pure stages (feed, search, state, CSV) run in Node instead: npm run test:unit (.mocharc.json).
  files: ['test/**/*.test.ts', '!test/feed/**', '!test/search/**', '!test/state/**', '!test/csv/**'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  middleware: [
    (await import('./test/config/fault-server.mjs')).faultServer(),
    (await import('./demo/csp-middleware.mjs')).cspMiddleware(),
    ...(await import('./test/embed/cors-middleware.mjs')).embedMiddleware(),
  ], // test/hostile: network faults; demo/csp.html: strict CSP; test/embed: dist/embed.html under CSP, CORS for sandboxed frames
  browsers,
  concurrentBrowsers,
  // no progress bars redrawn with escape codes in CI logs or when piped to a file
  staticLogging: Boolean(process.env.CI) || !process.stdout.isTTY,
  reporters: [defaultReporter(), summaryLineReporter()],
  // default test-file concurrency for launchers that set none (each launcher sets its own)
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 55_000,
  // How a stuck test shows up: mocha ends any test after its time-out (10 s, raised per test
  // with this.timeout(), never above 50 s, so that mocha names it before the file limit below)
  // and names it; a failed assertion cannot stall the report when tests compare names, not
  // elements (docs/testing.md). A page that stops answering altogether (a frozen page runs no
  // timers, so mocha cannot end its test) fails the file at this limit, and the summary names
  // the file. The slowest file takes 21–31 s of test time on the CI machine (WebKit's
  // no-errors-reach-host, in the run's "slowest test files" list, 2026-11-30). A file that
  // freezes before its tests start fails at the start limit.
  testsFinishTimeout: 55_000,
  testFramework: {
    config: { timeout: 10_000, slow: 2_000 },
  },
  // Lit's dev-mode notice and the widget's own feed-problem warnings (tests feed it broken
  // feeds on purpose; tests that care spy on console.warn in the page) would bury the report.
  filterBrowserLogs: ({ args }) =>
    !(
      typeof args[0] === 'string' &&
      (args[0].startsWith('Lit is in dev mode') || args[0].startsWith('network-directory ['))
    ),
};
