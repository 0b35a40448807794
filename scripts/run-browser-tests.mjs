#!/usr/bin/env node
// Runs web-test-runner (web-test-runner.config.mjs) and passes on every argument, e.g.
//   npm run test:browser -- --files test/infra/engines-run.test.ts
//   ND_BROWSERS=chromium,firefox npm run test:browser
//
// WebKit (WebKitGTK's MiniBrowser) has no headless mode and needs an X display. On a
// desktop, DISPLAY is set and the tests run as they are. On a headless machine (CI) this
// script starts a virtual display (Xvfb, from Debian's xvfb package) on a free display
// number, runs the tests in it, and stops it by its own child handle afterwards.
// Chromium and Firefox run headless either way. A missing engine stops here, before
// anything starts, with one message.
//
// Signals: SIGINT/SIGTERM/SIGHUP are passed to the test runner, which stops its browsers
// (the WebKit launcher ends its WebKitWebDriver, puppeteer ends Chromium and Firefox);
// only then is Xvfb stopped, so that no process is left behind.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { BrowserSetupError, hasDisplay, resolveEngines } from '../test/config/browsers.mjs';

const require = createRequire(import.meta.url);
// the package's "bin" (dist/bin.js) sits beside its CommonJS entry (dist/index.js)
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');
const XVFB_START_TIMEOUT_MS = 15_000;
const RUNNER_STOP_GRACE_MS = 20_000;

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function findOnPath(name) {
  const found = spawnSync('sh', ['-c', `command -v "${name}"`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Starts Xvfb on a free display (-displayfd) and resolves { display, process }. */
function startXvfb(xvfbPath) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      xvfbPath,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      // own process group: a Ctrl-C in the terminal must not end the display before the
      // browsers in it have been stopped; this script stops it afterwards.
      { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    let number = '';
    const timer = setTimeout(() => {
      xvfb.kill('SIGKILL');
      reject(new Error(`Xvfb did not start within ${XVFB_START_TIMEOUT_MS / 1000} s:\n${log}`));
    }, XVFB_START_TIMEOUT_MS);
    xvfb.stdio[2].on('data', (chunk) => (log = (log + chunk).slice(-4000)));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) {
        clearTimeout(timer);
        resolve({ display: `:${number.trim()}`, process: xvfb });
      }
    });
    xvfb.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (code ${code}) before it was ready:\n${log}`));
    });
  });
}

let engines;
try {
  ({ engines } = resolveEngines());
} catch (error) {
  if (!(error instanceof BrowserSetupError)) throw error;
  fail([error.message]);
}

const env = { ...process.env };
let xvfb;
const stopXvfb = () => {
  if (xvfb && xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill('SIGTERM');
};
process.on('exit', stopXvfb);

if (engines.includes('webkit') && !hasDisplay()) {
  const xvfbPath = findOnPath('Xvfb');
  if (!xvfbPath) {
    fail([
      'Browser tests cannot start: WebKit needs an X display; DISPLAY is not set and Xvfb,',
      'the virtual display, was not found on PATH.',
      '  install:   apt-get install xvfb',
      `  or leave WebKit out: ND_BROWSERS=${engines.filter((e) => e !== 'webkit').join(',') || 'chromium'}`,
    ]);
  }
  try {
    const started = await startXvfb(xvfbPath);
    xvfb = started.process;
    env.DISPLAY = started.display;
  } catch (error) {
    fail([`Browser tests cannot start: the virtual display (Xvfb) failed: ${error.message}`]);
  }
  console.log(`[test:browser] DISPLAY is not set: WebKit runs in a virtual display (Xvfb ${env.DISPLAY})`);
}

const runner = spawn(process.execPath, [wtrBin, ...process.argv.slice(2)], { stdio: 'inherit', env });
let escalation;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (runner.exitCode === null && runner.signalCode === null) runner.kill(signal);
    escalation ??= setTimeout(() => runner.kill('SIGKILL'), RUNNER_STOP_GRACE_MS);
  });
}
runner.once('error', (error) => fail([`Could not start web-test-runner: ${error.message}`]));
runner.once('exit', (code, signal) => {
  clearTimeout(escalation);
  stopXvfb();
  process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
});
