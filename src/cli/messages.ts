/**
 * The command line's own sentences, in every UI language (PerLocale): levels, places,
 * summaries, usage, and the problems that only a spreadsheet can have. The
 * validator's sentences come from src/feed/problem-messages.ts. Both languages
 * are one interface, so a sentence missing in one fails the type check.
 */
import type { ProblemLevel } from '../feed/types.js';
import { UI_LOCALES, type PerLocale, type UiLocale } from '../localization.js';

/** Problems found while reading a spreadsheet, before the validator sees the feed. */
export type SheetProblemCode =
  | 'csv-syntax'
  | 'csv-empty'
  | 'encoding-legacy'
  | 'column-unknown'
  | 'column-duplicate'
  | 'column-missing'
  | 'cells-extra'
  // Without a head file: what the feed's head was made of (see headFromSheet in import-csv.ts).
  | 'head-title-from-file'
  | 'head-language-from-columns'
  | 'head-facet-from-column';

type P = Readonly<Record<string, string | number>>;

export interface Messages {
  level: Record<ProblemLevel, string>;
  /** A place in a JSON file. */
  line(line: number, column?: number): string;
  /** Added to `id-duplicate` in a spreadsheet, whose sentence names the first entry by its JSON index. */
  firstRow(row: number): string;
  /** A cell in the spreadsheet, for the heading of a problem: `Zeile 5, Spalte K (contact.url)`. */
  cell(row: number, letter?: string, column?: string): string;
  /** The same place inside a sentence: `Zeile 5, Spalte contact.url`. */
  cellInSentence(row: number, column?: string): string;
  summary(n: { networks: number; skipped: number; problems: number }): string;
  unusable(feedProblems: number): string;
  written(file: string): string;
  notWritten: string;
  /** The static page's title when the feed has none. */
  staticTitle: string;
  sheet: Record<SheetProblemCode, (p: P) => string>;
  usage: string;
  usageError: {
    noCommand: string;
    help: string;
    unknownCommand(command: string): string;
    missingInput(command: string): string;
    tooManyInputs: string;
    badOption(detail: string): string;
    badLang(value: string): string;
    badSeparator(value: string): string;
    unreadable(file: string, reason: string): string;
    unwritable(file: string, reason: string): string;
    missingOut: string;
  };
}

/** `de|en`: the values of `--lang`. */
const LANG_CHOICES = UI_LOCALES.join('|');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const CSV_REASON: Record<string, PerLocale<string>> = {
  CSV_QUOTE_NOT_CLOSED: { de: 'ein Anführungszeichen wird nicht geschlossen', en: 'a quotation mark is never closed' },
  CSV_INVALID_CLOSING_QUOTE: {
    de: 'nach einem schließenden Anführungszeichen folgt noch Text',
    en: 'text follows a closing quotation mark',
  },
};
const reason = (p: P, lang: UiLocale) => CSV_REASON[String(p.code)]?.[lang] ?? String(p.reason);

