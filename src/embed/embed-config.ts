/**
 * The embed page's configuration, read from its own URL: the element's attribute names as
 * query parameters (`embed.html?lang=en&filter=scope:local&hide-facets=kind`), so that a
 * link pasted into a CMS holds the whole configuration. Pure functions, no DOM.
 */

/** The element attributes the embed page takes from its URL, in the order the generator writes them. */
export const EMBED_ATTRIBUTES = [
  'src',
  'lang',
  'filter',
  'hide-facets',
  'layout',
  'entry',
  'appearance',
  'heading-level',
] as const;

export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];
export type EmbedConfig = Partial<Record<EmbedAttribute, string>>;

/**
 * The feed's address when neither the page nor its URL names one: `feed.json` beside the
 * embed page, so that a pasted link stays short and holds "https" only once (WordPress's
 * block editor turns a pasted URL into an Embed block only then; see docs/embedding.md).
 */
export const DEFAULT_SRC = 'feed.json';

const ID = '[a-z0-9][a-z0-9-]{0,63}';
/** What each parameter may hold; anything else is left out (and reported by `readEmbedConfig`). */
const VALID: Record<EmbedAttribute, RegExp> = {
  // Any address the element can resolve; it is fetched with CORS, never navigated to.
  src: /^[^\s<>"]{1,2000}$/,
  lang: /^(de|en)$/,
  filter: new RegExp(`^${ID}:${ID}(,${ID})*([ ;]${ID}:${ID}(,${ID})*)*$`),
  'hide-facets': new RegExp(`^${ID}([ ,]${ID})*$`),
  layout: /^compact$/,
  entry: new RegExp(`^${ID}$`),
  appearance: /^(light|dark|auto)$/,
  'heading-level': /^[1-6]$/,
};

export interface EmbedConfigResult {
  config: EmbedConfig;
  /** Parameters of ours whose values were refused, e.g. `['layout']` for `layout=grid`. */
  refused: EmbedAttribute[];
}

/** The configuration in a query string (`location.search`); unknown parameters are ignored. */
export function readEmbedConfig(search: string): EmbedConfigResult {
  const params = new URLSearchParams(search);
  const config: EmbedConfig = {};
  const refused: EmbedAttribute[] = [];
  for (const name of EMBED_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    // `+` in a query means a space: `filter=scope:local+kind:alliance` is two groups.
    const trimmed = value.trim();
    if (VALID[name].test(trimmed)) config[name] = trimmed;
    else refused.push(name);
  }
  return { config, refused };
}

/** The query string for `config` (without `?`), parameters in `EMBED_ATTRIBUTES` order, empty ones left out. */
export function writeEmbedQuery(config: EmbedConfig): string {
  const params = new URLSearchParams();
  for (const name of EMBED_ATTRIBUTES) {
    const value = config[name]?.trim();
    if (value) params.set(name, value);
  }
  // `:` and `,` are allowed in a query (RFC 3986 §3.4): keep the link readable.
  return params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** WordPress's per-frame secret from the frame's hash `#?secret=abc123` (wp-embed.js), or `null`. */
export function secretFromHash(hash: string): string | null {
  const match = /[#?&]secret=([A-Za-z0-9]{1,32})(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}
