// WebKit for @web/test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver through
// @web/test-runner-webdriver + webdriverio (both from Debian's webkit2gtk-driver package).
//
// The launcher owns its WebKitWebDriver: it starts it on a free loopback port when the run
// starts, waits until /status says ready, and stops it (and so MiniBrowser and its WebKit
// helper processes, which are in the driver's process group) by its own child handle when
// the run ends, also on Ctrl-C, SIGTERM or a crash: no orphan processes.
//
// Reliability choices:
// - concurrency 1 and one session (SessionManager: one page, navigated per test file).
//   @web/test-runner-webdriver uses the iframe manager whenever the *global* concurrency
//   is not 1; iframes share one window and focus, so the launcher forces its own config
//   view to concurrency 1.
// - WebDriver classic: WebKitWebDriver refuses BiDi sessions.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const DRIVER_READY_TIMEOUT_MS = 20_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function driverReady(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    if (!res.ok) return false;
    const body = await res.json();
    return body?.value?.ready !== false;
  } catch {
    return false;
  }
}

/** Kills a detached child's whole process group (driver + MiniBrowser + WebKit helpers). */
// The group is signalled even when the driver itself has exited: MiniBrowser may outlive it.
function killGroup(child, signal) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* no process left in the group */
  }
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ browserPath, driverPath, args = [] }) {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      path: '/',
      port: 0, // set when the driver is started
      connectionRetryCount: 1,
      connectionRetryTimeout: 60_000,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation', ...args] },
      },
    });
    this.driverPath = driverPath;
    this.browserPath = browserPath;
    /** Only one test file at a time in this browser (see the note at the top). */
    this.concurrency = 1;
    this.driverProcess = undefined;
    this.driverLog = '';
    this.onProcessExit = () => killGroup(this.driverProcess, 'SIGKILL');
    this.onSignal = (signal) => {
      killGroup(this.driverProcess, 'SIGKILL');
      process.exit(signal === 'SIGTERM' ? 143 : 129);
    };
  }

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    await this.startDriver();
  }

  async startDriver() {
    let lastError;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const port = await freePort();
      try {
        await this.spawnDriver(port);
        this.options.port = port;
        return;
      } catch (error) {
        lastError = error;
        await this.stopDriver();
      }
    }
    throw lastError;
  }

  async spawnDriver(port) {
    this.driverLog = '';
    const child = spawn(this.driverPath, [`--port=${port}`, '--host=local'], {
      // own process group, so that stopDriver() can end MiniBrowser and its helpers too
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // WEBKIT_DISABLE_COMPOSITING_MODE: no accelerated compositing. Under Xvfb it runs on
      // Mesa's software GL, and WebKit's compositor thread crashed there mid-run (dmesg:
      // "ThreadedCompositor general protection fault in swrast_dri.so", 2026-11-30), which
      // ended every remaining WebKit file with "browser disconnected".
      env: { ...process.env, NO_AT_BRIDGE: '1', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    });
    this.driverProcess = child;
    const keepLog = (chunk) => {
      this.driverLog = (this.driverLog + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keepLog);
    child.stderr.on('data', keepLog);
    const spawnError = new Promise((_, reject) => {
      child.once('error', (e) => reject(new Error(`Could not start ${this.driverPath}: ${e.message}`)));
      child.once('exit', (code) =>
        reject(new Error(`${this.driverPath} exited (code ${code}) before it was ready:\n${this.driverLog}`)),
      );
    });
    spawnError.catch(() => {});
    process.once('exit', this.onProcessExit);
    process.once('SIGTERM', this.onSignal);
    process.once('SIGHUP', this.onSignal);

    const deadline = Date.now() + DRIVER_READY_TIMEOUT_MS;
    const poll = (async () => {
      while (Date.now() < deadline) {
        if (await driverReady(port)) return;
        await sleep(100);
      }
      throw new Error(
        `${this.driverPath} did not answer on http://127.0.0.1:${port}/status within ` +
          `${DRIVER_READY_TIMEOUT_MS / 1000} s:\n${this.driverLog}`,
      );
    })();
    await Promise.race([poll, spawnError]);
  }

  async stopDriver() {
    const child = this.driverProcess;
    this.driverProcess = undefined;
    process.removeListener('exit', this.onProcessExit);
    process.removeListener('SIGTERM', this.onSignal);
    process.removeListener('SIGHUP', this.onSignal);
    if (!child) return;
    if (child.exitCode !== null || child.signalCode !== null) {
      killGroup(child, 'SIGKILL'); // leftovers of the group, if any
      return;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup(child, 'SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
    if (!done) {
      killGroup(child, 'SIGKILL');
      await Promise.race([exited, sleep(2000)]);
    }
    killGroup(child, 'SIGKILL'); // leftovers of the group, if any
  }

  async stop() {
    try {
      await super.stop(); // deletes the WebDriver session: MiniBrowser closes
    } finally {
      await this.stopDriver();
    }
  }
}

/**
 * @param {{ browserPath: string, driverPath: string, args?: string[] }} options
 *   browserPath: MiniBrowser; driverPath: WebKitWebDriver; args: extra MiniBrowser flags.
 */
export function webkitGtkLauncher(options) {
  return new WebKitGtkLauncher(options);
}
