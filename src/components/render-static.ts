/**
 * The directory without script: the feed's title and description, every entry with
 * its details, and the feed's publisher, date and licence. `network-directory render`
 * turns this template into the static pages and the paste-safe fragment (src/cli/
 * static-html.ts); its cards are built from the element's own card parts
 * (render-network-card.ts), so the two ways out cannot drift apart. Not imported by
 * the element: nothing here reaches the widget bundle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed, Network } from '../feed/types.js';
import { formatCount, formatFeedDate } from './format.js';
import { headingTag } from './heading.js';
import { renderBadges, renderCardTitle, renderDetails, type CardContext } from './render-network-card.js';
import { blockText, inlineText, type TextContext } from './render-text.js';
import { directionOf } from './direction.js';

export interface StaticOptions extends CardContext {
  /** Heading level (1–6) of each entry's name; the feed's title is one above. */
  readonly headingLevel: number;
}

/** Keeps the title ids apart from the entry ids, which are the anchors (`#<id>`). */
const ID_PREFIX = 'nd';

/**
 * One entry, always open: name, summary, badges and details, no toggle button.
 * The article's id is the entry's id (FEED.md: `[a-z0-9-]`, stable), so that
 * `page.html#<id>` links to it from other pages, partners' sites or a QR code.
 */
export function renderStaticCard(network: Network, o: StaticOptions): TemplateResult {
  const titleId = `${ID_PREFIX}-title-${network.id}`;
  return html`<article id=${network.id} class="card" aria-labelledby=${titleId}>
    ${renderCardTitle(network, o, o.headingLevel, titleId)} ${blockText(network.summary, o, 'summary')} ${renderBadges(network, o)}
    <div class="details">${renderDetails(network, o)}</div>
  </article>`;
}

/** Publisher, date and licence, as the element's footer shows them. */
export function renderFeedFooter(feed: Feed, ctx: TextContext): TemplateResult | typeof nothing {
  const items: unknown[] = [];
  const publisher = feed.publisher;
  if (publisher?.name || publisher?.url) {
    const name = publisher.name ? inlineText(publisher.name, ctx) : publisher.url;
    items.push(
      html`${msg('Herausgeber', { id: 'publisher' })}: ${publisher.url ? html`<a href=${publisher.url}>${name}</a>` : name}`,
    );
  }
  if (feed.updated) items.push(html`${msg('Stand', { id: 'updated' })}: ${formatFeedDate(feed.updated, ctx.locale)}`);
  if (feed.license) {
    // Only an http(s) licence becomes a link; anything else (`CC-BY-4.0`) stays text.
    items.push(
      html`${msg('Lizenz', { id: 'license' })}: ${/^https?:/.test(feed.license) ? html`<a href=${feed.license}>${feed.license}</a>` : feed.license}`,
    );
  }
  if (!items.length) return nothing;
  return html`<footer class="footer"><ul>${items.map((item) => html`<li>${item}</li>`)}</ul></footer>`;
}

/** „6 Netzwerke“ / "6 networks", with the element's own messages. */
function countText(n: number, locale: TextContext['locale']): string {
  const all = formatCount(n, locale);
  return n === 1
    ? msg(str`${all} Netzwerk`, { id: 'count-all-one' })
    : msg(str`${all} Netzwerke`, { id: 'count-all-other' });
}

/**
 * The whole list. Call it inside `inLocale(o.locale, …)`: msg() reads the language
 * when the template is built. `lang` and `dir` on the root, so that the fragment keeps
 * its language and direction when it is pasted into a page in another one (an Arabic page).
 */
export function renderStaticDirectory(feed: Feed, o: StaticOptions): TemplateResult {
  const titleLevel = Math.max(1, o.headingLevel - 1);
  return html`<div class="network-directory-static" lang=${o.locale} dir=${directionOf(o.locale)}>
    ${feed.title ? headingTag(titleLevel, inlineText(feed.title, o), 'title') : nothing}
    ${blockText(feed.description, o, 'feed-description')}
    ${
      feed.networks.length
        ? html`<p class="count">${countText(feed.networks.length, o.locale)}</p>
          <ul class="results">
            ${feed.networks.map((network) => html`<li>${renderStaticCard(network, o)}</li>`)}
          </ul>`
        : html`<p class="message empty">${msg('Diese Liste enthält noch keine Netzwerke.', { id: 'empty' })}</p>`
    }
    ${renderFeedFooter(feed, o)}
  </div>`;
}
