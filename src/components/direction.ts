/**
 * The writing direction of a language tag, for the `dir` that goes with every `lang` the
 * widget sets (HTML: "dir" should accompany text in a language that runs the other way).
 * Pure functions.
 */

/** Scripts written right to left (ISO 15924 codes, as in a tag's script subtag). */
const RTL_SCRIPTS = new Set([
  'adlm',
  'arab',
  'aran',
  'hebr',
  'mand',
  'mend',
  'nkoo',
  'rohg',
  'samr',
  'syrc',
  'thaa',
  'yezi',
]);

/** Languages whose usual script runs right to left (ISO 639 codes). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'azb',
  'bal',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'ji',
  'khw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'prs',
  'ps',
  'sd',
  'skr',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * `ar` → `rtl`, `de` → `ltr`, `az-Arab` → `rtl`, `ar-Latn` → `ltr`; `''` and `und` (language
 * unknown) → `auto`, so that the browser decides from the text itself. A script subtag
 * decides, else the language's usual script (the lists above). Not the engine's locale
 * data (`Intl.Locale.prototype.getTextInfo()`): Firefox has none and WebKit's answers ltr
 * for some right-to-left languages (ps, yi), so the lists give one answer in every engine.
 * Never throws (a malformed tag is left to right unless its first subtag is listed).
 */
export function directionOf(tag: string): 'ltr' | 'rtl' | 'auto' {
  if (!tag || tag.toLowerCase() === 'und') return 'auto';
  const [language = '', ...rest] = tag.toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
