/**
 * Folding: turns a text into the form in which search compares it, so that what a
 * reader types finds what an editor wrote however either of them spelled it.
 * The index and the query go through the same function, so consistency matters
 * more than linguistics.
 */

/**
 * Format characters (\p{Cf}): soft hyphen, zero-width space/joiners, word joiner,
 * BOM, bidi marks. Invisible, but they break substring matches in pasted text.
 */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Control characters (includes tab and newlines) and every kind of whitespace,
 * except a lone plain space: replacing those with themselves is most of the cost.
 * `[\x00-\x1f\x7f-\x9f\s]` is `[\p{Cc}\p{Z}\s]` spelled without the `u` flag
 * (\p{Cc} is exactly those 65 code points, every \p{Z} is in `\s`, none lies
 * outside the BMP); the non-Unicode form scans a text about a third faster.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const SPACE_RUN = /[\x00-\x1f\x7f-\x9f\s]{2,}|(?! )[\x00-\x1f\x7f-\x9f\s]/g;

/** Any character outside ASCII: without one, only lowercasing and spaces need work. */
// eslint-disable-next-line no-control-regex -- the range starts at \x00 on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Combining diacritics left by NFKD: the Latin/Greek/Cyrillic blocks, and Arabic
 * and Hebrew vowel points (optional in writing). Marks of scripts where they are
 * letters (Indic vowel signs) are kept, so those words do not collapse together.
 */
const DIACRITICS =
  // eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks, meant to match one by one
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670\u0591-\u05c7]/g;

/**
 * Letters that NFKD does not decompose. `æ`, `ø`, `œ` become the digraphs `ae`, `oe`,
 * which the German rule below then folds like `ä`/`ö` — which is how Danish,
 * Norwegian and French readers transliterate them too. `ı` (Turkish dotless i)
 * matters for names in this directory.
 */
const LETTER_SUBSTITUTES: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'oe',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ς: 'σ',
};
const SUBSTITUTED_LETTER = /[ßæœøıłđðþħς]/g;

/**
 * German umlaut digraphs, after Lucene's GermanNormalizationFilter: `ae`, `oe`, `ue`
 * fold to `a`, `o`, `u` — with umlauts already stripped, `fürth`, `fuerth` and
 * `furth` all become `furth`. The `e` is dropped only after an `a`/`o`, or after a
 * `u` that does not follow a vowel, `q` or `y`: so `Quelle`, `Steuer`, `neue`,
 * `Feuer`, `Dauer`, `Bauer`, `Frauen` keep their `e`.
 * Lucene runs this as a state machine; these two replacements are the same rule (a
 * `u` is in the "may be an umlaut" state exactly when the character before it is
 * not one of a e i o u q y, and removing an `e` after a/o never changes that).
 * Cost: a few non-German words shrink too (`Michael` → `michal`), identically in
 * query and index, so they still find themselves.
 */
const DIGRAPH_AE_OE = /([ao])e/g;
const DIGRAPH_UE = /(^|[^aeiouqy])ue/g;

function foldUmlautDigraphs(text: string): string {
  return text.replace(DIGRAPH_AE_OE, '$1').replace(DIGRAPH_UE, '$1u');
}

/**
 * The search key of a text: lowercase (locale-independent), compatibility forms
 * unfolded (ligatures, full-width letters), diacritics stripped, `ß` → `ss`, German
 * digraphs folded (`Köln`, `Koeln`, `Koln` → `koln`), invisible characters removed
 * and whitespace collapsed to single spaces, trimmed.
 */
export function foldForSearch(text: string): string {
  // ASCII has no format characters, nothing NFKD changes, no diacritics and none of
  // the substituted letters: the same result, four passes fewer.
  if (!NON_ASCII.test(text)) return foldUmlautDigraphs(text.toLowerCase().replace(SPACE_RUN, ' ').trim());
  const plain = text
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(SUBSTITUTED_LETTER, (letter) => LETTER_SUBSTITUTES[letter] ?? letter)
    .replace(SPACE_RUN, ' ')
    .trim();
  return foldUmlautDigraphs(plain);
}

/** Anything that is not a letter or digit separates query words. */
const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * The words of a query, folded: split on whitespace and punctuation, empty
 * words dropped, duplicates removed (first occurrence kept).
 */
export function tokenizeQuery(query: string): string[] {
  const words = foldForSearch(query).split(WORD_SEPARATOR);
  return [...new Set(words.filter((word) => word !== ''))];
}

/**
 * Punctuation between two letters/digits that joins one word (`AK-IM`, `e.V.`,
 * `Women's`): removed in indexed text so that `akim` finds `AK-IM`. Query words are
 * split there instead (`AK-IM` → `ak`, `im`), and both parts still match.
 */
const WORD_JOINER = /[-\u2010\u2011\u2012\u2013'\u2019\u02bc.]+(?=[\p{L}\p{N}\p{M}])/gu;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Folds a text for the index: as `foldForSearch`, with word-joining punctuation removed. */
export function foldForIndex(text: string): string {
  // The regex starts at the punctuation (fast to scan for) and looks back by hand:
  // lookbehind needs Safari 16.4.
  return foldForSearch(text).replace(WORD_JOINER, (joiner: string, offset: number, folded: string) =>
    offset > 0 && WORD_CHARACTER.test(folded.charAt(offset - 1)) ? '' : joiner,
  );
}
