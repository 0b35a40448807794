/** Set-up for the layout tests: the demo directory at the top of the page, at a given width. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { commandSupport } from '../config/engine.js';
import { $, demoFeedJson } from '../components/helpers.js';

export * from '../components/helpers.js';

/** The two screens of issue #15: a phone and a laptop. */
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };

/**
 * The demo directory in a box `width` px wide, at the very top of the page (as an
 * embedding page that starts with it). Where the driver can, the viewport is set to
 * `screen` too; WebKit's driver cannot, and the layout follows the element's own width
 * (container queries), so the box alone gives the same layout there.
 */
export async function demoAtWidth(
  screen: { width: number; height: number },
  { lang = 'de', feed = undefined as unknown, pageDir = '', pageLang = '' } = {},
): Promise<NetworkDirectory> {
  if (commandSupport.setViewport) await setViewport(screen);
  document.body.style.margin = '0';
  if (pageDir) document.documentElement.dir = pageDir;
  if (pageLang) document.documentElement.lang = pageLang;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${screen.width}px">
    <network-directory lang=${lang} no-url-state .feed=${feed ?? (await demoFeedJson())}></network-directory>
  </div>`);
  const el = wrapper.querySelector('network-directory')!;
  await el.updateComplete;
  await nextFrame();
  window.scrollTo(0, 0);
  return el;
}

/** Whether an element of the shadow root takes up space (is not display: none, nor in a hidden subtree). */
export const shown = (el: NetworkDirectory, selector: string) => ($(el, selector)?.getClientRects().length ?? 0) > 0;

/** The bounding box of an element in the shadow root; throws with the selector's name when it is missing. */
export function box(el: NetworkDirectory, selector: string): DOMRect {
  const found = $(el, selector);
  if (!found) throw new Error(`no ${selector} in the directory`);
  return found.getBoundingClientRect();
}

/** Restores the page after a test that changed its direction, language or margin. */
export function resetPage(): void {
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
  document.body.style.margin = '';
}
