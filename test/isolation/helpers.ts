/**
 * Shared set-up for the isolation tests: pages of their own (iframes) that load the built
 * bundle the way an embedding page does, and readers' actions done with DOM events that
 * work in every engine.
 */
import { waitUntil } from '@open-wc/testing';
import { BUNDLE_URL, DEMO_FEED_URL } from '../bundle/helpers.js';

export { BUNDLE_URL, DEMO_FEED_URL };

export type Directory = HTMLElement & { updateComplete: Promise<boolean>; currentLocale: string };
export type FrameWindow = Window & typeof globalThis & Record<string, any>;

/** An iframe on `url`, loaded; removed by `frame.remove()`. */
export async function openFrame(url: string, width = 1000, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${url} did not load`)), { once: true });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads the built bundle into `frame`'s page with a module script tag, as a CMS page would. */
export async function loadBundleIn(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FrameWindow;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = BUNDLE_URL;
  doc.head.append(script);
  await waitUntil(() => win.customElements.get('network-directory'), 'the bundle did not register the element', {
    timeout: 8000,
  });
}

/**
 * A `<network-directory>` in `parent` on the demo feed, German, without URL state, its feed
 * loaded and rendered; `attributes` add to or (with `null`) remove those defaults.
 */
export async function mountIn(parent: Element, attributes: Record<string, string | null> = {}): Promise<Directory> {
  const doc = parent.ownerDocument;
  const el = doc.createElement('network-directory') as Directory;
  for (const [name, value] of Object.entries({ lang: 'de', src: DEMO_FEED_URL, 'no-url-state': '', ...attributes })) {
    if (value !== null) el.setAttribute(name, value);
  }
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('nd-feed-loaded', () => resolve(), { once: true });
    el.addEventListener(
      'nd-feed-failed',
      (e) => reject(new Error(`nd-feed-failed: ${(e as CustomEvent).detail.message}`)),
      {
        once: true,
      },
    );
  });
  parent.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** The directory's content: its shadow root, or the element itself with render-root="light". */
export const shadow = (el: Element): ParentNode => el.shadowRoot ?? el;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the directory`);
  return found;
};
export const cardIds = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);

/** Types `text` into the search field (an input event, as typing fires) and waits for the render. */
export async function search(el: Directory, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  const view = el.ownerDocument.defaultView as FrameWindow;
  input.focus();
  input.value = text;
  input.dispatchEvent(
    new view.InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }),
  );
  await el.updateComplete;
}

/** Clicks the checkbox of `facet:term`. */
export async function toggleTerm(el: Directory, facet: string, term: string): Promise<void> {
  $<HTMLInputElement>(el, `input[type="checkbox"][id$="-${facet}-${term}"]`).click();
  await el.updateComplete;
}

/** Clicks the details button of entry `id`. */
export async function toggleEntry(el: Directory, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `.card[data-id="${id}"] .toggle`).click();
  await el.updateComplete;
}

/** Clicks the language switch's button for `lang` ('de' | 'en'). */
export async function chooseLanguage(el: Directory, lang: 'de' | 'en'): Promise<void> {
  $<HTMLButtonElement>(el, `.language-switch button[lang="${lang}"]`).click();
  await el.updateComplete;
}

/** The computed values of `props` on `el` (kebab-case names), as a plain object. */
export function computed(el: Element, props: readonly string[], pseudo?: string): Record<string, string> {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el, pseudo);
  return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
}

/**
 * Waits two animation frames of the test page: styles and layout have settled. (Not the
 * frame's own: WebKit runs no animation frames in an iframe scrolled out of view.)
 */
export const settle = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
