/**
 * Which @web/test-runner-commands work in which engine: checks `commandSupport` in
 * test/config/engine.ts (and the table at the top of web-test-runner.config.mjs).
 * A command is only called where it is supported: an unsupported one rejects and the
 * runner prints its stack trace, which would clutter every green run. Where a command is
 * not supported the test is reported as skipped ("pending"), never silently passed.
 */
import { html } from 'lit';
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { commandSupport } from '../config/engine.js';

describe('test-runner commands in this engine', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('sendKeys types into the focused input and presses keys', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="Suche" />`);
    input.focus();
    await sendKeys({ type: 'Netz' });
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('Net');
    let enter = false;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') enter = true;
    });
    await sendKeys({ press: 'Enter' });
    expect(enter).to.equal(true);
  });

  it('sendKeys moves focus with Tab', async () => {
    const el = await fixture<HTMLDivElement>(html`<div><button id="a">A</button><button id="b">B</button></div>`);
    el.querySelector<HTMLButtonElement>('#a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('b');
  });

  it('sendMouse clicks at page coordinates', async () => {
    const button = await fixture<HTMLButtonElement>(
      html`<button style="position: fixed; left: 10px; top: 10px; width: 100px; height: 40px">OK</button>`,
    );
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    await sendMouse({ type: 'click', position: [50, 30] });
    expect(clicks).to.equal(1);
  });

  it('setViewport resizes the viewport (not in WebKit/webdriver)', async function () {
    if (!commandSupport.setViewport) this.skip();
    await setViewport({ width: 360, height: 640 });
    expect(window.innerWidth).to.equal(360);
    expect(matchMedia('(max-width: 400px)').matches).to.equal(true);
    await setViewport({ width: 800, height: 600 });
  });

  // Firefox: puppeteer 24 drives it over WebDriver BiDi, and its emulateMediaFeatures needs CDP
  // ("UnsupportedOperation: CDP support is required for this feature").
  it('emulateMedia switches prefers-color-scheme and reduced motion (Chromium only)', async function () {
    if (!commandSupport.emulateMedia) this.skip();
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    expect(matchMedia('(prefers-color-scheme: light)').matches).to.equal(true);
  });
});
