import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed, Network } from '../feed/types.js';
import { formatFeedDate, telHref } from './format.js';
import { blockText, soleText, textOf, type TextContext } from './render-text.js';
import { headingTag } from './heading.js';
import { own } from '../feed/record.js';

/** What the parts of a card need: the feed (for facet labels) and the languages. */
export interface CardContext extends TextContext {
  readonly feed: Feed;
}

export interface CardOptions extends CardContext {
  readonly open: boolean;
  /** Render the details of a closed card too (hidden on screen): for printing. */
  readonly printing?: boolean;
  /** Heading level of the entry title (the host page owns the outline). */
  readonly headingLevel: number;
  /** Prefix that keeps ids unique when several directories share a page. */
  readonly idPrefix: string;
  readonly onToggle: (id: string) => void;
}

/** The facet terms of an entry as small badges: what kind, reach, topic it has. */
export function renderBadges(network: Network, o: CardContext): TemplateResult | typeof nothing {
  const badges = o.feed.facets.flatMap((facet) =>
    (own(network.facets, facet.id) ?? []).map((termId) => {
      const term = facet.terms.find((t) => t.id === termId);
      return term
        ? html`<li class="badge" part="badge"><span class="visually-hidden">${soleText(facet.label, o, ': ')}</span>${soleText(term.label, o)}</li>`
        : nothing;
    }),
  );
  return badges.length
    ? html`<ul class="badges" aria-label=${msg('Merkmale', { id: 'badges' })}>${badges}</ul>`
    : nothing;
}

/** A label and its value; a plain string value is written as the element's content (see textOf). */
function row(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === nothing || value === undefined || value === '') return nothing;
  return html`<div class="row"><dt>${textOf(label)}</dt><dd>${typeof value === 'string' ? textOf(value) : value}</dd></div>`;
}

/** A URL, e-mail address or phone number as a link's content: never translated. */
function untranslatable(href: string, text: string): TemplateResult {
  return html`<a href=${href} translate="no">${textOf(text)}</a>`;
}

function renderCoordinator(network: Network, o: CardContext) {
  const c = network.coordinator;
  if (!c) return nothing;
  if (!c.name) return c.url ? untranslatable(c.url, c.url) : nothing;
  return c.url ? html`<a href=${c.url}>${soleText(c.name, o)}</a>` : soleText(c.name, o);
}

function renderContact(network: Network, o: CardContext) {
  const c = network.contact;
  if (!c) return nothing;
  return html`<ul class="contact">
    ${c.name ? html`<li>${soleText(c.name, o)}</li>` : nothing}
    ${c.address ? html`<li class="address">${soleText(c.address, o)}</li>` : nothing}
    ${c.email ? html`<li>${textOf(`${msg('E-Mail', { id: 'email' })}: `)}${untranslatable(`mailto:${c.email}`, c.email)}</li>` : nothing}
    ${c.phone ? html`<li>${textOf(`${msg('Telefon', { id: 'phone' })}: `)}${untranslatable(telHref(c.phone), c.phone)}</li>` : nothing}
    ${c.url ? html`<li>${textOf(`${msg('Web', { id: 'web' })}: `)}${untranslatable(c.url, c.url)}</li>` : nothing}
  </ul>`;
}

function renderLinks(network: Network, o: CardContext) {
  if (!network.links.length) return nothing;
  return html`<ul class="links">
    ${network.links.map((link) => html`<li><a href=${link.url}>${soleText(link.label, o)}</a></li>`)}
  </ul>`;
}

/** Description, note and the facts list: shared with the static pages (render-static.ts). */
export function renderDetails(network: Network, o: CardContext): TemplateResult {
  return html`${blockText(network.description, o, 'description')}
    ${
      network.note
        ? html`<div class="note" part="note"><strong>${textOf(`${msg('Hinweis', { id: 'note' })}:`)}</strong> ${blockText(network.note, o)}</div>`
        : nothing
    }
    <dl class="facts">
      ${row(msg('Treffen', { id: 'meetings' }), soleText(network.meetings, o))}
      ${row(msg('Koordination', { id: 'coordinator' }), renderCoordinator(network, o))}
      ${row(msg('Mitglieder', { id: 'members' }), soleText(network.members, o))}
      ${row(msg('Gebiet', { id: 'area' }), soleText(network.area, o))}
      ${row(msg('Gegründet', { id: 'founded' }), network.founded ? formatFeedDate(network.founded, o.locale) : undefined)}
      ${row(msg('Kontakt', { id: 'contact' }), renderContact(network, o))}
      ${row(msg('Weitere Informationen', { id: 'links' }), renderLinks(network, o))}
      ${row(msg('Zuletzt geprüft', { id: 'entry-updated' }), network.updated ? formatFeedDate(network.updated, o.locale) : undefined)}
    </dl>`;
}

/** The entry's name (and short name) as a heading at `level`; the `<span id=titleId>` names the card. */
export function renderCardTitle(network: Network, ctx: TextContext, level: number, titleId: string): TemplateResult {
  return headingTag(
    level,
    html`<span id=${titleId} class="name">${soleText(network.name, ctx)}</span>${
      network.shortName ? html`${' '}<span class="short-name">${textOf(`(${network.shortName})`)}</span>` : nothing
    }`,
    'card-title',
  );
}

/**
 * One network: name, short name, summary, badges, and a disclosure for its details.
 * A closed card's details are not rendered at all (the empty container stays, for
 * `aria-controls`): they are most of a card's nodes, and every keystroke re-renders
 * the visible cards. The static pages build their cards from the same parts
 * (`renderStaticCard` in render-static.ts), without the button.
 */
export function renderNetworkCard(network: Network, o: CardOptions): TemplateResult {
  const detailsId = `${o.idPrefix}-details-${network.id}`;
  const titleId = `${o.idPrefix}-title-${network.id}`;
  return html`<article class="card" part="card" aria-labelledby=${titleId} data-id=${network.id}>
    ${renderCardTitle(network, o, o.headingLevel, titleId)}
    ${blockText(network.summary, o, 'summary')}
    ${renderBadges(network, o)}
    <button
      class="toggle"
      part="toggle"
      type="button"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${detailsId}
      aria-describedby=${titleId}
      @click=${() => o.onToggle(network.id)}
    >${textOf(o.open ? msg('Details ausblenden', { id: 'details-hide' }) : msg('Details anzeigen', { id: 'details-show' }))}</button>
    <div id=${detailsId} class="details" part="details" ?hidden=${!o.open}>
      ${o.open || o.printing ? renderDetails(network, o) : nothing}
    </div>
  </article>`;
}
