// Finds the three browser engines on this machine and builds @web/test-runner launchers
// for them. Used by web-test-runner.config.mjs and scripts/run-browser-tests.mjs.
//
// Engines are chosen with ND_BROWSERS (comma separated, default "chromium,firefox,webkit").
// Each engine's executable can be overridden with an environment variable; when one is not
// found, createBrowsers() throws ONE BrowserSetupError that names every missing engine,
// where it looked, the variable that overrides it and how to install it.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

/** Flags for headless Chromium on these machines (root, no GPU, a closed network): see DESIGN.md. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The tests' Chromium: the base flags, and no throttling of pages that are not in front. */
export const CHROMIUM_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  '--disable-dev-shm-usage',
  // A page that is not the front tab gets no input events (sendKeys/sendMouse time out) and
  // throttled timers; test files run one at a time (concurrency 1), these flags are a second
  // guard against a background window.
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
];

/** Where each engine is looked for, in order. Bare names are searched on PATH. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    env: 'CHROME_PATH',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      'chromium',
      'chromium-browser',
      'google-chrome',
      'google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    install: 'apt-get install chromium (Debian/Ubuntu), or install Google Chrome',
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    candidates: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      'firefox-esr',
      'firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    install: 'apt-get install firefox-esr (Debian), or install Firefox',
  },
  webkit: {
    label: 'WebKit',
    env: 'WEBKIT_BROWSER_PATH',
    candidates: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.0/MiniBrowser',
    ],
    install: 'apt-get install webkit2gtk-driver xvfb (Debian; Linux only)',
    driver: {
      label: 'WebKitWebDriver',
      env: 'WEBKIT_DRIVER_PATH',
      candidates: ['/usr/bin/WebKitWebDriver', 'WebKitWebDriver'],
    },
  },
};

export class BrowserSetupError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BrowserSetupError';
  }
}

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function lookupOnPath(name, env) {
  for (const dir of (env.PATH || '').split(delimiter)) {
    if (dir && isExecutableFile(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Finds an executable: the env variable when set (and then only there), else the first
 * candidate that exists. Returns { path } or { looked: [...] }.
 */
export function findExecutable({ env: envName, candidates }, env = process.env) {
  const override = env[envName];
  if (override) {
    const path = isAbsolute(override) ? override : lookupOnPath(override, env);
    return path && isExecutableFile(path) ? { path } : { looked: [`${envName}=${override}`] };
  }
  for (const candidate of candidates) {
    const path = isAbsolute(candidate) ? candidate : lookupOnPath(candidate, env);
    if (path && isExecutableFile(path)) return { path };
  }
  return { looked: candidates.map((c) => (isAbsolute(c) ? c : `${c} on PATH`)) };
}

/** The engines chosen by ND_BROWSERS, validated. */
export function selectedEngines(env = process.env) {
  const raw = (env.ND_BROWSERS || '').trim();
  if (!raw) return [...ALL_ENGINES];
  const names = [
    ...new Set(
      raw
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((n) => n.toLowerCase()),
    ),
  ];
  const unknown = names.filter((n) => !ALL_ENGINES.includes(n));
  if (unknown.length || names.length === 0) {
    throw new BrowserSetupError(
      `ND_BROWSERS="${raw}" names unknown engine(s): ${unknown.join(', ') || '(none)'}. ` +
        `Use a comma-separated list of: ${ALL_ENGINES.join(', ')}.`,
    );
  }
  return names;
}

function missingMessage(engine, what, looked, envName, install) {
  return [
    what === ENGINES[engine].label
      ? `  ${what} was not found.`
      : `  ${what} (for the ${ENGINES[engine].label} engine) was not found.`,
    `    looked at: ${looked.join(', ')}`,
    `    override:  ${envName}=/path/to/executable`,
    `    install:   ${install}`,
  ].join('\n');
}

