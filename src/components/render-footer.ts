/** The footer: publisher, date of the feed and licence. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import { formatFeedDate } from './format.js';
import { inlineText, liveText, textOf, type TextContext } from './render-text.js';

/** "Label: " before a value, in its own element (see liveText). */
const label = (text: string) => liveText(`${text}: `);

export function renderFooter(feed: Feed, ctx: TextContext): TemplateResult | typeof nothing {
  const items: unknown[] = [];
  const publisher = feed.publisher;
  if (publisher?.name || publisher?.url) {
    const name = publisher.name
      ? inlineText(publisher.name, ctx)
      : html`<span translate="no">${textOf(publisher.url ?? '')}</span>`;
    items.push(
      html`${label(msg('Herausgeber', { id: 'publisher' }))}${publisher.url ? html`<a href=${publisher.url}>${name}</a>` : name}`,
    );
  }
  if (feed.updated)
    items.push(html`${label(msg('Stand', { id: 'updated' }))}${liveText(formatFeedDate(feed.updated, ctx.locale))}`);
  if (feed.license) {
    const license = /^https?:/.test(feed.license)
      ? html`<a href=${feed.license} translate="no">${liveText(feed.license)}</a>`
      : liveText(feed.license);
    items.push(html`${label(msg('Lizenz', { id: 'license' }))}${license}`);
  }
  if (!items.length) return nothing;
  return html`<footer class="footer" part="footer">
    <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
  </footer>`;
}
