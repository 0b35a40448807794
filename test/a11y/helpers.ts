/** Set-up shared by the accessibility tests in test/a11y (on top of test/components/helpers.ts). */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $$, demoFeedJson, minimalFeed } from '../components/helpers.js';

export * from '../components/helpers.js';

/**
 * The render root the a11y suites mount with: the default (shadow), or "light" when
 * test/a11y/light-root.test.ts runs them again with render-root="light".
 */
export const renderRootUnderTest = (): string | undefined =>
  (globalThis as { ndRenderRootUnderTest?: string }).ndRenderRootUnderTest;

export interface Mounted {
  el: NetworkDirectory;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  wrapper: HTMLDivElement;
}

/**
 * A directory between two buttons of the host page (to see focus enter and leave it),
 * in a wrapper of the given width (the element sizes itself by container queries).
 */
export async function mountInPage(
  feed: unknown,
  { lang = 'de', width = '', appearance = '', attrs = {} as Record<string, string> } = {},
): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `width:${width}` : ''}>
    <button id="before">before</button>
    <network-directory lang=${lang} no-url-state render-root=${renderRootUnderTest() ?? nothing} .feed=${feed}></network-directory>
    <button id="after">after</button>
  </div>`);
  const el = wrapper.querySelector('network-directory')!;
  if (appearance) el.setAttribute('appearance', appearance);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  await nextFrame();
  return { el, wrapper, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

export const demoInPage = async (options?: Parameters<typeof mountInPage>[1]) =>
  mountInPage(await demoFeedJson(), options);

/** A feed of `n` networks with every kind of field, for "show more" and long lists. */
export function bigFeed(n = 120) {
  return minimalFeed(
    Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      name: `Netzwerk ${i + 1}`,
      summary: `Kurzbeschreibung ${i + 1}`,
      facets: { scope: [i % 2 ? 'local' : 'national'] },
      links: [{ label: 'Webseite', url: `https://example.org/${i}` }],
    })),
  );
}

/** What has focus: inside the directory's shadow root, or on the page. */
export function focused(el: NetworkDirectory): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
}

/** Every control a keyboard can reach, in document order (what Tab should visit). */
export const tabbables = (el: NetworkDirectory) =>
  $$(el, 'button, input, a[href], select, textarea, [tabindex]').filter(
    (c) => c.getClientRects().length > 0 && (c as HTMLElement).tabIndex >= 0 && !c.closest('[hidden]'),
  );

/** A readable name for a control: its kind and what it says. */
export function controlName(c: Element | null): string {
  if (!c) return 'nothing';
  if (c.id === 'before' || c.id === 'after') return `page:${c.id}`;
  if (c.matches('.language-switch button')) return `language:${c.getAttribute('lang')}`;
  if (c.matches('input[type="search"]')) return 'search';
  if (c.matches('input[type="checkbox"]')) return `checkbox:${c.id.replace(/^nd\d+-/, '')}`;
  if (c.matches('.chip')) return `chip:${(c as HTMLElement).dataset.term}`;
  if (c.matches('.clear-all')) return 'clear-all';
  if (c.matches('.toggle')) return `toggle:${c.closest<HTMLElement>('.card')!.dataset.id}`;
  if (c.matches('.show-more')) return 'show-more';
  if (c.matches('.details a')) return `details-link:${c.closest<HTMLElement>('.card')!.dataset.id}`;
  if (c.matches('.footer a')) return 'footer-link';
  return `${c.localName}.${c.className}`;
}

/** A style sheet added to the directory's shadow root (removed again by `remove()`). */
export function adoptIntoShadow(el: NetworkDirectory, cssText: string): { remove(): void } {
  // The element's own window: a sheet from another document (an iframe's) cannot be adopted.
  const sheet = new (el.ownerDocument.defaultView as typeof window).CSSStyleSheet();
  sheet.replaceSync(cssText);
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return { remove: () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)) };
}

/**
 * The CSS text of the rules inside the component's `@media <condition>` blocks, as plain
 * rules: adopted into the shadow root, they show what the engine would compute under that
 * condition, in engines that cannot emulate it (Firefox and WebKit have no emulateMedia here).
 */
