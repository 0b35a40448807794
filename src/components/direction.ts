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
 * The direction from the tag's subtags alone: a script subtag decides (`az-Arab` → rtl,
 * `ar-Latn` → ltr), else the language's usual script. The fallback where the engine has
 * no `Intl.Locale` text info (Firefox) or a wrong one.
 */
export function directionFromSubtags(tag: string): 'ltr' | 'rtl' {
  const [language = '', ...rest] = tag.toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * `ar` → `rtl`, `de` → `ltr`; `''` and `und` (language unknown) → `auto`, so that the
 * browser decides from the text itself. A script subtag or a language of the list decides
 * (`directionFromSubtags`); for other languages the engine's locale data is asked
 * (`Intl.Locale.prototype.getTextInfo()`, formerly the `textInfo` getter) where there is
 * any: WebKit's answers ltr for some right-to-left languages (ps, yi), so it only adds to
 * the list. Never throws (a malformed tag gives the list's answer).
 */
export function directionOf(tag: string): 'ltr' | 'rtl' | 'auto' {
  if (!tag || tag.toLowerCase() === 'und') return 'auto';
  let direction = known.get(tag);
  if (!direction) known.set(tag, (direction = lookUp(tag)));
  return direction;
}

/** Directions already looked up: every render asks again for the same few tags. */
const known = new Map<string, 'ltr' | 'rtl'>();

function lookUp(tag: string): 'ltr' | 'rtl' {
  const fromSubtags = directionFromSubtags(tag);
  if (fromSubtags === 'rtl' || /[-_][a-z]{4}(?:[-_]|$)/i.test(tag)) return fromSubtags;
  try {
    const locale = new Intl.Locale(tag) as unknown as TextInfoLocale;
    if ((locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl') return 'rtl';
  } catch {
    // a malformed tag, or no Intl.Locale: the list decides
  }
  return 'ltr';
}
