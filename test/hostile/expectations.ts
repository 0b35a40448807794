/**
 * The hostile feed corpus (test/hostile/feeds/) and what FEED.md says must happen to each
 * file when <network-directory src="…"> loads it. Five big ones are made at test time by
 * the fault server (test/hostile/generated-feeds.mjs → /test/hostile/feeds/generated/…).
 *
 * Problems are written `level code path`, compared as a set with what `nd-feed-loaded` or
 * `nd-feed-failed` reports. They follow the rules of FEED.md, not the validator's output:
 * where the two differed, the validator was fixed (see the report of issue 6).
 */
import { PAGE_SIZE } from '../../src/components/network-directory.js';

export interface HostileCase {
  /** Under /test/hostile/feeds/. */
  readonly file: string;
  readonly about: string;
  /** Why this case does not pass yet (it is then skipped, and listed in the report). */
  readonly pending?: string;
  /** Attributes set on the element besides `src` and `lang`. */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly outcome: 'loaded' | 'failed';
  /** Every problem reported, as `level code path` (order does not matter). */
  readonly problems?: readonly string[];
  /** For big feeds: how many problems, and some of them. */
  readonly problemCount?: number;
  readonly someProblems?: readonly string[];
  /** Ids of the cards shown, in order (the first page for long lists). */
  readonly shown: readonly string[];
  /** How many entries the feed has after validation, when more than one page. */
  readonly total?: number;
  /** Entry id → texts its card shows literally (textContent contains each). */
  readonly texts?: Readonly<Record<string, readonly string[]>>;
  /** Entry id → every link target in its card, in order. */
  readonly hrefs?: Readonly<Record<string, readonly string[]>>;
  /** Texts the footer shows literally / link targets in the footer. */
  readonly footer?: { readonly texts?: readonly string[]; readonly hrefs?: readonly string[] };
}

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** The same bad URL in publisher.url, coordinator.url, contact.url and links[0…n-1] (link n is good). */
function urlProblems(code: string, links: number, extra: string[] = []): string[] {
  return [
    `field ${code} publisher.url`,
    `field ${code} networks[0].coordinator.url`,
    `field ${code} networks[0].contact.url`,
    ...range(links, (i) => `field ${code} networks[0].links[${i}].url`),
    ...extra,
  ];
}

const GOOD_LINK = 'https://example.org/gut';
/** A URL case: no link but the good one, coordinator and publisher shown as plain names. */
const urlCase = (file: string, about: string, problems: string[]): HostileCase => ({
  file,
  about,
  outcome: 'loaded',
  problems,
  shown: ['u'],
  texts: { u: ['Adressen', 'Koordination', 'Gut'] },
  hrefs: { u: [GOOD_LINK] },
  footer: { texts: ['Herausgeber'], hrefs: [] },
});

const failed = (file: string, about: string, problem: string): HostileCase => ({
  file,
  about,
  outcome: 'failed',
  problems: [problem],
  shown: [],
});