export function rulesUnderMedia(el: NetworkDirectory, condition: RegExp): string {
  const sheets = [
    ...el.shadowRoot!.adoptedStyleSheets,
    ...[...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!),
  ];
  const out: string[] = [];
  for (const sheet of sheets) {
    for (const rule of [...sheet.cssRules]) {
      if (rule instanceof CSSMediaRule && condition.test(rule.conditionText ?? rule.media.mediaText)) {
        for (const inner of [...rule.cssRules]) out.push(inner.cssText);
      }
    }
  }
  return out.join('\n');
}

/** Rectangles overlap by more than a rounding error. */
export function overlaps(a: DOMRect, b: DOMRect, tolerance = 0.5): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
  );
}

/** Visible elements of the shadow root (rendered, not the visually-hidden live region). */
export const visibleParts = (el: NetworkDirectory) =>
  $$(el, '*').filter(
    (e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden, [hidden]') && e.localName !== 'slot',
  );

/**
 * What a reader would lose at this width: horizontal scrolling of the element or any part,
 * parts that stick out of the element, and text that sticks out of its box.
 */
export function reflowProblems(el: NetworkDirectory): string[] {
  return withEveryCardLaidOut(el, () => reflowProblemsNow(el));
}

/**
 * Cards out of view skip layout (`content-visibility: auto`) until the reader scrolls to
 * them, and their boxes are placeholders until then. Geometry is checked as a reader sees
 * each card: laid out.
 */
function withEveryCardLaidOut<T>(el: NetworkDirectory, measure: () => T): T {
  const sheet = adoptIntoShadow(el, '.card { content-visibility: visible !important; }');
  try {
    return measure();
  } finally {
    sheet.remove();
  }
}

function reflowProblemsNow(el: NetworkDirectory): string[] {
  const problems: string[] = [];
  const host = el.getBoundingClientRect();
  if (el.scrollWidth > el.clientWidth) problems.push(`host scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
  for (const part of visibleParts(el)) {
    const r = part.getBoundingClientRect();
    const name = `<${part.localName} class="${part.getAttribute('class') ?? ''}">`;
    if (r.left < host.left - 1 || r.right > host.right + 1) {
      problems.push(
        `${name} sticks out: ${Math.round(r.left - host.left)}…${Math.round(r.right - host.left)} of ${Math.round(host.width)}`,
      );
    }
    const display = getComputedStyle(part).display;
    if (display !== 'inline' && display !== 'contents' && part.scrollWidth > part.clientWidth + 1) {
      problems.push(`${name} overflows sideways: ${part.scrollWidth} > ${part.clientWidth}`);
    }
  }
  return problems;
}

/**
 * Text that does not fit its control or tag: each button's, label's, chip's and badge's
 * text must lie inside the box, and the controls must not overlap each other.
 */
export function clippingProblems(el: NetworkDirectory): string[] {
  return withEveryCardLaidOut(el, () => clippingProblemsNow(el));
}

function clippingProblemsNow(el: NetworkDirectory): string[] {
  const problems: string[] = [];
  const boxes = visibleParts(el).filter((e) =>
    e.matches(
      'button, label, .badge, legend, .card-title, .search-field label, p.count, .toggle, .facts dt, .facts dd',
    ),
  );
  for (const box of boxes) {
    const r = box.getBoundingClientRect();
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (
        text.width &&
        (text.left < r.left - 1 || text.right > r.right + 1 || text.top < r.top - 1 || text.bottom > r.bottom + 1)
      ) {
        problems.push(
          `text outside <${box.localName} class="${box.getAttribute('class') ?? ''}"> "${node.textContent!.trim().slice(0, 30)}"`,
        );
        break;
      }
    }
  }
  const controls = visibleParts(el).filter((e) => e.matches('button, input, label, .badge, a[href]'));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const [a, b] = [controls[i], controls[j]];
      if (a.contains(b) || b.contains(a)) continue;
      // a link broken over two lines has a bounding box that spans both: compare line boxes
      const rectsA = [...a.getClientRects()];
      const rectsB = [...b.getClientRects()];
      if (rectsA.some((ra) => rectsB.some((rb) => overlaps(ra, rb, 1)))) {
        problems.push(
          `overlap: ${a.localName}"${a.textContent!.trim().slice(0, 20)}" / ${b.localName}"${b.textContent!.trim().slice(0, 20)}"`,
        );
      }
    }
  }
  return problems;
}