const de: Messages = {
  level: { feed: 'Feed', entry: 'Eintrag', field: 'Feld' },
  line: (line, column) => `Zeile ${line}` + (column === undefined ? '' : `, Spalte ${column}`),
  firstRow: (row) => ` (Das ist Zeile ${row}.)`,
  cell: (row, letter, column) => `Zeile ${row}` + (letter ? `, Spalte ${letter}` : '') + (column ? ` (${column})` : ''),
  cellInSentence: (row, column) => `Zeile ${row}` + (column ? `, Spalte ${column}` : ''),
  summary: (n) =>
    `${plural(n.networks, 'Netzwerk', 'Netzwerke')} gelesen, ${n.skipped} übersprungen, ${plural(n.problems, 'Hinweis', 'Hinweise')}`,
  unusable: (n) => `Der Feed ist nicht verwendbar (${plural(n, 'Fehler', 'Fehler')} auf Feed-Ebene).`,
  written: (file) => `Geschrieben: ${file}`,
  notWritten: 'Es wurde nichts geschrieben.',
  staticTitle: 'Netzwerke',
  sheet: {
    'csv-syntax': (p) =>
      `Die CSV-Datei ist beschädigt: ${reason(p, 'de')} (Tabellenzeile ${p.row}, ab Zeile ${p.line} der Datei). Öffnen Sie die Datei in der Tabellenkalkulation, prüfen Sie diese Zelle und speichern Sie erneut als CSV.`,
    'csv-empty': () => 'Die CSV-Datei ist leer. Die erste Zeile muss die Spaltennamen enthalten (id, name.de, …).',
    'encoding-legacy': () =>
      'Die Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (Westeuropäisch) gelesen. Prüfen Sie die Umlaute und speichern Sie künftig als „CSV UTF-8“.',
    'column-unknown': (p) =>
      `Die Spalte „${p.column}“ ist unbekannt und wird ignoriert. Prüfen Sie die Schreibweise; eigene Notizspalten beginnen mit #.`,
    'column-duplicate': (p) =>
      `Die Spalte „${p.column}“ gibt es schon in Spalte ${p.first}; diese zweite wird ignoriert.`,
    'column-missing': (p) =>
      `Es gibt keine Spalte ${p.column}, daher wird jede Zeile übersprungen. Fügen Sie die Spalte hinzu (siehe Vorlage).`,
    'cells-extra': (p) =>
      `In Zeile ${p.row} stehen ${plural(Number(p.count), 'Wert', 'Werte')} rechts der letzten benannten Spalte; sie werden ignoriert. Geben Sie der Spalte einen Namen oder löschen Sie die Werte.`,
    'head-title-from-file': (p) =>
      `Ohne Kopfdatei heißt der Feed nach der Datei: „${p.title}“. Geben Sie ihm einen Titel in der Kopfdatei oder in der Werkbank.`,
    'head-language-from-columns': (p) =>
      p.column
        ? `Ohne Kopfdatei gilt „${p.language}“ als Sprache des Feeds, die Sprache der ersten Textspalte (${p.column}).`
        : `Ohne Kopfdatei gilt „${p.language}“ als Sprache des Feeds, denn keine Spalte nennt eine Sprache.`,
    'head-facet-from-column': (p) =>
      `Ohne Kopfdatei wurde die Filtergruppe „${p.facet}“ mit ${plural(Number(p.count), 'Begriff', 'Begriffen')} aus der Spalte ${p.column} gebildet; als Beschriftungen dienen vorerst die Kennungen.`,
  },
  usage: `network-directory – Werkzeuge für den Netzwerk-Feed

Aufruf:
  network-directory validate <feed.json | https://…> [--json] [--lang ${LANG_CHOICES}]
  network-directory import <tabelle.csv> [--head kopf.json] [-o feed.json] [--separator ";"] [--lang ${LANG_CHOICES}]
  network-directory export <feed.json> [-o tabelle.csv] [--separator ";"] [--lang ${LANG_CHOICES}]
  network-directory render <feed.json | https://…> --out <ordner> [--lang ${LANG_CHOICES}]

validate  prüft einen Feed wie die Anzeige und nennt jedes Problem mit Zeile und Spalte.
import    macht aus einer Tabelle (CSV) einen Feed; Titel, Filtergruppen usw. kommen aus der
          Kopfdatei (--head, sonst <tabelle>.head.json daneben), ohne sie aus der Tabelle
          selbst. Ohne -o auf die Standardausgabe.
export    macht aus einem Feed eine Tabelle (CSV für Excel/LibreOffice) und eine Kopfdatei
          <tabelle>.head.json; ohne -o neben dem Feed.
render    schreibt die Liste als statisches HTML: <ordner>/de/index.html, <ordner>/en/index.html
          (ganze Seiten mit JSON-LD) und <ordner>/fragment.de.html, fragment.en.html (zum
          Einfügen in jedes CMS und als Inhalt ohne JavaScript in <network-directory>).

Rückgabewert: 0 Feed verwendbar, 1 nicht verwendbar, 2 falscher Aufruf.
Anleitung: docs/editors.md`,
  usageError: {
    noCommand: 'Bitte einen Befehl angeben: validate, import, export oder render.',
    help: 'Hilfe: network-directory --help',
    unknownCommand: (c) => `Unbekannter Befehl „${c}“. Möglich sind validate, import, export und render.`,
    missingInput: (c) => `Bei „${c}“ fehlt die Datei.`,
    tooManyInputs: 'Bitte genau eine Datei angeben.',
    badOption: (d) => `Falscher Aufruf: ${d}`,
    badLang: (v) => `--lang „${v}“ gibt es nicht; möglich sind: ${UI_LOCALES.join(', ')}.`,
    badSeparator: (v) => `--separator „${v}“ gibt es nicht; möglich sind ";" "," und "tab".`,
    unreadable: (f, r) => `Die Datei ${f} kann nicht gelesen werden (${r}).`,
    unwritable: (f, r) => `Die Datei ${f} kann nicht geschrieben werden (${r}).`,
    missingOut: 'Bei „render“ fehlt der Zielordner: --out <ordner>.',
  },
};

