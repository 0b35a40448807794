// Hostile feeds too big to keep in the repository, made on request by the fault server
// (test/config/fault-server.mjs serves them at /test/hostile/feeds/generated/<name>).
// Their expected outcomes are in test/hostile/expectations.ts like every other case.
// Each generator is deterministic; results are cached in memory for the test run.
//
//   node test/hostile/generated-feeds.mjs <name> > file.json   writes one to look at
import { fileURLToPath } from 'node:url';

const facets = [
  {
    id: 'scope',
    label: { de: 'Reichweite', en: 'Reach' },
    terms: [
      { id: 'local', label: 'Lokal' },
      { id: 'national', label: 'Bundesweit' },
    ],
  },
];
const feed = (networks, extra = {}) => ({ version: 1, language: 'de', title: 'Generiert', facets, networks, ...extra });

/** 10 MB, the element's default `max-bytes`. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const generators = {
  /** 10,000 entries; every 1,000th has a `javascript:` contact URL (a field problem, the entry stays). */
  'ten-thousand-entries.json': () =>
    JSON.stringify(
      feed(
        Array.from({ length: 10_000 }, (_, i) => ({
          id: `n${String(i).padStart(5, '0')}`,
          name: { de: `Netzwerk ${i}`, en: `Network ${i}` },
          summary: `Eintrag Nummer ${i}`,
          facets: { scope: i % 2 ? 'local' : 'national' },
          ...(i % 1000 === 999 ? { contact: { url: 'javascript:window.__pwned=1' } } : {}),
        })),
      ),
    ),
  /** Names of 100 KB, a 100 KB id (refused, reported shortened) and a 100 KB URL. */
  'long-strings.json': () => {
    const long = 'Ä'.repeat(50_000) + 'x'.repeat(50_000); // 100,000 characters, 150 KB as UTF-8
    return JSON.stringify(
      feed([
        { id: 'long-name', name: long, summary: { de: long, en: long } },
        { id: 'a'.repeat(100_000), name: 'Lange Kennung' },
        { id: 'long-url', name: 'Lange Adresse', contact: { url: `https://example.org/${'p'.repeat(100_000)}` } },
        { id: 'short', name: 'Kurz' },
      ]),
    );
  },
  /** 10,000 nested arrays in an entry's description (wrong type) and 10,000 nested objects in an unknown field. */
  'deep-nesting.json': () => {
    const depth = 10_000;
    const arrays = '['.repeat(depth) + ']'.repeat(depth);
    const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    return `{"version":1,"language":"de","title":"Tief","extra":${objects},"networks":[
      {"id":"deep","name":"Tief verschachtelt","description":${arrays},"unknownField":${objects}},
      {"id":"flat","name":"Flach"}]}`;
  },
  /** Just above the default size limit, sent with a Content-Length (refused before reading). */
  'too-large.json': () => padded(DEFAULT_MAX_BYTES + 1024),
  /** 300 KB sent without a Content-Length (chunked): the reader has to count and stop itself. */
  'too-large-chunked.json': () => padded(300_000),
};

/** A valid feed of exactly `bytes` bytes: one entry whose summary is the padding. */
function padded(bytes) {
  const head = JSON.stringify(feed([{ id: 'big', name: 'Groß', summary: '' }]));
  const [before, after] = head.split('"summary":""');
  const fill = bytes - Buffer.byteLength(before + '"summary":""' + after);
  return `${before}"summary":"${'x'.repeat(fill)}"${after}`;
}

const cache = new Map();

/** The body of generated feed `name`, or undefined when there is none. */
export function generatedFeed(name) {
  if (!Object.hasOwn(generators, name)) return undefined;
  if (!cache.has(name)) cache.set(name, Buffer.from(generators[name](), 'utf8'));
  return cache.get(name);
}

export const generatedFeedNames = Object.keys(generators);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const body = generatedFeed(process.argv[2] ?? '');
  if (!body) {
    console.error(`usage: node test/hostile/generated-feeds.mjs <${generatedFeedNames.join('|')}>`);
    process.exit(1);
  }
  process.stdout.write(body);
}
