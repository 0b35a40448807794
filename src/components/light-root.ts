/**
 * `render-root="light"`: the directory renders into its own element, in the page's document
 * tree, instead of a shadow root. Chrome's built-in translator and most translation
 * extensions walk only the document tree and never enter shadow roots (WebKit pull request
 * #10845, zerodevx/zero-md#32, translate-tools/linguist#612); Safari and Firefox do. In the
 * document tree every translator reaches the entries and the interface (docs/embedding.md).
 *
 * The shadow root's stylesheet is reused, rewritten once for the page's tree:
 *  - scoped: every selector starts at `network-directory` (`:host` becomes the element's
 *    name), so nothing reaches the page's own elements. (Not `@scope`: WebKitGTK 2.50 does not
 *    match form fields inside an `@scope` block, and selectors work in older browsers too);
 *  - inside a cascade layer, every declaration `!important` except custom properties and
 *    the rules for the element box itself. Important declarations in a layer beat the page's
 *    important and normal ones outside layers (CSS Cascade 5, "cascade layers"), so a theme's
 *    `* { color: red !important }` loses as it does at a shadow boundary; the rules for the
 *    element box stay normal, as `:host` rules lose to the page's in shadow DOM;
 *  - every element inside first gets `all: revert`: what a theme sets for `button`, `li` or `*`
 *    and we do not set ourselves falls back to the browser's defaults, as in a shadow root.
 * It is a constructable stylesheet adopted by the element's root (document or shadow root),
 * so it needs no `<style>` element and passes a strict Content-Security-Policy.
 */
import type { CSSResult } from 'lit';

const TAG = 'network-directory';

/** Whether this browser has what light rendering needs; without it the directory keeps its shadow root. */
export function lightRootSupported(): boolean {
  return (
    typeof CSSStyleSheet === 'function' &&
    'adoptedStyleSheets' in Document.prototype &&
    typeof CSSLayerBlockRule === 'function'
  );
}

/** `:host` → `network-directory`, `:host(x)` → `network-directory:is(x)`. */
export function hostToTag(cssText: string): string {
  return cssText.replace(/:host(\((?:[^()]|\([^()]*\))*\))?/g, (_, argument?: string) =>
    argument ? `${TAG}:is${argument}` : TAG,
  );
}

/** The selectors of a list, split at the commas outside parentheses. */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...out, list.slice(start).trim()];
}

/** The declarations of a block, each `!important` except custom properties. */
function important(cssText: string): string {
  return cssText
    .split(/;(?![^(]*\))/)
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .map((declaration) =>
      declaration.startsWith('--') || /!\s*important$/i.test(declaration) ? declaration : `${declaration} !important`,
    )
    .join('; ');
}

/** Whether a selector is the element itself (`network-directory`, `network-directory:is(…)`), not something inside. */
const isElementBox = (selector: string) => new RegExp(`^${TAG}(:is\\((?:[^()]|\\([^()]*\\))*\\))?$`).test(selector);

function harden(rules: CSSRuleList): void {
  for (const rule of rules) {
    const styleRule = rule as CSSStyleRule;
    if (styleRule.style) {
      const list = selectors(styleRule.selectorText);
      if (!list.every(isElementBox)) styleRule.style.cssText = important(styleRule.style.cssText);
      styleRule.selectorText = list
        .map((s) => (s.startsWith(TAG) || s.startsWith(`:where(${TAG}`) ? s : `${TAG} ${s}`))
        .join(', ');
    }
    const inner = (rule as CSSGroupingRule).cssRules;
    if (inner) harden(inner);
  }
}

/** What every element inside falls back to before our rules apply: the browser's defaults. */
const RESET = `:where(${TAG} *), :where(${TAG} *)::before, :where(${TAG} *)::after { all: revert; direction: revert; unicode-bidi: revert }`;

let sheet: CSSStyleSheet | undefined;

/** The directory's styles for the page's tree (built once, shared by every light directory). */
export function lightSheet(styles: CSSResult): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer ${TAG} { ${RESET} ${hostToTag(styles.cssText)} }`);
    harden(sheet.cssRules);
  }
  return sheet;
}

/** Adds the light stylesheet to the root `element` is in (once per root). */
export function adoptLightSheet(element: Element, styles: CSSResult): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const own = lightSheet(styles);
  if (!root.adoptedStyleSheets.includes(own)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, own];
}
