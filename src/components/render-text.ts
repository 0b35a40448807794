import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText } from '../feed/text.js';
import type { LocalizedText } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import { languageName, paragraphs } from './format.js';
import { directionOf } from './direction.js';

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
  return html`${' '}<span class="untranslated">(${hint})</span>`;
}

/**
 * A feed text in the reader's language. When it had to fall back to another
 * language it carries that `lang` (so screen readers pronounce it right), its
 * `dir` (an Arabic text runs right to left, its full stop at its end) and a
 * visible hint that it is untranslated.
 */
export function inlineText(text: LocalizedText | undefined, ctx: TextContext): TemplateResult | string | typeof nothing {
  const resolved = resolveText(text, ctx.locale, ctx.feedLanguage);
  if (!resolved) return nothing;
  // A plain string: Lit writes it as one text node, where a template would add an
  // instance and two marker comments per text, on every card, on every update.
  if (!resolved.fallback) return resolved.text;
  return html`<span lang=${langAttr(resolved.lang)} dir=${directionOf(resolved.lang)}>${resolved.text}</span>${untranslatedHint(resolved.lang, ctx.locale)}`;
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
  const dir = resolved.fallback ? directionOf(resolved.lang) : nothing;
  return html`<div class=${className} lang=${lang} dir=${dir}>
    ${paragraphs(resolved.text).map((p) => html`<p>${p}</p>`)}
  </div>${resolved.fallback ? html`<p class="untranslated-note">${untranslatedHint(resolved.lang, ctx.locale)}</p>` : nothing}`;
}

/** The plain string of a text in the reader's language, for attributes and sorting. */
export function plainText(text: LocalizedText | undefined, ctx: TextContext): string {
  return resolveText(text, ctx.locale, ctx.feedLanguage)?.text ?? '';
}
