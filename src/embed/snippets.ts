/**
 * The three ways to embed the directory, as text to copy, and the oEmbed files that make a
 * pasted link work in WordPress. Shared by the CLI (`network-directory oembed`) and the
 * snippet generator (demo/embed-generator.html). Pure functions, no DOM, no Node.
 *
 * oEmbed 1.0 (https://oembed.com/, section 2.3.4): `type: "rich"` with `html`, `width`,
 * `height`. WordPress keeps only `<blockquote>`, `<a href>` and the iframe's `src width height
 * frameborder marginwidth marginheight scrolling title` (wp_filter_oembed_result), and resizes
 * the frame only when the blockquote is there.
 */
import { writeEmbedQuery, type EmbedConfig } from './embed-config.js';

/** Escapes text for an HTML attribute value in double quotes or for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's attributes for `config`, as HTML (` src="…" lang="en"`), in `EMBED_ATTRIBUTES` order. */
export function attributesHtml(config: EmbedConfig): string {
  return Object.entries(config)
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
    .join('');
}

/** The one-script snippet (README, "Embed"): `bundleUrl` is dist/network-directory.js, `config.src` absolute. */
export function scriptSnippet(bundleUrl: string, config: EmbedConfig): string {
  return `<script type="module" src="${escapeHtml(bundleUrl)}"></script>\n<network-directory${attributesHtml(config)}></network-directory>`;
}

/** The embed page's address for `config`: `embedUrl` (dist/embed.html) with the configuration as query. */
export function embedLink(embedUrl: string, config: EmbedConfig): string {
  const query = writeEmbedQuery(config);
  return query ? `${embedUrl}?${query}` : embedUrl;
}

/**
 * The iframe snippet for a CMS that keeps iframes, with the few lines of script that follow
 * the page's height message (`network-directory:height`) where the host may add a script.
 * `frame-sizing: content-height` asks browsers with responsive iframes to size it themselves.
 */
export function iframeSnippet(pageUrl: string, title: string, height = 800): string {
  const origin = new URL(pageUrl).origin;
  return [
    `<iframe src="${escapeHtml(pageUrl)}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" class="network-directory-frame"></iframe>`,
    `<script>`,
    `  // Follows the embed page's height (docs/embedding.md, "Auto-height").`,
    `  addEventListener('message', (e) => {`,
    `    if (e.origin !== '${origin}' || e.data?.type !== 'network-directory:height') return;`,
    `    for (const f of document.querySelectorAll('iframe.network-directory-frame'))`,
    `      if (f.contentWindow === e.source) f.height = String(e.data.height);`,
    `  });`,
    `</script>`,
  ].join('\n');
}

export interface OembedOptions {
  /** The page the iframe shows and a pasted link names (absolute, `https:` for WordPress's block editor). */
  pageUrl: string;
  /** Title of the embed (the feed's title in the chosen language). */
  title: string;
  /** The frame's starting height in CSS pixels, before the page reports its own. */
  height: number;
  /** Who publishes it: the feed's publisher. */
  providerName?: string;
  providerUrl?: string;
}

/** The oEmbed response (a static `*.oembed.json`) for the embed page at `pageUrl`. */
export function oembedResponse(o: OembedOptions): Record<string, unknown> {
  const url = escapeHtml(o.pageUrl);
  const title = escapeHtml(o.title);
  return {
    version: '1.0',
    type: 'rich',
    title: o.title,
    ...(o.providerName ? { provider_name: o.providerName } : {}),
    ...(o.providerUrl ? { provider_url: o.providerUrl } : {}),
    width: 600,
    height: o.height,
    // The blockquote is what WordPress shows until the frame reports its height (and what a
    // reader without frames gets); without it WordPress never resizes the frame.
    html: `<blockquote><a href="${url}">${title}</a></blockquote><iframe src="${url}" width="100%" height="${o.height}" title="${title}" frameborder="0"></iframe>`,
  };
}

const DIRECTORY_TAG = '<network-directory></network-directory>';
const OEMBED_MARK = '<!-- oembed -->';

export interface PageOptions {
  config: EmbedConfig;
  title: string;
  /** Absolute address of this page's `*.oembed.json` (WordPress does not resolve relative ones). */
  oembedUrl: string;
}

/**
 * A configured copy of dist/embed.html (`template`): the element with `config` as attributes,
 * the title, and the oEmbed discovery link in the head (which WordPress reads, at most its
 * first 150 KB). Throws when `template` is not the embed page.
 */
export function embedPageHtml(template: string, o: PageOptions): string {
  if (!template.includes(DIRECTORY_TAG) || !template.includes(OEMBED_MARK)) {
    throw new Error(
      'The template is not dist/embed.html: it lacks <network-directory></network-directory> or <!-- oembed -->.',
    );
  }
  const link = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(o.oembedUrl)}" title="${escapeHtml(o.title)}" />`;
  return template
    .replace(DIRECTORY_TAG, `<network-directory${attributesHtml(o.config)}></network-directory>`)
    .replace(OEMBED_MARK, link)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(o.title)}</title>`)
    .replace(/<html lang="[a-z]+">/, `<html lang="${o.config.lang ?? 'de'}">`);
}
