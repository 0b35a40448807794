/**
 * The directory as HTML text for `network-directory render`: the paste-safe fragment
 * (also the element's no-JavaScript fallback) and the complete pages around it.
 *
 * Why Lit's server rendering (@lit-labs/ssr) and not render functions of our own:
 * the element's cards are Lit templates (render-network-card.ts, render-text.ts).
 * Shared plain functions would have to return either strings, which the element could
 * only show through `unsafeHTML` (ruled out), or some third template language that
 * both sides translate. @lit-labs/ssr renders the very same `html` templates in Node,
 * escapes text and attribute values as HTML (the browser's Lit writes them as text
 * nodes and attribute values: the same result, markup in a feed never becomes markup),
 * and ignores event bindings. Its known limits (lit/lit issues) do not touch us: it
 * cannot bind inside `<html>`/`<title>` (#2441), so the page shell below is plain text
 * with escaped values; it leaves `<!--lit-part-->` and `<!--lit-node-->` markers for
 * hydration and has no option to omit them (#1928), so every fragment passes through
 * `allowListed` below, which drops every comment along with every tag and attribute a
 * CMS filter would remove.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { UiLocale } from '../localization.js';
import { inLocale } from '../translations.js';
import type { Feed } from '../feed/types.js';
import { renderStaticDirectory } from '../components/render-static.js';
import { plainText } from '../components/render-text.js';
import { jsonLd, jsonLdScriptText } from './json-ld.js';
import { MESSAGES } from './messages.js';
import { STATIC_CSS } from './static-css.js';

/**
 * What the fragment may hold: the elements and attributes that WordPress's KSES
 * (`wp_kses_post`) and CKEditor 5's General HTML Support keep in post content.
 * No script, style, template, custom element, form control, `style` or event attribute.
 */
export const FRAGMENT_ELEMENTS: ReadonlySet<string> = new Set([
  'div',
  'article',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'span',
  'strong',
]);
const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'lang', 'aria-label', 'aria-labelledby']);
const ELEMENT_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = { a: new Set(['href', 'hreflang']) };
export const attributeAllowed = (element: string, attribute: string): boolean =>
  GLOBAL_ATTRIBUTES.has(attribute) || (ELEMENT_ATTRIBUTES[element]?.has(attribute) ?? false);

type ParentNode = T.DocumentFragment | T.Element;

/**
 * Rewrites a rendered fragment in place to the allow-list: comments (Lit's markers)
 * go, `part` and `data-*` go, whitespace between blocks shrinks to one line break.
 * An element outside the list is a fault in our templates, not in the feed (feed
 * text is never markup), so it throws rather than silently losing content.
 */
function allowListed(node: ParentNode): void {
  const kept: T.ChildNode[] = [];
  for (const child of node.childNodes) {
    if (child.nodeName === '#comment') continue;
    const previous = kept[kept.length - 1];
    // Text on both sides of a dropped marker becomes one text node again.
    if (child.nodeName === '#text' && previous?.nodeName === '#text')
      (previous as T.TextNode).value += (child as T.TextNode).value;
    else kept.push(child);
  }
  node.childNodes = kept;
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') {
      const text = child as T.TextNode;
      if (!text.value.trim()) text.value = text.value.includes('\n') ? '\n' : ' ';
      continue;
    }
    const element = child as T.Element;
    if (!FRAGMENT_ELEMENTS.has(element.tagName))
      throw new Error(`render: <${element.tagName}> is not allowed in the fragment`);
    element.attrs = element.attrs.filter((a) => attributeAllowed(element.tagName, a.name));
    allowListed(element);
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values, with `<` and `>` escaped in attributes too (parse5's serializer leaves them). */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The allow-listed tree as text. Our own few lines rather than parse5's `serialize`,
 * which keeps `<` and `>` raw inside attribute values (valid HTML, but a CMS filter
 * working on text could misread `href="…?q=<script>"`). No allowed element is void.
 */
function serializeAllowed(node: ParentNode): string {
  return node.childNodes
    .map((child) => {
      if (child.nodeName === '#text') return escapeHtml((child as T.TextNode).value);
      const e = child as T.Element;
      const attrs = e.attrs.map((a) => ` ${a.name}="${escapeHtml(a.value)}"`).join('');
      return `<${e.tagName}${attrs}>${serializeAllowed(e)}</${e.tagName}>`;
    })
    .join('');
}

/** A Lit template as allow-listed HTML text: Lit's server rendering, then `allowListed`. */
export function templateToHtml(template: TemplateResult): string {
  const fragment = parseFragment(collectResultSync(render(template)));
  allowListed(fragment);
  return serializeAllowed(fragment).trim() + '\n';
}

/**
 * The paste-safe list in `locale`. Entries' names are `<h{headingLevel}>`, the feed's
 * title one level above (default 3 and 2, as in the element).
 */
export function fragmentHtml(feed: Feed, locale: UiLocale, headingLevel = 3): string {
  return inLocale(locale, () =>
    templateToHtml(renderStaticDirectory(feed, { feed, locale, feedLanguage: feed.language, headingLevel })),
  );
}

const OTHER: Record<UiLocale, { locale: UiLocale; name: string }> = {
  de: { locale: 'en', name: 'English' },
  en: { locale: 'de', name: 'Deutsch' },
};

/** The stylesheet beside the language folders: `<dir>/network-directory.css`. */
export const STYLESHEET_FILE = 'network-directory.css';
export const stylesheetText = (): string => STATIC_CSS;

/**
 * A complete page for `<dir>/<locale>/index.html`: the fragment with the feed's title
 * as `<h1>`, the JSON-LD description of the list, `hreflang` links to the other
 * language, and the stylesheet beside it (a file, not inline: the page works under a
 * strict `style-src 'self'`; JSON-LD is a data block, which no `script-src` blocks).
 * Every address it loads is relative and inside the folder.
 */
export function pageHtml(feed: Feed, locale: UiLocale): string {
  const other = OTHER[locale];
  const ctx = { locale, feedLanguage: feed.language };
  const body = fragmentHtml(feed, locale, 2);
  return inLocale(locale, () => {
    const title = plainText(feed.title, ctx) || MESSAGES[locale].staticTitle;
    const description = plainText(feed.description, ctx).split(/\n[ \t]*\n/)[0];
    return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<link rel="alternate" hreflang="${locale}" href="../${locale}/index.html">
<link rel="alternate" hreflang="${other.locale}" href="../${other.locale}/index.html">
<link rel="stylesheet" href="../${STYLESHEET_FILE}">
<script type="application/ld+json">${jsonLdScriptText(jsonLd(feed, locale))}</script>
</head>
<body>
<header class="page-header">
<nav aria-label="${escapeHtml(msg('Sprache', { id: 'language' }))}"><a href="../${other.locale}/index.html" hreflang="${other.locale}" lang="${other.locale}">${other.name}</a></nav>
</header>
<main>
${body}</main>
</body>
</html>
`;
  });
}