export const HOSTILE_CASES: readonly HostileCase[] = [
  // ---------------------------------------------------------------- the feed
  failed('not-json.json', 'prose instead of JSON', 'feed not-json '),
  failed('truncated.json', 'JSON cut off mid-entry', 'feed not-json '),
  failed('trailing-comma.json', 'a trailing comma (the most common hand-editing slip)', 'feed not-json '),
  failed('comments.json', 'JSON with // comments', 'feed not-json '),
  failed('utf16le.json', 'a valid feed saved as UTF-16 (a spreadsheet export)', 'feed not-json '),
  failed('array.json', 'a JSON array of entries', 'feed not-object '),
  failed('null.json', '`null`', 'feed not-object '),
  failed('string.json', 'a JSON string', 'feed not-object '),
  failed('number.json', 'a JSON number', 'feed not-object '),
  failed('empty.json', 'an empty file', 'feed empty-response '),
  failed('whitespace.json', 'only white space', 'feed empty-response '),
  failed(
    'version-2.json',
    'a newer major version (and nothing said about its shape)',
    'feed version-unsupported version',
  ),
  failed('version-missing.json', 'no version', 'feed version-missing version'),
  failed('version-string.json', 'version "1" as a string', 'feed version-invalid version'),
  failed('version-infinite.json', 'version 1e999 (Infinity after parsing)', 'feed version-invalid version'),
  failed('version-negative.json', 'version -1', 'feed version-invalid version'),
  failed('networks-missing.json', 'no `networks` (a typo: `network`)', 'feed networks-missing networks'),
  failed('networks-object.json', '`networks` as an object keyed by id', 'feed networks-missing networks'),
  failed('html-document.json', 'an HTML page saved as .json (served as application/json)', 'feed not-json-content '),
  {
    file: 'bom.json',
    about: 'a UTF-8 byte order mark before the JSON: loads like any feed',
    outcome: 'loaded',
    problems: [],
    shown: ['a', 'b'],
    texts: { a: ['Bürgerforum Äußere Südstadt'], b: ['Straßenfest'] },
  },
  {
    file: 'latin1.json',
    about: 'Windows-1252 bytes where UTF-8 belongs: the replacement character is shown, nothing fails',
    outcome: 'loaded',
    problems: [],
    shown: ['a'],
    texts: { a: ['B\uFFFDrger'] },
  },
  {
    file: 'generated/too-large.json',
    about: 'above the default size limit of 10 MB (declared Content-Length)',
    outcome: 'failed',
    problems: ['feed too-large '],
    shown: [],
  },
  {
    file: 'generated/too-large-chunked.json',
    about: 'above `max-bytes` without a Content-Length: the reader counts and stops',
    attrs: { 'max-bytes': '200000' },
    outcome: 'failed',
    problems: ['feed too-large '],
    shown: [],
  },

  // ---------------------------------------------------------------- entries
  {
    file: 'duplicate-ids.json',
    about: 'an id used three times: the first stays, the later ones are skipped',
    outcome: 'loaded',
    problems: ['entry id-duplicate networks[2].id', 'entry id-duplicate networks[3].id'],
    shown: ['a', 'b'],
    texts: { a: ['Erster A'] },
  },
  {
    file: 'missing-names.json',
    about: 'names missing, empty, blank, {}, all-blank languages, null, a number',
    outcome: 'loaded',
    problems: [
      ...range(7, (i) => `entry name-missing networks[${i}].name`),
      'field text-empty networks[4].name.de',
      'field text-empty networks[4].name.en',
    ],
    shown: ['ok', 'en-only'],
    texts: { ok: ['Gut'], 'en-only': ['Only English', 'nur auf Englisch'] },
  },
  {
    file: 'bad-ids.json',
    about: 'ids missing, empty, null, upper case, with spaces, leading dash, 65 characters, a number, __proto__, ../',
    outcome: 'loaded',
    problems: [
      ...range(3, (i) => `entry id-missing networks[${i}].id`),
      ...range(7, (i) => `entry id-invalid networks[${i + 3}].id`),
    ],
    shown: ['ok-1', 'b'.repeat(64)],
  },
  {
    file: 'entries-not-objects.json',
    about: 'null, a number, a string, an array and true among the entries',
    outcome: 'loaded',
    problems: range(5, (i) => `entry entry-not-object networks[${i}]`),
    shown: ['ok'],
  },
  {
    file: 'proto-keys.json',
    about: '__proto__ and constructor as keys and values everywhere: no pollution, "constructor" is a fine id',
    outcome: 'loaded',
    problems: [
      'field text-language-invalid networks[1].name.__proto__',
      'field facet-unknown networks[1].facets.__proto__',
      'field facet-unknown networks[1].facets.constructor',
      'field term-unknown networks[1].facets.scope[1]',
      'field term-unknown networks[1].facets.scope[2]',
    ],
    shown: ['constructor', 'p', 'q'],
    texts: { constructor: ['Konstruktor'], p: ['Proto', 'Lokal'] },
    hrefs: { q: [] },
  },
  {
    file: 'prototype-names.json',
    about:
      'constructor as facet, term and entry id, toString/__proto__/hasOwnProperty as keys: shown, nothing inherited',
    outcome: 'loaded',
    problems: [
      'field text-language-invalid networks[2].name.toString',
      'field facet-unknown networks[2].facets.toString',
      'field facet-unknown networks[2].facets.__proto__',
      'field facet-unknown networks[2].facets.hasOwnProperty',
    ],
    shown: ['constructor', 'plain', 'other'],
    texts: {
      constructor: ['Konstruktor-Netz', 'Bauart', 'Lokal'],
      plain: ['Ohne Gruppe', 'Überall'],
      other: ['Anderes Netz', 'Andere'],
    },
    hrefs: {},
  },
  {
    file: 'one-bad-among-good.json',
    about: 'one bad entry never hides a good one',
    outcome: 'loaded',
    problems: [
      'entry id-invalid networks[1].id',
      'field url-not-http networks[2].contact.url',
      'entry entry-not-object networks[3]',
    ],
    shown: ['first', 'middle', 'last'],
    texts: { middle: ['Mitte', 'mitte@example.org'] },
    hrefs: { middle: ['mailto:mitte@example.org'] },
  },
  {
    file: 'duplicate-keys.json',
    about: 'a key twice in one object: the last one counts, as in every JSON parser of the web',
    outcome: 'loaded',
    problems: [],
    shown: ['second'],
    texts: { second: ['Zweiter'] },
  },
  {
    file: 'generated/ten-thousand-entries.json',
    about: '10,000 entries; ten have a javascript: contact URL',
    outcome: 'loaded',
    problemCount: 10,
    someProblems: ['field url-not-http networks[999].contact.url', 'field url-not-http networks[9999].contact.url'],
    shown: range(PAGE_SIZE, (i) => `n${String(i).padStart(5, '0')}`),
    total: 10_000,
    texts: { n00000: ['Netzwerk 0', 'Eintrag Nummer 0', 'Bundesweit'] },
  },

  // ---------------------------------------------------------------- fields
  {
    file: 'wrong-types-feed.json',
    about:
      'every feed-level field of the wrong type (language, title, description, publisher, updated, license, facets)',
    outcome: 'loaded',
    problems: [
      'field language-invalid language',
      'field title-missing title',
      'field wrong-type description',
      'field wrong-type publisher',
      'field wrong-type updated',
      'field wrong-type license',
      'field wrong-type facets',
    ],
    shown: ['a'],
    texts: { a: ['Alpha', 'nicht übersetzt'] },
  },
  {
    file: 'wrong-types-entry.json',
    about: 'every field of an entry of the wrong type: the entry is shown with its name only',
    outcome: 'loaded',
    problems: [
      ...[
        'shortName',
        'summary',
        'description',
        'facets',
        'founded',
        'coordinator',
        'members',
        'area',
        'contact',
        'links',
        'note',
        'updated',
      ].map((f) => `field wrong-type networks[0].${f}`),
      'field text-empty networks[0].meetings',
    ],
    shown: ['all-wrong', 'fine'],
    texts: { 'all-wrong': ['Falsch überall'] },
    hrefs: { 'all-wrong': [] },
  },
  {
    file: 'wrong-types-nested.json',
    about: 'wrong types inside name, contact, coordinator, links and facet terms',
    outcome: 'loaded',
    problems: [
      'field wrong-type networks[0].name.de',
      'field wrong-type networks[0].facets.scope[0]',
      'field wrong-type networks[0].facets.scope[1]',
      'field wrong-type networks[0].coordinator.name',
      'field wrong-type networks[0].coordinator.url',
      ...['name', 'email', 'phone', 'url', 'address'].map((f) => `field wrong-type networks[0].contact.${f}`),
      'field wrong-type networks[0].links[0]',
      'field label-missing networks[0].links[1].label',
      'field wrong-type networks[0].links[1].url',
      'field url-missing networks[0].links[2].url',
      'field label-missing networks[0].links[3].label',
    ],
    shown: ['nested'],
    texts: { nested: ['Nested', 'nur auf Englisch', 'Lokal', 'Gut'] },
    hrefs: { nested: ['https://example.org/gut'] },
  },
  {
    file: 'empty-strings.json',
    about: 'empty strings in every field',
    outcome: 'loaded',
    problems: [
      'field license-invalid license',
      'field text-empty networks[0].name.de',
      ...['shortName', 'summary', 'description', 'meetings.de', 'contact.name'].map(
        (f) => `field text-empty networks[0].${f}`,
      ),
      'field date-invalid networks[0].founded',
      'field date-invalid networks[0].updated',
      'field email-invalid networks[0].contact.email',
      'field phone-invalid networks[0].contact.phone',
      'field url-invalid networks[0].contact.url',
      'field label-missing networks[0].links[0].label',
      'field url-invalid networks[0].links[0].url',
    ],
    shown: ['empties'],
    texts: { empties: ['Leere Felder'] },
    hrefs: { empties: [] },
  },
  {
    file: 'unknown-facets-terms.json',
    about: 'unknown facets and terms, a term twice, a facet id in the wrong case',
    outcome: 'loaded',
    problems: [
      'field facet-unknown networks[0].facets.nope',
      'field term-unknown networks[0].facets.scope[1]',
      'field term-unknown networks[1].facets.scope',
      'field facet-unknown networks[2].facets.Scope',
    ],
    shown: ['a', 'b', 'c'],
    texts: { a: ['Lokal'] },
  },
  {
    file: 'facets-malformed.json',
    about: 'facets without id or label, duplicate facets and terms, terms not a list, a string as facet',
    outcome: 'loaded',
    problems: [
      'field id-missing facets[0].id',
      'field term-duplicate facets[1].terms[1].id',
      'field id-invalid facets[1].terms[2].id',
      'field label-missing facets[1].terms[3].label',
      'field wrong-type facets[1].terms[4]',
      'field facet-duplicate facets[2].id',
      'field label-missing facets[3].label',
      'field wrong-type facets[4].terms',
      'field wrong-type facets[5]',
      'field term-unknown networks[0].facets.scope[1]',
      'field facet-unknown networks[0].facets.topic',
    ],
    shown: ['a'],
    texts: { a: ['Lokal'] },
  },
  {
    file: 'bad-dates.json',
    about:
      'impossible days, two-digit years, slashes, a leading space, no day for `updated`, Arabic digits, a timestamp',
    outcome: 'loaded',
    problems: [
      'field date-invalid updated',
      ...[0, 1, 2, 3, 4, 5, 9, 10, 11, 13].map((i) => `field date-invalid networks[${i}].founded`),
      'field date-invalid networks[6].updated',
      'field date-invalid networks[8].updated',
    ],
    shown: range(14, (i) => `d${i + 1}`),
    texts: { d8: ['29. Februar 2024'], d13: ['29. Februar 2000'] },
  },
  urlCase(
    'javascript-urls.json',
    'javascript: in every URL field, in mixed case, after a space, a tab, a NUL, and HTML-escaped',
    urlProblems('url-not-http', 6, ['field url-invalid networks[0].links[6].url', 'field license-invalid license']),
  ),
  urlCase('data-urls.json', 'data: URLs with HTML, base64 and SVG', urlProblems('url-not-http', 4)),
  urlCase('vbscript-urls.json', 'vbscript: URLs', urlProblems('url-not-http', 3)),
  urlCase(
    'other-schemes.json',
    'ftp:, file:, mailto:, tel:, blob:, about:, ws:, chrome:, intent:',
    urlProblems('url-not-http', 9),
  ),
  urlCase(
    'relative-urls.json',
    'relative URLs, including the scheme-only forms http:relative and https:/one-slash',
    urlProblems('url-invalid', 9),
  ),
  urlCase(
    'malformed-urls.json',
    'no host, unclosed IPv6, no colon, <> in the host, bad IPv4, bad port, bad escape',
    urlProblems('url-invalid', 7),
  ),
  {
    file: 'unusual-valid-urls.json',
    about: 'upper case, punycode, umlauts, an IP address, surrounding spaces, markup in the query: all shown',
    outcome: 'loaded',
    problems: [],
    shown: ['u'],
    hrefs: {
      u: [
        'https://example.org/Pfad',
        'https://xn--bcher-kva.example/',
        'https://xn--bcher-kva.example/',
        'http://127.0.0.1:9/',
        'https://example.org/leer',
        'https://example.org/?a=%3Cb%3E&c=%22d%22',
      ],
    },
  },
  {
    file: 'xss-canaries.json',
    about:
      'HTML, <script>, event handlers and template syntax in every text field; javascript:, data:, vbscript: in every URL field',
    outcome: 'loaded',
    problems: [
      'field url-not-http publisher.url',
      'field email-invalid publisher.email',
      'field date-invalid updated',
      'field license-invalid license',
      ...range(5, (i) =>
        [
          'date-invalid networks[i].founded',
          'url-not-http networks[i].coordinator.url',
          'email-invalid networks[i].contact.email',
          'phone-invalid networks[i].contact.phone',
          'url-not-http networks[i].contact.url',
          'url-not-http networks[i].links[0].url',
          'date-invalid networks[i].updated',
        ].map((p) => `field ${p.replace('[i]', `[${i}]`)}`),
      ).flat(),
    ],
    shown: range(5, (i) => `x${i}`),
    texts: {
      x0: [
        '[name0] <b>fett</b>',
        '[summary0] <script>window.__pwned=1</script>',
        '[note0] <img src=x onerror="window.__pwned=1">',
      ],
    },
    hrefs: Object.fromEntries(
      range(5, (i) => [`x${i}`, ['https://example.org/?q=%3Cscript%3Ewindow.__pwned=1%3C/script%3E']]),
    ),
  },
  {
    file: 'rtl-zero-width.json',
    about: 'right-to-left override, Arabic and Hebrew, zero-width characters in names and ids, a name that is a BOM',
    outcome: 'loaded',
    problems: ['entry id-invalid networks[2].id', 'entry name-missing networks[3].name'],
    shown: ['rtl', 'zw', 'ok'],
    texts: {
      rtl: ['\u202Eslaitnedifnoc\u202C Netzwerk', 'עברית ו-العربية gemischt'],
      zw: ['Null\u200Bbreite\u200D Zeichen', 'Z\u200CW'],
    },
  },
  {
    file: 'invisible-names.json',
    about: 'names of only zero-width characters, direction marks or a Hangul filler are no names',
    outcome: 'loaded',
    problems: [
      'entry name-missing networks[0].name',
      'field text-empty networks[1].name.de',
      'field text-empty networks[1].name.en',
      'entry name-missing networks[1].name',
      'entry name-missing networks[2].name',
    ],
    shown: ['ok'],
  },
  {
    file: 'control-characters.json',
    about: 'NUL, BEL, ESC, CR LF, U+2028 and a lone surrogate in texts',
    outcome: 'loaded',
    problems: [],
    shown: ['ctl', 'ok'],
    texts: { ctl: ['Null\u0000Byte\u0007Glocke\u001BEscape'] },
  },
  {
    file: 'bad-language.json',
    about: 'a feed language that is no language tag: texts still shown, marked untranslated',
    outcome: 'loaded',
    problems: ['field language-invalid language'],
    shown: ['a'],
    texts: { a: ['Ohne Sprache', 'nicht übersetzt'] },
  },
  {
    file: 'text-language-tags.json',
    about: 'de_DE and 12 as language keys are dropped; EN and de-CH are kept',
    outcome: 'loaded',
    problems: ['field text-language-invalid networks[0].name.12', 'field text-language-invalid networks[0].name.de_DE'],
    shown: ['a'],
    texts: { a: ['Schweiz'] },
  },
  {
    file: 'title-missing.json',
    about: 'no title: a field problem, the list is shown',
    outcome: 'loaded',
    problems: ['field title-missing title'],
    shown: ['a'],
  },
  {
    file: 'contact-email-phone.json',
    about: 'e-mail addresses and phone numbers that are none, and one that smuggles cc and body into mailto:',
    outcome: 'loaded',
    problems: [
      ...range(5, (i) => `field email-invalid networks[${i}].contact.email`),
      ...range(4, (i) => `field phone-invalid networks[${i}].contact.phone`),
      'field email-invalid networks[5].contact.email',
    ],
    shown: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'ok'],
    hrefs: { e1: [], e3: [], e5: [], e6: [], ok: ['mailto:info@example.org', 'tel:+499112310'] },
  },
  {
    file: 'license-publisher.json',
    about: 'a licence with a space, a relative publisher URL, a publisher e-mail that is none',
    outcome: 'loaded',
    problems: [
      'field wrong-type publisher.name',
      'field url-invalid publisher.url',
      'field email-invalid publisher.email',
      'field license-invalid license',
    ],
    shown: ['a'],
    footer: { hrefs: [] },
  },
  {
    file: 'unknown-extra-fields.json',
    about: 'unknown fields everywhere and a minor version 1.3: ignored without complaint',
    outcome: 'loaded',
    problems: [],
    shown: ['a'],
    texts: { a: ['L'] },
    hrefs: { a: ['https://example.org/', 'https://example.org/l'] },
  },
  {
    file: 'generated/long-strings.json',
    about: 'names and summaries of 100,000 characters, a 100,000-character id, a 100 KB URL',
    outcome: 'loaded',
    problems: ['entry id-invalid networks[1].id'],
    shown: ['long-name', 'long-url', 'short'],
  },
  {
    file: 'generated/deep-nesting.json',
    about: '10,000 nested arrays in a description and 10,000 nested objects in unknown fields',
    outcome: 'loaded',
    problems: ['field wrong-type networks[0].description'],
    shown: ['deep', 'flat'],
    texts: { deep: ['Tief verschachtelt'] },
  },
];
