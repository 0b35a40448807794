import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
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
    lang === 'und'
      ? msg('nicht übersetzt', { id: 'untranslated' })
      : msg(str`nur auf ${languageName(lang, locale)}`, { id: 'only-in-language' });
  // The space is an expression: the build's template minifier trims literal edge whitespace.
  return html`${' '}<span class="untranslated">${textOf(`(${hint})`)}</span>`;
}

/**
 * `<p>${textOf(text)}</p>`: `text` as the content between the part's markers. Page
 * translators replace the text nodes they translate with elements of their own (`<font>`);
 * a text node that Lit created would then be detached, and Lit would write the next value
 * into it, unseen. So only when the text changed (a translation of an unchanged text
 * stays), whatever else stands in the text's place goes, and the text is written into the
 * node this wrote last if that node is still there, else into a new one (#13, kind 4).
 * Server rendering (`network-directory render`, @lit-labs/ssr) uses `render()`: there the
 * text is ordinary escaped content, which a property binding (`.textContent=`) would not
 * give.
 *
 * A text written this way must not touch another text: its neighbours are elements or the
 * edges of its parent (`<li><span hidden>Thema: </span>${textOf(term)}</li>`). A translator
 * may join touching texts into one node, and that node would stand in one part's place
 * with the other's old text in it. Where a text would touch another, liveText gives it an
 * element of its own.
 */
class TextContent extends Directive {
  /** The text last written: only a change is written, so a translation of an unchanged text stays. */
  private _last?: string;
  /** The text node last written: changed in place while it still stands between the markers. */
  private _node?: Text;
  render(text: string): string {
    return text;
  }
  override update(part: ChildPart, [text]: [string]): typeof noChange {
    if (text !== this._last) {
      this._last = text;
      // Everything between the part's markers goes but our own text node: what a
      // translator put in its place or beside it. The markers stay, for Lit.
      // A part inside a template always has its start marker.
      const start = part.startNode as ChildNode;
      let node = start.nextSibling;
      while (node && node !== part.endNode) {
        const next = node.nextSibling;
        if (node !== this._node) node.remove();
        node = next;
      }
      // Our node, where it is still there, gets the new data: it keeps its layout object,
      // which costs less on a filter change than a new node (docs/benchmarks.md).
      if (start.nextSibling === this._node) this._node!.data = text;
      else start.after((this._node = new Text(text)));
    }
    return noChange;
  }
}
export const textOf = directive(TextContent);

/** A text that changes with the view, in a span of its own: for a text beside another text (see textOf). */
export function liveText(text: string): TemplateResult {
  return html`<span>${textOf(text)}</span>`;
}

/**
 * A feed text in the reader's language beside another text: in a span of its own (see
 * liveText). When it had to fall back to another language it carries that `lang` (so
 * screen readers pronounce it right), its `dir` (an Arabic text runs right to left, its
 * full stop at its end) and a visible hint that it is untranslated.
 */
export function inlineText(text: LocalizedText | undefined, ctx: TextContext): TemplateResult | typeof nothing {
  const resolved = resolveText(text, ctx.locale, ctx.feedLanguage);
  if (!resolved) return nothing;
  if (!resolved.fallback) return liveText(resolved.text);
  return html`<span lang=${langAttr(resolved.lang)} dir=${directionOf(resolved.lang)}>${textOf(resolved.text)}</span>${untranslatedHint(resolved.lang, ctx.locale)}`;
}

/**
 * A feed text, then `suffix`, with no other text beside it (its neighbours are elements or
 * its parent's edges, see textOf): a card's name, a badge's term after its hidden facet
 * label, a filter's term before its count. Bare, as textOf writes it, when it is in the
 * reader's language; as inlineText writes it when it falls back. No span of its own where
 * none is needed: each element costs layout on every filter change (docs/benchmarks.md,
 * "texts that page translators cannot strand").
 */
export function soleText(
  text: LocalizedText | undefined,
  ctx: TextContext,
  suffix = '',
): DirectiveResult | [TemplateResult | typeof nothing, string] | typeof nothing {
  const resolved = resolveText(text, ctx.locale, ctx.feedLanguage);
  if (!resolved) return nothing;
  return resolved.fallback ? [inlineText(text, ctx), suffix] : textOf(resolved.text + suffix);
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
    ${paragraphs(resolved.text).map((p) => html`<p>${textOf(p)}</p>`)}
  </div>${resolved.fallback ? html`<p class="untranslated-note">${untranslatedHint(resolved.lang, ctx.locale)}</p>` : nothing}`;
}

/** The plain string of a text in the reader's language, for attributes and sorting. */
export function plainText(text: LocalizedText | undefined, ctx: TextContext): string {
  return resolveText(text, ctx.locale, ctx.feedLanguage)?.text ?? '';
}
