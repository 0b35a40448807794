/** The directory's header: the feed's title and description, and the language switch. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import { UI_LOCALES, UI_LOCALE_NAMES, type UiLocale } from '../localization.js';
import { headingTag, clampHeadingLevel } from './heading.js';
import { blockText, soleText, textOf, type TextContext } from './render-text.js';
import { resolveText } from '../feed/text.js';
import { paragraphs } from './format.js';
import { directionOf } from './direction.js';
import type { DirectoryActions } from '../controllers/reader-actions.js';

export interface HeaderOptions extends TextContext {
  readonly feed: Feed | null;
  /** The entries' heading level; the title is one above. */
  readonly headingLevel: number;
  /** Narrow containers: whether the description is unfolded (ViewState.descriptionOpen). */
  readonly descriptionOpen: boolean;
  readonly actions: DirectoryActions;
  /** Prefix that keeps ids unique when several directories share a page. */
  readonly idPrefix: string;
}

/**
 * The feed's description. In narrow containers only its first paragraph shows, with a
 * "more" button (a disclosure), so that the first results are on a phone's first screen;
 * the styles hide the rest there while `open` is false, and show all of it in wide ones.
 */
function renderDescription(feed: Feed, o: HeaderOptions) {
  const text = blockText(feed.description, o, 'feed-description');
  const resolved = resolveText(feed.description, o.locale, o.feedLanguage);
  if (!resolved || paragraphs(resolved.text).length < 2) return text;
  const id = `${o.idPrefix}-description`;
  return html`<div id=${id} class=${o.descriptionOpen ? 'description-fold' : 'description-fold folded'}>${text}</div>
    <button type="button" class="description-toggle" aria-expanded=${o.descriptionOpen ? 'true' : 'false'} aria-controls=${id}
      @click=${o.actions.onToggleDescription}>${textOf(o.descriptionOpen ? msg('Weniger anzeigen', { id: 'description-less' }) : msg('Mehr lesen', { id: 'description-more' }))}</button>`;
}

function renderTitle(feed: Feed, o: HeaderOptions) {
  const level = Math.max(1, clampHeadingLevel(o.headingLevel, 3) - 1);
  return feed.title ? headingTag(level, soleText(feed.title, o), 'title') : nothing;
}

/** One button per UI language, each named in its own language. */
function renderLanguageSwitch(o: HeaderOptions) {
  const option = (value: UiLocale) =>
    // Each language's own name, never translated (a translated "Deutsch" names no language a reader looks for).
    html`<button type="button" lang=${value} dir=${directionOf(value)} translate="no" aria-pressed=${o.locale === value ? 'true' : 'false'}
      @click=${() => o.actions.onChooseLanguage(value)}>${UI_LOCALE_NAMES[value]}</button>`;
  return html`<div class="language-switch" part="language-switch" role="group" aria-label=${msg('Sprache', { id: 'language' })}>
    ${UI_LOCALES.map(option)}
  </div>`;
}

export function renderHeader(o: HeaderOptions): TemplateResult {
  // Title, language switch, description: the order they are seen in, so also the focus order.
  return html`<header class="header" part="header">
    ${o.feed ? renderTitle(o.feed, o) : nothing} ${renderLanguageSwitch(o)} ${o.feed ? renderDescription(o.feed, o) : nothing}
  </header>`;
}
