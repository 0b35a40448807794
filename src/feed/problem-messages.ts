/**
 * One plain sentence per problem, in every UI language (PerLocale), for the people who
 * edit the feed (often in a spreadsheet): what is wrong, and what to do.
 * The tables are typed by ProblemCode, so a code without every language fails
 * the type check. Used by the command line, the API and the tests; the widget
 * itself bundles only the feed-level sentences (feed-problem-messages.ts).
 */
import type { FeedLevelCode, ProblemCode, WholeFileCode } from './types.js';
import type { PerLocale, UiLocale } from '../localization.js';
import { FEED_LEVEL_SENTENCES, de, en, type Params, type Sentence } from './feed-problem-messages.js';

/** Words for `expected` / `found` in `wrong-type` (and `found` in `not-object`). */
const KINDS: Record<string, PerLocale<string>> = {
  text: { de: 'ein Text', en: 'a text' },
  url: { de: 'eine Webadresse', en: 'a web address' },
  number: { de: 'eine Zahl', en: 'a number' },
  boolean: { de: 'ja/nein (true/false)', en: 'yes/no (true/false)' },
  null: { de: 'leer (null)', en: 'empty (null)' },
  array: { de: 'eine Liste in eckigen Klammern […]', en: 'a list in square brackets […]' },
  object: { de: 'eine Gruppe von Feldern in geschweiften Klammern {…}', en: 'a group of fields in curly braces {…}' },
};

const kind = (k: unknown, lang: UiLocale) => KINDS[String(k)]?.[lang] ?? String(k ?? '?');

