/**
 * Which browser engine a test runs in, for the few tests that must differ per engine
 * (mostly: which @web/test-runner-commands work, see web-test-runner.config.mjs).
 * Prefer feature checks in product code; this is for tests only.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit' | 'unknown';

/** The engine named by a user agent string (Chrome's UA mentions Safari/WebKit too). */
export function engineFromUserAgent(ua: string): Engine {
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  if (/AppleWebKit\//.test(ua)) return 'webkit';
  return 'unknown';
}

export const engine: Engine = engineFromUserAgent(navigator.userAgent);
export const isChromium = () => engine === 'chromium';
export const isFirefox = () => engine === 'firefox';
export const isWebKit = () => engine === 'webkit';

/**
 * Which @web/test-runner-commands work in this engine (checked by
 * test/infra/commands.test.ts; the table is at the top of web-test-runner.config.mjs).
 * An unsupported command rejects and the runner prints a stack trace, so guard with e.g.
 * `if (!commandSupport.setViewport) this.skip();` (a `function () {}` test, not an arrow).
 */
export const commandSupport = {
  sendKeys: true, // WebKit (webdriver): only { type } and { press }, no { down } / { up }
  sendMouse: true,
  setViewport: engine !== 'webkit',
  emulateMedia: engine === 'chromium',
  setUserAgent: engine === 'chromium', // Firefox untested
  selectOption: engine === 'chromium', // Firefox untested; WebKit: not implemented
  // test/a11y/forced-colors-command.mjs: CDP only; Firefox (BiDi) and WebKit cannot emulate the mode
  forcedColors: engine === 'chromium',
} as const;