const en: Messages = {
  level: { feed: 'feed', entry: 'entry', field: 'field' },
  line: (line, column) => `line ${line}` + (column === undefined ? '' : `, column ${column}`),
  firstRow: (row) => ` (That is row ${row}.)`,
  cell: (row, letter, column) => `row ${row}` + (letter ? `, column ${letter}` : '') + (column ? ` (${column})` : ''),
  cellInSentence: (row, column) => `row ${row}` + (column ? `, column ${column}` : ''),
  summary: (n) =>
    `${plural(n.networks, 'network', 'networks')} read, ${n.skipped} skipped, ${plural(n.problems, 'notice', 'notices')}`,
  unusable: (n) => `The feed cannot be used (${plural(n, 'feed-level problem', 'feed-level problems')}).`,
  written: (file) => `Written: ${file}`,
  notWritten: 'Nothing was written.',
  staticTitle: 'Networks',
  sheet: {
    'csv-syntax': (p) =>
      `The CSV file is damaged: ${reason(p, 'en')} (table row ${p.row}, from line ${p.line} of the file). Open the file in your spreadsheet program, check that cell and save it as CSV again.`,
    'csv-empty': () => 'The CSV file is empty. Its first row must hold the column names (id, name.de, …).',
    'encoding-legacy': () =>
      'The file is not saved as UTF-8 and was read as Windows-1252 (Western European). Check the accented letters, and save as “CSV UTF-8” from now on.',
    'column-unknown': (p) =>
      `The column “${p.column}” is unknown and is ignored. Check the spelling; columns for your own notes start with #.`,
    'column-duplicate': (p) =>
      `The column “${p.column}” already exists in column ${p.first}; this second one is ignored.`,
    'column-missing': (p) =>
      `There is no column ${p.column}, so every row is skipped. Add the column (see the template).`,
    'cells-extra': (p) =>
      `Row ${p.row} has ${plural(Number(p.count), 'value', 'values')} to the right of the last named column; they are ignored. Name the column or delete the values.`,
    'head-title-from-file': (p) =>
      `Without a head file the feed is named after the file: “${p.title}”. Give it a title in a head file or in the workbench.`,
    'head-language-from-columns': (p) =>
      p.column
        ? `Without a head file the feed's language is “${p.language}”, the language of the first text column (${p.column}).`
        : `Without a head file the feed's language is “${p.language}”, as no column names a language.`,
    'head-facet-from-column': (p) =>
      `Without a head file the filter group “${p.facet}” with ${plural(Number(p.count), 'term', 'terms')} was made from the column ${p.column}; its labels are the ids until you write them.`,
  },
  usage: `network-directory – tools for the network feed

Usage:
  network-directory validate <feed.json | https://…> [--json] [--lang ${LANG_CHOICES}]
  network-directory import <table.csv> [--head head.json] [-o feed.json] [--separator ";"] [--lang ${LANG_CHOICES}]
  network-directory export <feed.json> [-o table.csv] [--separator ";"] [--lang ${LANG_CHOICES}]
  network-directory render <feed.json | https://…> --out <folder> [--lang ${LANG_CHOICES}]

validate  checks a feed as the widget does and names every problem with its line and column.
import    turns a table (CSV) into a feed; title, filter groups etc. come from the head file
          (--head, else <table>.head.json beside it), without one from the table itself.
          Without -o, to standard output.
export    turns a feed into a table (CSV for Excel/LibreOffice) and a head file
          <table>.head.json; without -o, beside the feed.
render    writes the list as static HTML: <folder>/de/index.html, <folder>/en/index.html
          (complete pages with JSON-LD) and <folder>/fragment.de.html, fragment.en.html (to
          paste into any CMS, and as the no-JavaScript content of <network-directory>).

Exit status: 0 feed usable, 1 not usable, 2 wrong usage.
Guide: docs/editors.md`,
  usageError: {
    noCommand: 'Please name a command: validate, import, export or render.',
    help: 'Help: network-directory --help',
    unknownCommand: (c) => `Unknown command “${c}”. The commands are validate, import, export and render.`,
    missingInput: (c) => `“${c}” needs a file.`,
    tooManyInputs: 'Please name exactly one file.',
    badOption: (d) => `Wrong usage: ${d}`,
    badLang: (v) => `There is no --lang “${v}”; use one of: ${UI_LOCALES.join(', ')}.`,
    badSeparator: (v) => `There is no --separator “${v}”; use ";" "," or "tab".`,
    unreadable: (f, r) => `The file ${f} cannot be read (${r}).`,
    unwritable: (f, r) => `The file ${f} cannot be written (${r}).`,
    missingOut: '“render” needs a folder to write into: --out <folder>.',
  },
};

export const MESSAGES: PerLocale<Messages> = { de, en };