const ENTRY_AND_FIELD_SENTENCES: Record<Exclude<ProblemCode, FeedLevelCode | WholeFileCode>, PerLocale<Sentence>> = {
  'entry-not-object': {
    de: (_, at) => `Der Eintrag ${at} ist keine Gruppe von Feldern in geschweiften Klammern {…} und wird übersprungen.`,
    en: (_, at) => `The entry ${at} is not a group of fields in curly braces {…} and is skipped.`,
  },
  'id-missing': {
    de: (_, at) =>
      `In ${at} fehlt die Kennung, daher wird dieser Eintrag übersprungen. Vergeben Sie eine eindeutige Kennung wie "akim".`,
    en: (_, at) => `The id in ${at} is missing, so this item is skipped. Give it a unique id such as "akim".`,
  },
  'id-invalid': {
    de: (p, at) =>
      `Die Kennung ${de(p.value)} in ${at} ist nicht erlaubt, daher wird dieser Eintrag übersprungen. Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche (höchstens 64 Zeichen, nicht mit Bindestrich beginnend).`,
    en: (p, at) =>
      `The id ${en(p.value)} in ${at} is not allowed, so this item is skipped. Use only lowercase letters a–z, digits and hyphens (at most 64 characters, not starting with a hyphen).`,
  },
  'id-duplicate': {
    de: (p, at) =>
      `Die Kennung ${de(p.value)} in ${at} ist schon an networks[${p.first}] vergeben, daher wird dieser Eintrag übersprungen. Vergeben Sie eine eigene Kennung.`,
    en: (p, at) =>
      `The id ${en(p.value)} in ${at} is already used by networks[${p.first}], so this entry is skipped. Give it an id of its own.`,
  },
  'name-missing': {
    de: (_, at) =>
      `In ${at} steht kein Name, daher wird dieser Eintrag übersprungen. Tragen Sie den Namen des Netzwerks ein.`,
    en: (_, at) => `There is no name in ${at}, so this entry is skipped. Enter the name of the network.`,
  },
  'language-invalid': {
    de: (p) =>
      `Die Sprache des Feeds („language“${p.value === undefined ? '' : `: ${de(p.value)}`}) fehlt oder ist kein Sprachcode. Tragen Sie z. B. "de" oder "en" ein.`,
    en: (p) =>
      `The feed's language (“language”${p.value === undefined ? '' : `: ${en(p.value)}`}) is missing or not a language code. Enter a code such as "de" or "en".`,
  },
  'title-missing': {
    de: () => 'Der Feed hat keinen Titel. Tragen Sie bei „title“ einen Titel ein, z. B. "Netzwerke Integration".',
    en: () => 'The feed has no title. Enter one under “title”, for example "Networks for integration".',
  },
  'wrong-type': {
    de: (p, at) =>
      `${at} sollte ${kind(p.expected, 'de')} sein, ist aber ${kind(p.found, 'de')}; die Angabe wird ignoriert.`,
    en: (p, at) => `${at} should be ${kind(p.expected, 'en')} but is ${kind(p.found, 'en')}; it is ignored.`,
  },
  'text-empty': {
    de: (_, at) => `${at} ist leer und wird ignoriert. Tragen Sie einen Text ein oder entfernen Sie das Feld.`,
    en: (_, at) => `${at} is empty and is ignored. Enter a text or remove the field.`,
  },
  'text-language-invalid': {
    de: (p, at) =>
      `${de(p.value)} in ${at} ist kein Sprachcode, daher wird dieser Text ignoriert. Verwenden Sie z. B. "de" oder "en".`,
    en: (p, at) =>
      `${en(p.value)} in ${at} is not a language code, so this text is ignored. Use a code such as "de" or "en".`,
  },
  'url-invalid': {
    de: (p, at) =>
      `Die Adresse in ${at} (${de(p.value)}) ist keine vollständige Webadresse und wird nicht verlinkt. Schreiben Sie sie vollständig, beginnend mit https://.`,
    en: (p, at) =>
      `The address in ${at} (${en(p.value)}) is not a complete web address and is not linked. Write it in full, starting with https://.`,
  },
  'url-not-http': {
    de: (_, at) =>
      `Die Adresse in ${at} beginnt nicht mit https:// oder http:// und wird nicht verlinkt. Tragen Sie eine Webadresse ein, die mit https:// beginnt.`,
    en: (_, at) =>
      `The address in ${at} does not start with https:// or http:// and is not linked. Enter a web address starting with https://.`,
  },
  'url-missing': {
    de: (_, at) =>
      `In ${at} fehlt die Webadresse, daher wird dieser Link ignoriert. Tragen Sie eine Adresse ein, die mit https:// beginnt.`,
    en: (_, at) =>
      `The web address in ${at} is missing, so this link is ignored. Enter an address starting with https://.`,
  },
  'label-missing': {
    de: (_, at) =>
      `In ${at} fehlt die Beschriftung, daher wird dieser Eintrag ignoriert. Tragen Sie eine Beschriftung ein.`,
    en: (_, at) => `The label in ${at} is missing or empty, so this item is ignored. Enter a label.`,
  },
  'email-invalid': {
    de: (p, at) =>
      `Die E-Mail-Adresse in ${at} (${de(p.value)}) ist ungültig und wird nicht angezeigt. Schreiben Sie sie in der Form name@beispiel.de.`,
    en: (p, at) =>
      `The e-mail address in ${at} (${en(p.value)}) is not valid and is not shown. Write it like name@example.org.`,
  },
  'phone-invalid': {
    de: (p, at) =>
      `Die Telefonnummer in ${at} (${de(p.value)}) wird nicht angezeigt: Erlaubt sind nur Ziffern, Leerzeichen und + ( ) / -, mindestens 3 Ziffern.`,
    en: (p, at) =>
      `The phone number in ${at} (${en(p.value)}) is not shown: only digits, spaces and + ( ) / - are allowed, with at least 3 digits.`,
  },
  'date-invalid': {
    de: (p, at) =>
      `Das Datum in ${at} (${de(p.value)}) ist ungültig und wird ignoriert. Schreiben Sie ein echtes Datum als ${p.format === 'day' ? 'JJJJ-MM-TT' : 'JJJJ, JJJJ-MM oder JJJJ-MM-TT'}.`,
    en: (p, at) =>
      `The date in ${at} (${en(p.value)}) is not valid and is ignored. Write a real date as ${p.format === 'day' ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD'}.`,
  },
  'facet-unknown': {
    de: (p, at) =>
      `Die Filtergruppe ${de(p.value)} in ${at} ist unter „facets“ nicht angelegt und wird ignoriert. Prüfen Sie die Schreibweise oder legen Sie die Gruppe an.`,
    en: (p, at) =>
      `The filter group ${en(p.value)} in ${at} is not declared under “facets” and is ignored. Check the spelling or add the group.`,
  },
  'term-unknown': {
    de: (p, at) =>
      `Den Filterwert ${de(p.value)} in ${at} gibt es in der Gruppe ${de(p.facet)} nicht; er wird ignoriert. Prüfen Sie die Schreibweise oder ergänzen Sie ihn in der Gruppe.`,
    en: (p, at) =>
      `The filter value ${en(p.value)} in ${at} does not exist in the group ${en(p.facet)} and is ignored. Check the spelling or add it to the group.`,
  },
  'facet-duplicate': {
    de: (p, at) =>
      `Die Kennung ${de(p.value)} in ${at} ist schon an eine andere Filtergruppe vergeben; diese zweite Gruppe wird ignoriert.`,
    en: (p, at) =>
      `The id ${en(p.value)} in ${at} is already used by another filter group; this second group is ignored.`,
  },
  'term-duplicate': {
    de: (p, at) =>
      `Die Kennung ${de(p.value)} in ${at} kommt in dieser Filtergruppe zweimal vor; der zweite Wert wird ignoriert.`,
    en: (p, at) => `The id ${en(p.value)} in ${at} appears twice in this filter group; the second value is ignored.`,
  },
  'license-invalid': {
    de: (p, at) =>
      `Die Lizenz ${de(p.value)} in ${at} ist weder ein Lizenzkürzel wie CC-BY-4.0 noch eine Webadresse und wird nicht angezeigt.`,
    en: (p, at) =>
      `The licence ${en(p.value)} in ${at} is neither a licence code such as CC-BY-4.0 nor a web address, so it is not shown.`,
  },
};

const SENTENCES: Record<ProblemCode, PerLocale<Sentence>> = { ...FEED_LEVEL_SENTENCES, ...ENTRY_AND_FIELD_SENTENCES };

export function describeProblem(
  p: { readonly code: ProblemCode; readonly params: Params; readonly path: string },
  lang: UiLocale,
): string {
  const s = SENTENCES[p.code];
  return s ? s[lang](p.params, p.path) : p.code; // a code from a newer loader: show it rather than crash
}
