import { DEFAULT_LOCALE, matchUiLocale, type UiLocale } from '../localization.js';

/**
 * The UI language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, as `lang` inheritance does), else the document's,
 * else German. Languages the UI does not speak fall through to the next source.
 */
export function uiLocaleFor(element: Element): UiLocale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const match = matchUiLocale(node.getAttribute('lang'));
      if (match) return match;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return matchUiLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
}
