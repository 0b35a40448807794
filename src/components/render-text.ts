import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText } from '../feed/text.js';
import type { LocalizedText } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import { languageName, paragraphs } from './format.js';

/** What a feed text needs to be shown: the reader's and the feed's language. */
export interface TextContext {
  readonly locale: UiLocale;
  readonly feedLanguage: string;
}

/** The language attribute for a resolved text; `und` (unknown) becomes `""` as HTML wants. */
function langAttr(lang: string): string {
  return lang === 'und' ? '' : lang;
}

function untranslatedHint(lang: string, locale: UiLocale): TemplateResult {
  const hint =
    lang === 'und' ? msg('nicht übersetzt', { id: 'untranslated' }) : msg(str`nur auf ${languageName(lang, locale)}`, { id: 'only-in-language' });
  // The space is an expression: the build's template minifier trims literal edge whitespace.
  return html`${' '}<span class="untranslated" .textContent=${`(${hint})`}></span>`;
}

/**
 * A text that changes with the view, as an element's content. Page translators replace the
 * text nodes they translate with elements of their own (`<font>`); a text node that Lit
 * created would then be detached, and Lit would write the next value into it, unseen.
 * Setting `textContent` replaces whatever the element holds now (#13, kind 4). Every text
 * that can change is written this way, into an element the template owns.
 */
export function liveText(text: string): TemplateResult {
  return html`<span .textContent=${text}></span>`;
}

/**
 * A feed text in the reader's language. When it had to fall back to another
 * language it carries that `lang` (so screen readers pronounce it right) and
 * a visible hint that it is untranslated.
 */
export function inlineText(text: LocalizedText | undefined, ctx: TextContext): TemplateResult | typeof nothing {
  const resolved = resolveText(text, ctx.locale, ctx.feedLanguage);
  if (!resolved) return nothing;
  // Always one element with the text as its content (see liveText), never a bare text node.
  if (!resolved.fallback) return liveText(resolved.text);
  return html`<span lang=${langAttr(resolved.lang)} .textContent=${resolved.text}></span>${untranslatedHint(resolved.lang, ctx.locale)}`;
}

/** A long feed text as paragraphs (blank lines separate them). */
export function blockText(
  text: LocalizedText | undefined,
  ctx: TextContext,
  className = 'text',
): TemplateResult | typeof nothing {
  const resolved = resolveText(text, ctx.locale, ctx.feedLanguage);
  if (!resolved) return nothing;
  const lang = resolved.fallback ? langAttr(resolved.lang) : nothing;
  return html`<div class=${className} lang=${lang}>
    ${paragraphs(resolved.text).map((p) => html`<p .textContent=${p}></p>`)}
  </div>${resolved.fallback ? html`<p class="untranslated-note">${untranslatedHint(resolved.lang, ctx.locale)}</p>` : nothing}`;
}

/** The plain string of a text in the reader's language, for attributes and sorting. */
export function plainText(text: LocalizedText | undefined, ctx: TextContext): string {
  return resolveText(text, ctx.locale, ctx.feedLanguage)?.text ?? '';
}
