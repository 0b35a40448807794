/**
 * Sentences for feed-level problems, in German and English: what a reader sees when
 * nothing can be shown, and what an editor can do about it. These ship inside the
 * widget; the longer list for entry- and field-level problems (problem-messages.ts)
 * is for the command line and the API, which keeps the widget within its size budget.
 */
import type { FeedLevelCode, ProblemCode } from './types.js';

export type Params = Readonly<Record<string, string | number>>;
export type Sentence = (p: Params, path: string) => string;
export type Lang = 'de' | 'en';

export const de = (v: unknown) => `„${v ?? ''}“`;
export const en = (v: unknown) => `“${v ?? ''}”`;
/** The loader passes `max` already formatted ("2 MB"); a bare byte count in `limit` is shown in KB. */
const limit = (p: Params) => p.max ?? (typeof p.limit === 'number' ? `${Math.round(p.limit / 1024)} KB` : '?');

/**
 * Params used: not-json {error}; too-large {max: "2 MB"}; http-status {status};
 * timeout {seconds}; not-json-content {type}; not-object/networks-missing {found};
 * version-* {value, max}; id-duplicate {value, first: index}; wrong-type {expected, found};
 * date-invalid {value, format: 'day' | 'partial'}; term-unknown {value, facet}; others {value}.
 */
export const FEED_LEVEL_SENTENCES: Record<FeedLevelCode, { de: Sentence; en: Sentence }> = {
  'no-source': {
    de: () => 'Es ist kein Feed angegeben. Setzen Sie das Attribut src auf die Adresse der JSON-Datei oder fügen Sie den Feed als <script type="application/json"> in das Element ein.',
    en: () => 'No feed is given. Set the src attribute to the address of the JSON file, or put the feed inside the element as <script type="application/json">.',
  },
  'not-json': {
    de: (p) => `Der Feed ist kein gültiges JSON (${p.error}). Prüfen Sie ihn mit einem JSON-Prüfprogramm, etwa auf ein fehlendes Komma oder Anführungszeichen.`,
    en: (p) => `The feed is not valid JSON (${p.error}). Check it with a JSON validator, for example for a missing comma or quotation mark.`,
  },
  'empty-response': {
    de: () => 'Der Feed ist leer. Prüfen Sie, ob die Datei vollständig gespeichert und hochgeladen wurde.',
    en: () => 'The feed is empty. Check that the file was saved and uploaded completely.',
  },
  'too-large': {
    de: (p) => `Der Feed ist größer als erlaubt (${limit(p)}). Kürzen Sie lange Texte oder teilen Sie die Liste auf.`,
    en: (p) => `The feed is larger than allowed (${limit(p)}). Shorten long texts or split the list.`,
  },
  'http-status': {
    de: (p) => `Der Server hat mit Fehler ${p.status} statt mit dem Feed geantwortet. Prüfen Sie die Adresse des Feeds.`,
    en: (p) => `The server answered with error ${p.status} instead of the feed. Check the address of the feed.`,
  },
  'network-error': {
    de: () => 'Der Feed konnte nicht geladen werden (keine Verbindung, oder der Server erlaubt das Laden von dieser Seite nicht). Versuchen Sie es später erneut.',
    en: () => 'The feed could not be loaded (no connection, or the server does not allow loading it from this page). Please try again later.',
  },
  timeout: {
    de: (p) => `Der Server hat den Feed nicht rechtzeitig geliefert${p.seconds ? ` (in ${p.seconds} Sekunden)` : ''}. Versuchen Sie es später erneut.`,
    en: (p) => `The server did not deliver the feed in time${p.seconds ? ` (within ${p.seconds} seconds)` : ''}. Please try again later.`,
  },
  'not-json-content': {
    de: (p) => `Unter der Adresse liegt kein JSON-Feed, sondern ${p.type ?? 'etwas anderes'} (etwa eine Webseite). Prüfen Sie die Adresse des Feeds.`,
    en: (p) => `The address does not deliver a JSON feed but ${p.type ?? 'something else'} (such as a web page). Check the address of the feed.`,
  },
  'not-object': {
    de: (p) => `Der Feed muss mit „{“ beginnen und die Felder version, language, title und networks enthalten, ist aber ${p.found === 'array' ? 'eine Liste […]' : p.found}.`,
    en: (p) => `The feed must start with “{” and contain the fields version, language, title and networks, but it is ${p.found === 'array' ? 'a list […]' : p.found}.`,
  },
  'version-missing': {
    de: () => 'Im Feed fehlt „version“. Ergänzen Sie "version": 1.',
    en: () => 'The feed has no “version”. Add "version": 1.',
  },
  'version-invalid': {
    de: (p) => `Die Angabe „version“ (${p.value}) ist ungültig: Sie muss eine Zahl ab 1 sein. Schreiben Sie "version": 1.`,
    en: (p) => `The “version” (${p.value}) is not valid: it must be a number of at least 1. Write "version": 1.`,
  },
  'version-unsupported': {
    de: (p) => `Der Feed hat Version ${p.value}, diese Anzeige versteht nur Version ${p.max}. Aktualisieren Sie die Anzeige oder veröffentlichen Sie den Feed in Version ${p.max}.`,
    en: (p) => `The feed has version ${p.value}, but this widget only understands version ${p.max}. Update the widget or publish the feed as version ${p.max}.`,
  },
  'networks-missing': {
    de: () => 'Im Feed fehlt die Liste „networks“. Ergänzen Sie "networks": [ ] mit den Einträgen (sie darf leer sein).',
    en: () => 'The feed has no list “networks”. Add "networks": [ ] with the entries (it may be empty).',
  },
};

/**
 * The sentence for a feed-level problem in `lang`. Other problems (which the widget
 * only logs) get their path and code; `describeProblem` has their full sentences.
 */
export function describeFeedProblem(
  p: { readonly code: ProblemCode; readonly params: Params; readonly path: string },
  lang: Lang,
): string {
  const s = FEED_LEVEL_SENTENCES[p.code as FeedLevelCode];
  return s ? s[lang](p.params, p.path) : `${p.path || '/'}: ${p.code}`;
}
