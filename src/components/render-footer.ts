/** The footer: publisher, date of the feed and licence. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import { formatFeedDate } from './format.js';
import { inlineText, type TextContext } from './render-text.js';

export function renderFooter(feed: Feed, ctx: TextContext): TemplateResult | typeof nothing {
  const items: unknown[] = [];
  const publisher = feed.publisher;
  if (publisher?.name || publisher?.url) {
    const name = publisher.name ? inlineText(publisher.name, ctx) : publisher.url;
    items.push(html`${msg('Herausgeber', { id: 'publisher' })}: ${publisher.url ? html`<a href=${publisher.url}>${name}</a>` : name}`);
  }
  if (feed.updated) items.push(html`${msg('Stand', { id: 'updated' })}: ${formatFeedDate(feed.updated, ctx.locale)}`);
  if (feed.license) {
    const license = /^https?:/.test(feed.license) ? html`<a href=${feed.license}>${feed.license}</a>` : feed.license;
    items.push(html`${msg('Lizenz', { id: 'license' })}: ${license}`);
  }
  if (!items.length) return nothing;
  return html`<footer class="footer" part="footer">
    <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
  </footer>`;
}
