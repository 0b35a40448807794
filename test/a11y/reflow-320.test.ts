/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: usable at 320 CSS px (= 1280 px at 400 % zoom)
 * without scrolling sideways, nothing cut off. The element sizes itself by container
 * queries, so a 320 px (and a 256 px) container is the check that runs in every engine;
 * a 320 px-wide iframe (a real 320 px viewport with its own media queries), CSS zoom 400 %
 * and, where the command exists, setViewport are checked too.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { commandSupport } from '../config/engine.js';
import { $$, clippingProblems, demoInPage, reflowProblems } from './helpers.js';

/** Chips, a long query, then every card opened in turn: the problems found in any state. */
async function problemsInEveryState(el: NetworkDirectory): Promise<string[]> {
  const found = new Set<string>();
  const check = (state: string) => {
    for (const p of [...reflowProblems(el), ...clippingProblems(el)]) found.add(`${state}: ${p}`);
  };
  check('loaded');
  const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
  for (const i of [0, 1, 5, 10]) boxes[i].click(); // chips of several groups
  await el.updateComplete;
  check('chips');
  for (const i of [0, 1, 5, 10]) boxes[i].click();
  await el.updateComplete;
  const toggles = $$<HTMLButtonElement>(el, '.card .toggle');
  for (const [i, toggle] of toggles.entries()) {
    toggle.click();
    await el.updateComplete;
    check(`details ${i}`);
  }
  return [...found];
}

describe('reflow (1.4.10) and zoom (1.4.4)', () => {
  for (const width of ['320px', '256px']) {
    for (const lang of ['de', 'en']) {
      it(`a ${width} container, ${lang}: no sideways scrolling, nothing cut off`, async () => {
        const { el } = await demoInPage({ width, lang });
        expect(el.getBoundingClientRect().width).to.equal(parseFloat(width));
        expect(await problemsInEveryState(el)).to.deep.equal([]);
      });
    }
  }

  it('a 320 px container at 400 % CSS zoom (what 1280 px at 400 % gives)', async () => {
    const { el, wrapper } = await demoInPage({ width: '320px' });
    wrapper.style.setProperty('zoom', '4');
    await nextFrame();
    expect(await problemsInEveryState(el)).to.deep.equal([]);
  });

  it('a page 320 px wide (an iframe): the document does not scroll sideways', async function () {
    this.timeout(20_000);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:320px;height:640px;border:0"></iframe>`);
    const ready = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    frame.srcdoc = `<!doctype html><html lang="de"><meta name="viewport" content="width=device-width">
      <body style="margin:8px"><network-directory no-url-state src="/demo/feed.json"></network-directory>
      <script type="module" src="/src/define.ts"></script>`;
    await ready;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('network-directory') as NetworkDirectory;
    if (!el.shadowRoot?.querySelector('.card')) await oneEvent(el, 'nd-feed-loaded');
    await el.updateComplete;
    expect(frame.contentWindow!.innerWidth).to.equal(320);
    expect(await problemsInEveryState(el)).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
  });

  it('setViewport 320 × 640 (not in WebKit: no setViewport there; the iframe above covers it)', async function () {
    if (!commandSupport.setViewport) this.skip();
    await setViewport({ width: 320, height: 640 });
    try {
      const { el } = await demoInPage();
      expect(await problemsInEveryState(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('text at 200 % (root font size 32 px) in a 640 px container', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const { el } = await demoInPage({ width: '640px' });
      expect(await problemsInEveryState(el)).to.deep.equal([]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
