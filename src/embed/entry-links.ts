/**
 * Links that still lead somewhere from inside a sandboxed frame. WordPress frames an embed
 * with `sandbox="allow-scripts"`: `target="_blank"` opens nothing, and the only way out is
 * asking the host page to navigate its top window, which WordPress does only for the frame's
 * own host. So a link in an entry goes out as `embed.html?go=<entry id>&link=<n>` on our own
 * host; that page looks the address up in the feed and goes there. The address never comes
 * from the query string, so the page is no open redirect. Pure functions, no DOM.
 */
import type { Feed, Network } from '../feed/types.js';
import { telHref } from '../components/format.js';

/** Every address an entry links to, as the element renders them: coordinator, e-mail, phone, website, further links. */
export function entryLinks(network: Network): string[] {
  const hrefs: string[] = [];
  const c = network.contact;
  if (network.coordinator?.url) hrefs.push(network.coordinator.url);
  if (c?.email) hrefs.push(`mailto:${c.email}`);
  if (c?.phone) hrefs.push(telHref(c.phone));
  if (c?.url) hrefs.push(c.url);
  for (const link of network.links) hrefs.push(link.url);
  return hrefs;
}

/** The feed's own links, as the element's footer renders them: publisher, licence. */
export function feedLinks(feed: Feed): string[] {
  const hrefs: string[] = [];
  if (feed.publisher?.url) hrefs.push(feed.publisher.url);
  if (feed.license && /^https?:/.test(feed.license)) hrefs.push(feed.license);
  return hrefs;
}

/** Which link of the feed a `go` page stands for. `entry` is `null` for the feed's own links. */
export interface LinkRef {
  entry: string | null;
  index: number;
}

/** `go=~` names the feed's own links (the footer): entry ids are `[a-z0-9-]`, so no entry can be called `~`. */
const FEED_LINKS = '~';

/** The reference of `href` clicked inside entry `entry` (or the footer when `null`), or `null` when the feed has no such link. */
export function linkRefFor(feed: Feed, entry: string | null, href: string): LinkRef | null {
  const hrefs = entry === null ? feedLinks(feed) : entryLinksById(feed, entry);
  const index = hrefs?.indexOf(href) ?? -1;
  return index < 0 ? null : { entry, index };
}

function entryLinksById(feed: Feed, id: string): string[] | null {
  const network = feed.networks.find((n) => n.id === id);
  return network ? entryLinks(network) : null;
}

/**
 * `query` (a query string, with or without `?`) without its `go` and `link` parameters; the
 * others stay exactly as written, so a link stays as short and readable as the one pasted.
 */
export function withoutLinkRef(query: string): string {
  return query
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && !/^(go|link)(=|$)/.test(pair))
    .join('&');
}

/** `pageHref` (the embed page: its configuration kept, its hash dropped) with `go` and `link` set for `ref`. */
export function goHref(pageHref: string, ref: LinkRef): string {
  const url = new URL(pageHref);
  const rest = withoutLinkRef(url.search);
  return `${url.origin}${url.pathname}?${rest ? `${rest}&` : ''}go=${ref.entry ?? FEED_LINKS}&link=${ref.index}`;
}

/** The `go`/`link` pair of a query string, or `null` when there is none or it is malformed. */
export function readLinkRef(search: string): LinkRef | null {
  const params = new URLSearchParams(search);
  const go = params.get('go');
  const link = params.get('link');
  if (go === null || link === null || !/^\d{1,4}$/.test(link)) return null;
  if (go !== FEED_LINKS && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(go)) return null;
  return { entry: go === FEED_LINKS ? null : go, index: Number(link) };
}

/**
 * The address `ref` stands for, taken from `feed`; `null` when the feed has no such link or
 * it is not `http:`, `https:`, `mailto:` or `tel:` (the validator admits only these; checked
 * again because the page navigates to it).
 */
export function resolveLinkRef(feed: Feed, ref: LinkRef): string | null {
  const hrefs = ref.entry === null ? feedLinks(feed) : entryLinksById(feed, ref.entry);
  const href = hrefs?.[ref.index];
  return href && /^(https?:\/\/|mailto:|tel:)/i.test(href) ? href : null;
}
