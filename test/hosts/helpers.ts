/**
 * Set-up shared by the host-page tests in test/hosts: a piece of host markup (a layout a CMS
 * theme builds) around a <network-directory> on the demo feed, in the test page itself, and
 * the measurements these tests compare.
 */
import { fixture, nextFrame } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { demoFeedJson } from '../components/helpers.js';

export { $$ } from '../components/helpers.js';

/** The first element inside the directory that matches `selector` (an error if none does). */
export function $<T extends Element = HTMLElement>(el: NetworkDirectory, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} inside the directory`);
  return found;
}

/**
 * Mounts `markup` (host HTML with one `<network-directory>` in it, given no feed) in a
 * wrapper `width` px wide, gives the directory the demo feed, waits for it to render, and
 * opens the first card (its details are measured too).
 */
export async function mountInHost(
  markup: string,
  width = 1000,
): Promise<{ wrapper: HTMLElement; el: NetworkDirectory }> {
  // static test markup, no feed data; the feed is given before the element is connected
  const wrapper = document.createElement('div');
  wrapper.style.cssText = `width:${width}px;margin:0;padding:0`;
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector('network-directory');
  if (!el) throw new Error('the host markup has no <network-directory>');
  customElements.upgrade(wrapper);
  el.setAttribute('no-url-state', '');
  if (!el.hasAttribute('lang')) el.setAttribute('lang', 'de');
  el.feed = await demoFeedJson();
  await fixture(wrapper);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.card .toggle')!.click();
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  return { wrapper, el };
}

/** A computed style value in px, as a number. */
export const px = (node: Element, property: string) => parseFloat(getComputedStyle(node).getPropertyValue(property));

/** What this browser gives `font-size: medium`: the reader's default text size (16 px unless changed). */
export function readersDefaultFontSize(): number {
  const probe = document.createElement('div');
  probe.style.cssText = 'font-size: medium; font-family: serif; position: absolute';
  document.body.append(probe);
  const size = px(probe, 'font-size');
  probe.remove();
  return size;
}

/** Every part of the shadow root wider than the directory, or sticking out of it on the right. */
export function overflowing(el: NetworkDirectory): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('[hidden], .visually-hidden') || node.getClientRects().length === 0) continue;
    const r = node.getBoundingClientRect();
    if (r.right > box.right + 1 || r.left < box.left - 1) {
      out.push(
        `${node.localName}.${node.className}: ${r.left.toFixed(0)}…${r.right.toFixed(0)} outside ${box.left.toFixed(0)}…${box.right.toFixed(0)}`,
      );
    }
  }
  return out;
}
