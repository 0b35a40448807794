/**
 * WCAG contrast from rendered styles: computed colours → relative luminance → ratio.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

export type Rgba = readonly [r: number, g: number, b: number, a: number];

let probe: CanvasRenderingContext2D | null = null;

/**
 * A computed CSS colour as sRGB 0–255 plus alpha 0–1. Computed colours come as
 * `rgb()`/`rgba()` in every engine; anything else (`color(srgb …)`, `oklch()`, …) is
 * normalised through a canvas, which every engine converts to sRGB.
 */
export function parseColor(value: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [+m[1], +m[2], +m[3], a];
  }
  if (value === 'transparent') return [0, 0, 0, 0];
  if (/light-dark|var\(/.test(value)) throw new Error(`not a resolved colour: ${value}`);
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

export function relativeLuminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two opaque colours, 1 … 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent element, also across a shadow root boundary (to its host). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el`'s content: its own background and its ancestors',
 * composed from the nearest opaque one (the canvas is white when none is).
 * Background images are not considered (the component uses none).
 */
export function backgroundBehind(el: Element, includeSelf = true): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = includeSelf ? el : parentOf(el); node; node = parentOf(node)) {
    const c = parseColor(getComputedStyle(node).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let result: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Text colour of `el` against what is behind it. */
export function textContrast(el: Element): number {
  const bg = backgroundBehind(el);
  return contrastRatio(over(parseColor(getComputedStyle(el).color), bg), bg);
}

/** WCAG "large text": at least 18pt (24px), or 14pt (18.66px) bold. */
export function isLargeText(el: Element): boolean {
  const s = getComputedStyle(el);
  const size = parseFloat(s.fontSize);
  return size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
}

/** Elements under `root` (shadow root or element) with a visible text node of their own. */
export function textElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => {
    if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed') return false;
    if (el.closest('.visually-hidden')) return false;
    return [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
  });
}

/** A short description of an element for assertion messages. */
export function describeEl(el: Element): string {
  const cls = el.getAttribute('class');
  return `<${el.localName}${cls ? ` class="${cls}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
}
