/**
 * WCAG 2.3.3 Animation from interactions (and 2.2.2): under prefers-reduced-motion nothing
 * moves. Chromium emulates the setting (emulateMedia); Firefox and WebKit cannot here, so in
 * every engine the reduced-motion rules are also applied by hand (rulesUnderMedia), and the
 * element is checked to move nothing even without the setting.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { commandSupport } from '../config/engine.js';
import { $, $$, adoptIntoShadow, demoInPage, rulesUnderMedia } from './helpers.js';

/** Elements (and their ::before/::after) with a non-zero transition or any animation. */
function moving(el: NetworkDirectory): string[] {
  const found: string[] = [];
  const durations = (v: string) => v.split(',').map((d) => parseFloat(d) || 0);
  for (const node of $$(el, '*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const s = getComputedStyle(node, pseudo);
      const transition = Math.max(...durations(s.transitionDuration));
      const animated = s.animationName !== 'none' && Math.max(...durations(s.animationDuration)) > 0;
      if (transition > 0 || animated)
        found.push(`${node.localName}.${node.className}${pseudo ?? ''}: ${s.transitionDuration} ${s.animationName}`);
      if (s.scrollBehavior === 'smooth') found.push(`${node.localName}.${node.className}: smooth scrolling`);
    }
  }
  return found;
}

async function busyDirectory() {
  const { el } = await demoInPage();
  $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
  await el.updateComplete;
  $(el, '.card .toggle')!.click();
  await el.updateComplete;
  return el;
}

/** Transitions and animations a host page or a theme may add through ::part(). */
const MOTION = `* { transition: all 1s; animation: nd-spin 2s infinite; scroll-behavior: smooth; }
  @keyframes nd-spin { to { transform: rotate(1turn); } }`;

describe('reduced motion (2.3.3)', () => {
  it('the element moves nothing of its own, setting or not', async () => {
    expect(moving(await busyDirectory())).to.deep.equal([]);
  });

  it('its reduced-motion rules stop any transition or animation (applied by hand, every engine)', async () => {
    const el = await busyDirectory();
    adoptIntoShadow(el, MOTION);
    expect(moving(el).length).to.be.greaterThan(0);
    const rules = rulesUnderMedia(el, /prefers-reduced-motion/);
    expect(rules).to.contain('transition');
    adoptIntoShadow(el, rules);
    expect(moving(el)).to.deep.equal([]);
  });

  it('with prefers-reduced-motion: reduce emulated, every duration is 0 (Chromium only: emulateMedia)', async function () {
    if (!commandSupport.emulateMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await busyDirectory();
      adoptIntoShadow(el, MOTION);
      expect(moving(el)).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
