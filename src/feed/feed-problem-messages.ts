/**
 * Sentences for feed-level problems, in every UI language (PerLocale): what a reader sees when
 * nothing can be shown, and what an editor can do about it. These ship inside the
 * widget; the longer list for entry- and field-level problems (problem-messages.ts)
 * is for the command line and the API, which keeps the widget within its size budget.
 */
import { LOCALE_DATA, type PerLocale, type UiLocale } from '../localization.js';
import type { FeedLevelCode, ProblemCode, WholeFileCode } from './types.js';

export type Params = Readonly<Record<string, string | number>>;
export type Sentence = (p: Params, path: string) => string;

/** A value quoted in a German or an English sentence: „akim“, “akim”. */
export const de = (v: unknown) => LOCALE_DATA.de.quote(String(v ?? ''));
export const en = (v: unknown) => LOCALE_DATA.en.quote(String(v ?? ''));
/** The size limit, as the loader and the command line pass it: formatted ("2 MB"). */
const limit = (p: Params) => p.max ?? '?';

/**
 * Params used: encoding-not-utf-8 {encoding}; not-json {error}; too-large {max: "2 MB"}; http-status {status};
 * timeout {seconds}; not-json-content {type}; not-object/networks-missing {found};
 * version-* {value, max}; id-duplicate {value, first: index}; wrong-type {expected, found};
 * date-invalid {value, format: 'day' | 'partial'}; term-unknown {value, facet}; others {value}.
 */
/** What editors call the encodings decodeText falls back to (Notepad's and Excel's names). */
const ENCODING_NAMES: Record<string, PerLocale<string>> = {
  'windows-1252': { de: 'Windows-1252 (Westeuropäisch, „ANSI“)', en: 'Windows-1252 (Western European, “ANSI”)' },
  'utf-16le': { de: 'UTF-16 („Unicode“)', en: 'UTF-16 (“Unicode”)' },
  'utf-16be': { de: 'UTF-16 BE', en: 'UTF-16 BE' },
};
const encodingName = (p: Params, lang: UiLocale) => ENCODING_NAMES[String(p.encoding)]?.[lang] ?? String(p.encoding);

export const FEED_LEVEL_SENTENCES: Record<FeedLevelCode | WholeFileCode, PerLocale<Sentence>> = {
  'no-source': {
    de: () => 'Kein gültiger Feed angegeben: Setzen Sie das Attribut src auf die Adresse der JSON-Datei.',
    en: () => 'No valid feed given: set the src attribute to the address of the JSON file.',
  },
  'not-json': {
    de: (p) => `Der Feed ist kein gültiges JSON (${p.error}). Prüfen Sie ihn mit einem JSON-Prüfprogramm.`,
    en: (p) => `The feed is not valid JSON (${p.error}). Check it with a JSON validator.`,
  },
  'empty-response': {
    de: () => 'Der Feed ist leer. Prüfen Sie, ob die Datei vollständig hochgeladen wurde.',
    en: () => 'The feed is empty. Check that the file was uploaded completely.',
  },
  'too-large': {
    de: (p) => `Der Feed ist größer als erlaubt (${limit(p)}).`,
    en: (p) => `The feed is larger than allowed (${limit(p)}).`,
  },
  'http-status': {
    de: (p) => `Der Server antwortete mit Fehler ${p.status}. Prüfen Sie die Adresse des Feeds.`,
    en: (p) => `The server answered with error ${p.status}. Check the address of the feed.`,
  },
  'network-error': {
    de: () =>
      'Keine Verbindung zum Server, oder er erlaubt das Laden von dieser Seite nicht (CORS). Versuchen Sie es später erneut.',
    en: () =>
      'No connection to the server, or it does not allow loading from this page (CORS). Please try again later.',
  },
  timeout: {
    de: (p) => `Der Server hat nicht rechtzeitig geantwortet (Grenze: ${p.seconds} s). Versuchen Sie es später erneut.`,
    en: (p) => `The server did not answer in time (limit: ${p.seconds} s). Please try again later.`,
  },
  'not-json-content': {
    de: (p) => `Die Adresse liefert ${p.type ?? 'eine Webseite'} statt eines JSON-Feeds. Prüfen Sie die Adresse.`,
    en: (p) => `The address delivers ${p.type ?? 'a web page'} instead of a JSON feed. Check the address.`,
  },
  'not-object': {
    de: () => 'Der Feed muss ein Objekt { … } mit version, language, title und networks sein.',
    en: () => 'The feed must be an object { … } with version, language, title and networks.',
  },
  'version-missing': {
    de: () => 'Im Feed fehlt "version": 1.',
    en: () => 'The feed lacks "version": 1.',
  },
  'version-invalid': {
    de: (p) => `"version" (${p.value}) muss eine Zahl ab 1 sein, z. B. "version": 1.`,
    en: (p) => `"version" (${p.value}) must be a number from 1, e.g. "version": 1.`,
  },
  'version-unsupported': {
    de: (p) => `Der Feed hat Version ${p.value}; diese Anzeige versteht Version ${p.max}.`,
    en: (p) => `The feed has version ${p.value}; this widget understands version ${p.max}.`,
  },
  'networks-missing': {
    de: () => 'Im Feed fehlt die Liste "networks": [ … ] (sie darf leer sein).',
    en: () => 'The feed lacks the list "networks": [ … ] (it may be empty).',
  },
  'encoding-not-utf-8': {
    de: (p) =>
      `Die Feed-Datei ist nicht als UTF-8 gespeichert und wurde als ${encodingName(p, 'de')} gelesen. Prüfen Sie Umlaute und Sonderzeichen und speichern Sie die Datei als UTF-8 (im Editor: „Speichern unter“, Codierung UTF-8).`,
    en: (p) =>
      `The feed file is not saved as UTF-8 and was read as ${encodingName(p, 'en')}. Check accented letters and special characters, and save the file as UTF-8 (in your editor: “Save as”, encoding UTF-8).`,
  },
};

/**
 * The sentence for a feed-level problem in `lang`. Other problems (which the widget
 * only logs) get their path and code; `describeProblem` has their full sentences.
 */
export function describeFeedProblem(
  p: { readonly code: ProblemCode; readonly params: Params; readonly path: string },
  lang: UiLocale,
): string {
  const s = FEED_LEVEL_SENTENCES[p.code as FeedLevelCode | WholeFileCode];
  return s ? s[lang](p.params, p.path) : `${p.path || '/'}: ${p.code}`;
}
