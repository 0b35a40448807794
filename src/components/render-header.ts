/** The directory's header: the feed's title and description, and the language switch. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import { UI_LOCALES, UI_LOCALE_NAMES, type UiLocale } from '../localization.js';
import { headingTag, clampHeadingLevel } from './heading.js';
import { inlineText, blockText, type TextContext } from './render-text.js';

export interface HeaderOptions extends TextContext {
  readonly feed: Feed | null;
  /** The entries' heading level; the title is one above. */
  readonly headingLevel: number;
  readonly onChooseLanguage: (locale: UiLocale) => void;
}

function renderTitle(feed: Feed, o: HeaderOptions) {
  const level = Math.max(1, clampHeadingLevel(o.headingLevel, 3) - 1);
  return html`${feed.title ? headingTag(level, inlineText(feed.title, o), 'title') : nothing}
    ${blockText(feed.description, o, 'feed-description')}`;
}

/** One button per UI language, each named in its own language. */
function renderLanguageSwitch(o: HeaderOptions) {
  const option = (value: UiLocale) =>
    // Each language's own name, never translated (a translated "Deutsch" names no language a reader looks for).
    html`<button type="button" lang=${value} translate="no" aria-pressed=${o.locale === value ? 'true' : 'false'}
      @click=${() => o.onChooseLanguage(value)}>${UI_LOCALE_NAMES[value]}</button>`;
  return html`<div class="language-switch" part="language-switch" role="group" aria-label=${msg('Sprache', { id: 'language' })}>
    ${UI_LOCALES.map(option)}
  </div>`;
}

export function renderHeader(o: HeaderOptions): TemplateResult {
  return html`<header class="header" part="header">${o.feed ? renderTitle(o.feed, o) : nothing} ${renderLanguageSwitch(o)}</header>`;
}