/**
 * Resolves the executables of the selected engines.
 * @returns {{ engines: string[], paths: Record<string, {browser: string, driver?: string}> }}
 * @throws {BrowserSetupError} naming every engine that is missing.
 */
export function resolveEngines(env = process.env) {
  const engines = selectedEngines(env);
  const paths = {};
  const problems = [];
  for (const engine of engines) {
    const spec = ENGINES[engine];
    const browser = findExecutable(spec, env);
    if (!browser.path) {
      problems.push(missingMessage(engine, spec.label, browser.looked, spec.env, spec.install));
    }
    let driver;
    if (spec.driver) {
      driver = findExecutable(spec.driver, env);
      if (!driver.path) {
        problems.push(missingMessage(engine, spec.driver.label, driver.looked, spec.driver.env, spec.install));
      }
    }
    paths[engine] = { browser: browser.path, driver: driver?.path };
  }
  if (problems.length) {
    const others = ALL_ENGINES.filter(
      (e) => engines.includes(e) && paths[e].browser && (!ENGINES[e].driver || paths[e].driver),
    );
    throw new BrowserSetupError(
      [
        'Browser tests cannot start: a browser engine is missing.',
        ...problems,
        `  To run without it, choose engines with ND_BROWSERS, e.g. ND_BROWSERS=${others.join(',') || 'chromium'}`,
      ].join('\n'),
    );
  }
  return { engines, paths };
}

/** True when a graphical display is available to WebKitGTK's MiniBrowser. */
export function hasDisplay(env = process.env) {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Builds the launchers of the selected engines. Launcher packages are imported lazily so
 * that an engine left out with ND_BROWSERS costs nothing.
 */
export async function createBrowsers(env = process.env) {
  const { engines, paths } = resolveEngines(env);
  if (engines.includes('webkit') && !hasDisplay(env)) {
    throw new BrowserSetupError(
      [
        'Browser tests cannot start: WebKit (WebKitGTK MiniBrowser) needs an X display and DISPLAY is not set.',
        '  Run them with `npm run test:browser` (it starts a virtual display, Xvfb, when needed),',
        '  or `xvfb-run -a npx web-test-runner ...` (install: apt-get install xvfb xauth),',
        `  or leave WebKit out: ND_BROWSERS=${engines.filter((e) => e !== 'webkit').join(',') || 'chromium'}`,
      ].join('\n'),
    );
  }
  const browsers = [];
  for (const engine of engines) {
    if (engine === 'chromium') {
      const { chromeLauncher } = await import('@web/test-runner-chrome');
      const launcher = chromeLauncher({
        // 1: with 2 pages at once the second is a background tab, where sendKeys/sendMouse
        // hang (Chromium delivers no input to background tabs) and focus tests fail.
        concurrency: 1,
        launchOptions: { executablePath: paths.chromium.browser, args: CHROMIUM_ARGS },
      });
      launcher.name = 'Chromium';
      browsers.push(launcher);
    } else if (engine === 'firefox') {
      const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
      browsers.push(
        puppeteerLauncher({
          // 1: Firefox does not focus background tabs either (focus tests, key input)
          concurrency: 1,
          launchOptions: {
            browser: 'firefox',
            executablePath: paths.firefox.browser,
            headless: true,
            // puppeteer 24 drives Firefox over WebDriver BiDi (the only protocol it supports
            // for Firefox); no `protocol` setting is needed.
            extraPrefsFirefox: {
              // quiet and offline: no update checks, telemetry or remote settings requests
              'app.update.enabled': false,
              'browser.shell.checkDefaultBrowser': false,
              'datareporting.policy.dataSubmissionEnabled': false,
              'toolkit.telemetry.enabled': false,
              'services.settings.server': 'data:,',
            },
          },
        }),
      );
    } else if (engine === 'webkit') {
      const { webkitGtkLauncher } = await import('./webkit-launcher.mjs');
      browsers.push(webkitGtkLauncher({ browserPath: paths.webkit.browser, driverPath: paths.webkit.driver }));
    }
  }
  return browsers;
}
