/**
 * `network-directory oembed <feed> --base https://host/path/ [--name NAME] [slice options]`:
 * writes NAME.html (a configured copy of dist/embed.html, with an oEmbed discovery link) and
 * NAME.oembed.json beside it, for the folder that holds network-directory.js, embed.js and
 * embed.css. The link to paste into WordPress is https://host/path/NAME.html.
 *
 * Its options are the element's attribute names (`--lang` is the directory's language, and the
 * language of this command's messages). The feed is read to check the slice and take the title.
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeedText } from '../feed/validate.js';
import { resolveText } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { EMBED_ATTRIBUTES, readEmbedConfig, DEFAULT_SRC, type EmbedConfig } from '../embed/embed-config.js';
import { embedPageHtml, oembedResponse } from '../embed/snippets.js';
import { loadFeedWithText } from './load-url.js';
import { EXIT_USABLE, EXIT_UNUSABLE, EXIT_USAGE, readInput, writeOutput, UsageError, type Io } from './cli-io.js';
import { MESSAGES } from './messages.js';
import type { UiLocale } from '../localization.js';

const TEXT = {
  de: {
    usage: `network-directory oembed <Feed-Datei oder URL> --base https://host/pfad/ [Optionen]

Schreibt NAME.html (die Einbettungsseite mit oEmbed-Link) und NAME.oembed.json in den Ordner
--output (Vorgabe: aktueller Ordner). Dort müssen auch network-directory.js, embed.js und
embed.css liegen. Der Link zum Einfügen in WordPress ist BASE + NAME.html.

  --base URL          öffentliche Adresse des Ordners (https, mit / am Ende)
  --name NAME         Dateiname ohne Endung (Vorgabe: directory)
  --src ADRESSE       Feed relativ zur Seite (Vorgabe: feed.json)
  --lang de|en        Sprache des Verzeichnisses
  --filter, --hide-facets, --layout, --entry, --appearance, --heading-level
                      wie die Attribute des Elements
  --height PX         Anfangshöhe des Rahmens (Vorgabe: 800)
  --output ORDNER     wohin die Dateien geschrieben werden
`,
    badBase: (v: string) => `--base muss eine absolute http(s)-Adresse sein: ${v}`,
    badName: (v: string) => `--name darf nur a–z, 0–9 und - enthalten: ${v}`,
    badValue: (name: string) => `Ungültiger Wert für --${name}.`,
    badHeight: (v: string) => `--height muss eine Zahl zwischen 200 und 1000 sein: ${v}`,
    unusable: 'Der Feed ist nicht verwendbar (Details: network-directory validate).',
    unknownTerm: (v: string) => `Nicht im Feed: ${v}`,
    written: (files: string[], link: string) => `Geschrieben: ${files.join(', ')}\nLink zum Einfügen: ${link}\n`,
    httpWarning: 'Hinweis: Der Block-Editor von WordPress bettet nur https-Links ein.\n',
  },
  en: {
    usage: `network-directory oembed <feed file or URL> --base https://host/path/ [options]

Writes NAME.html (the embed page with an oEmbed link) and NAME.oembed.json into the folder
--output (default: the current folder), which must also hold network-directory.js, embed.js and
embed.css. The link to paste into WordPress is BASE + NAME.html.

  --base URL          public address of that folder (https, ending in /)
  --name NAME         file name without extension (default: directory)
  --src ADDRESS       feed, relative to the page (default: feed.json)
  --lang de|en        the directory's language
  --filter, --hide-facets, --layout, --entry, --appearance, --heading-level
                      as the element's attributes
  --height PX         the frame's starting height (default: 800)
  --output FOLDER     where the files go
`,
    badBase: (v: string) => `--base must be an absolute http(s) address: ${v}`,
    badName: (v: string) => `--name may hold only a–z, 0–9 and -: ${v}`,
    badValue: (name: string) => `Invalid value for --${name}.`,
    badHeight: (v: string) => `--height must be a number from 200 to 1000: ${v}`,
    unusable: 'The feed cannot be used (details: network-directory validate).',
    unknownTerm: (v: string) => `Not in the feed: ${v}`,
    written: (files: string[], link: string) => `Written: ${files.join(', ')}\nLink to paste: ${link}\n`,
    httpWarning: "Note: WordPress's block editor embeds https links only.\n",
  },
} as const;

const OPTIONS = {
  base: { type: 'string' },
  name: { type: 'string' },
  height: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries(EMBED_ATTRIBUTES.map((name) => [name, { type: 'string' }])),
} as const;

/** The ids in `config.filter`, `hide-facets` and `entry` that `feed` does not have, as `facet:term` or the id. */
export function unknownIds(feed: Feed, config: EmbedConfig): string[] {
  const unknown: string[] = [];
  const facets = new Map(feed.facets.map((f) => [f.id, new Set(f.terms.map((t) => t.id))]));
  for (const group of (config.filter ?? '').split(/[\s;]+/).filter(Boolean)) {
    const [facet, terms = ''] = group.split(':');
    for (const term of terms.split(',')) if (!facets.get(facet)?.has(term)) unknown.push(`${facet}:${term}`);
  }
  for (const facet of (config['hide-facets'] ?? '').split(/[\s,]+/).filter(Boolean))
    if (!facets.has(facet)) unknown.push(facet);
  if (config.entry && !feed.networks.some((n) => n.id === config.entry)) unknown.push(config.entry);
  return unknown;
}

