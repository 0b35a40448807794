/**
 * The feed as schema.org JSON-LD for the static pages: a `CollectionPage` whose main
 * entity is an `ItemList` of organisations, so that search engines read each network
 * with its name, description, address, contact point, founding date and area.
 *
 * Types and properties as schema.org defines them (https://schema.org/ItemList,
 * /ListItem, /Organization, /Consortium, /GovernmentOrganization, /ContactPoint,
 * /CollectionPage). Deliberately left out: `memberOf` and `member`, because no feed
 * field says which organisation a network belongs to or names its members as
 * organisations (`members` is free text such as „rund 40 Organisationen“), and the
 * coordinator, for which schema.org has no property.
 */
import type { Feed, Network } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import type { UiLocale } from '../localization.js';
import { paragraphs } from '../components/format.js';

/**
 * The term ids of the feed's `kind` facet that name a more precise schema.org type
 * than `Organization` (demo/feed.json and templates/ use these ids). A network with
 * several kinds takes the first that maps; any other stays an `Organization`.
 */
export const KIND_TYPES: Readonly<Record<string, string>> = {
  alliance: 'Consortium',
  'city-partnership': 'Consortium',
  consortium: 'Consortium',
  'municipal-body': 'GovernmentOrganization',
  ngo: 'NGO',
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** Drops the keys whose value is undefined, so that absent fields are absent, not null. */
function compact<V extends Record<string, Json | undefined>>(object: V): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as { [key: string]: Json };
}

export function organizationType(network: Network): string {
  for (const term of network.facets['kind'] ?? []) if (KIND_TYPES[term]) return KIND_TYPES[term];
  return 'Organization';
}

function organization(network: Network, locale: UiLocale, feed: Feed): { [key: string]: Json } {
  const text = (t: Network['name'] | undefined) => resolveText(t, locale, feed.language)?.text;
  const c = network.contact;
  const contactPoint =
    c && (c.email || c.phone || c.url)
      ? compact({ '@type': 'ContactPoint', name: text(c.name), email: c.email, telephone: c.phone, url: c.url })
      : undefined;
  const keywords = feed.facets.flatMap((facet) =>
    (network.facets[facet.id] ?? []).flatMap((id) => text(facet.terms.find((t) => t.id === id)?.label) ?? []),
  );
  return compact({
    '@type': organizationType(network),
    '@id': `#${network.id}`,
    name: text(network.name),
    alternateName: network.shortName,
    description: text(network.summary) ?? (text(network.description) && paragraphs(text(network.description)!)[0]),
    url: c?.url ?? network.links[0]?.url,
    foundingDate: network.founded,
    areaServed: text(network.area),
    address: text(c?.address),
    contactPoint,
    keywords: keywords.length ? keywords.join(', ') : undefined,
    sameAs: network.links.length ? network.links.map((l) => l.url) : undefined,
  });
}

/** The JSON-LD object for the page in `locale`: every entry, in feed order. */
export function jsonLd(feed: Feed, locale: UiLocale): { [key: string]: Json } {
  const text = (t: Feed['title']) => resolveText(t, locale, feed.language)?.text;
  const p = feed.publisher;
  const publisher =
    p && (p.name || p.url)
      ? compact({ '@type': 'Organization', name: text(p.name), url: p.url, email: p.email })
      : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: text(feed.title),
    description: text(feed.description),
    inLanguage: locale,
    dateModified: feed.updated,
    license: feed.license,
    publisher,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: feed.networks.length,
      itemListOrder: 'https://schema.org/ItemListUnordered',
      itemListElement: feed.networks.map((network, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: organization(network, locale, feed),
      })),
    },
  });
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` as `\u003c`…,
 * so that no feed text can close the element (`</script>`) or open a comment, and the
 * line separators U+2028/2029 escaped as well. JSON.parse reads it unchanged.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
