/**
 * The UI languages and everything about them that is not a translated UI string, in
 * one place: their codes, their names for the language switch, how dates and counts
 * are written in them, and the quotation marks their sentences put around a value.
 * Pure data and functions, usable by the widget, the command line and Node tests.
 *
 * Adding a UI language (say `fr`):
 * 1. here: its code in UI_LOCALES, its name in UI_LOCALE_NAMES, its entry in LOCALE_DATA;
 * 2. lit-localize.json (`targetLocales`), then `npm run localize:extract` and translate
 *    locales/fr.xlf; src/translations.ts bundles it (the type check names the line);
 * 3. the sentences that are not UI strings: every table of them is a `PerLocale`, so
 *    `npx tsc --noEmit` lists each one that lacks the new language (the feed's problem
 *    sentences in src/feed/, the command line's in src/cli/messages.ts).
 */

/** The UI languages; the first is the source language of the UI strings (lit-localize.json). */
export const UI_LOCALES = ['de', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** The language when neither the element, its ancestors nor the page name one the UI speaks. */
export const DEFAULT_LOCALE: UiLocale = 'de';

/** One value per UI language: a table of these fails the type check when a language lacks it. */
export type PerLocale<T> = Readonly<Record<UiLocale, T>>;

/** Each UI language named in itself, for the language switch. */
export const UI_LOCALE_NAMES: PerLocale<string> = { de: 'Deutsch', en: 'English' };

interface LocaleData {
  /** Month names as `Intl.DateTimeFormat` writes them with `month: 'long'`. */
  readonly months: readonly string[];
  /** A month, as `Intl.DateTimeFormat` writes it with `year: 'numeric', month: 'long'`. */
  readonly monthYear: (month: string, year: number) => string;
  /** A whole date, as `Intl.DateTimeFormat` writes it with `year: 'numeric', month: 'long', day: 'numeric'`. */
  readonly dayMonthYear: (day: number, month: string, year: number) => string;
  /** What `Intl.NumberFormat` puts between groups of three digits in a whole number. */
  readonly groupSeparator: string;
  /** A value quoted inside a sentence: „akim“ / “akim”. */
  readonly quote: (value: string) => string;
}

/*
 * Dates and counts are written from this data, not with Intl: in a fresh page, the first
 * Intl formatter of any kind loads the engine's locale data. Measured on 2026-11-30 on the
 * shared 2-core machine (under load, so the absolute figures are high), in a fresh page
 * of each engine: Chromium 156, first `Intl.DateTimeFormat('de', { dateStyle: 'long' })`
 * + format 71–326 ms (first NumberFormat('de') 93–197 ms when it comes first); Firefox 153
 * 3–9 ms; WebKitGTK 20–59 ms. Later formatters cost 0–7 ms. The tests
 * test/components/date-formatting.test.ts and count-formatting.test.ts check that this
 * data writes exactly what Intl writes, in every engine; a new language adds its own.
 */
export const LOCALE_DATA: PerLocale<LocaleData> = {
  de: {
    months: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
    monthYear: (month, year) => `${month} ${year}`,
    dayMonthYear: (day, month, year) => `${day}. ${month} ${year}`,
    groupSeparator: '.',
    quote: (value) => `„${value}“`,
  },
  en: {
    months: 'January February March April May June July August September October November December'.split(' '),
    monthYear: (month, year) => `${month} ${year}`,
    dayMonthYear: (day, month, year) => `${month} ${day}, ${year}`,
    groupSeparator: ',',
    quote: (value) => `“${value}”`,
  },
};

/** `value` when it is exactly a UI language's code (`en`), else `undefined`. */
export function parseUiLocale(value: string | null | undefined): UiLocale | undefined {
  return (UI_LOCALES as readonly string[]).includes(value ?? '') ? (value as UiLocale) : undefined;
}

/**
 * Maps a language tag to a UI locale by its primary language: `de-AT` → `de`, `en-GB` → `en`,
 * and POSIX locales too (`en_GB.UTF-8` → `en`); `undefined` for languages the UI does not speak.
 */
export function matchUiLocale(tag: string | null | undefined): UiLocale | undefined {
  const primary = (tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return parseUiLocale(primary);
}