/** Runs the command; `argv` is everything after `oembed`. */
export async function oembedCommand(argv: readonly string[], io: Io, envLang: UiLocale): Promise<number> {
  let lang: UiLocale = envLang;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const v = values as Record<string, string | boolean | undefined>;
    if (v.lang === 'de' || v.lang === 'en') lang = v.lang;
    const t = TEXT[lang];
    if (v.help) {
      io.out(t.usage);
      return EXIT_USABLE;
    }
    if (positionals.length !== 1) throw new UsageError(t.usage);
    const base = String(v.base ?? '');
    if (!/^https?:\/\/[^/]+/i.test(base)) throw new UsageError(t.badBase(base));
    const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`);
    const name = String(v.name ?? 'directory');
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) throw new UsageError(t.badName(name));
    const height = Number(v.height ?? 800);
    if (!Number.isInteger(height) || height < 200 || height > 1000) throw new UsageError(t.badHeight(String(v.height)));

    // The same rules as the embed page applies to its own address.
    const query = new URLSearchParams();
    for (const attribute of EMBED_ATTRIBUTES)
      if (typeof v[attribute] === 'string') query.set(attribute, v[attribute] as string);
    const { config, refused } = readEmbedConfig(query.toString());
    if (refused.length) throw new UsageError(t.badValue(refused[0]));
    config.src ??= DEFAULT_SRC;

    const source = positionals[0];
    const { result } = /^https?:\/\//i.test(source)
      ? await loadFeedWithText(source)
      : { result: parseFeedText(new TextDecoder().decode(await readInput(source, MESSAGES[lang]))) };
    if (!result.feed) {
      io.err(t.unusable + '\n');
      return EXIT_UNUSABLE;
    }
    const unknown = unknownIds(result.feed, config);
    if (unknown.length) {
      io.err(t.unknownTerm(unknown.join(', ')) + '\n');
      return EXIT_UNUSABLE;
    }

    const feed = result.feed;
    const pageLang = config.lang ?? (feed.language.startsWith('en') ? 'en' : 'de');
    const title = resolveText(feed.title, pageLang, feed.language)?.text ?? 'network-directory';
    const pageUrl = new URL(`${name}.html`, baseUrl).href;
    const oembedUrl = new URL(`${name}.oembed.json`, baseUrl).href;
    const template = await readFile(new URL('./embed.html', import.meta.url), 'utf8');
    const page = embedPageHtml(template, { config, title, oembedUrl });
    const publisher = feed.publisher;
    const oembed = oembedResponse({
      pageUrl,
      title,
      height,
      providerName: publisher?.name ? resolveText(publisher.name, pageLang, feed.language)?.text : undefined,
      providerUrl: publisher?.url,
    });
    const folder = String(v.output ?? '.');
    const files = [join(folder, `${name}.html`), join(folder, `${name}.oembed.json`)];
    await writeOutput(files[0], page, MESSAGES[lang]);
    await writeOutput(files[1], JSON.stringify(oembed, null, 2) + '\n', MESSAGES[lang]);
    io.out(t.written(files, pageUrl));
    if (baseUrl.protocol !== 'https:') io.err(t.httpWarning);
    return EXIT_USABLE;
  } catch (e) {
    const known = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!known) throw e;
    io.err(`${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
}
