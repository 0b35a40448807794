/** Locale-aware formatting of feed values for display. Pure functions. */

/**
 * Month names as Intl.DateTimeFormat writes them (`month: 'long'`) in the two UI
 * languages. Dates are formatted by hand because the first DateTimeFormat of a page
 * loads the calendar data: 40–130 ms before the first results on a slow machine
 * (measured again on 2026-11-30 in Node on the shared 2-core machine: the first
 * DateTimeFormat('de') took 551 ms, the first NumberFormat('de') 166 ms).
 */
const MONTHS = {
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** `2026-11-20` → „20. November 2026“ / "November 20, 2026"; `2009-03` → „März 2009“; `2009` → „2009“. */
export function formatFeedDate(value: string, locale: 'de' | 'en'): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return value; // a year: four digits, as written
  const name = MONTHS[locale][month - 1];
  if (!day) return `${name} ${year}`;
  return locale === 'de' ? `${day}. ${name} ${year}` : `${name} ${day}, ${year}`;
}

/**
 * `12345` → „12.345“ (de) / "12,345" (en), as `Intl.NumberFormat` writes whole numbers
 * in both UI languages, but without it: its first use in a page loads the locale's
 * number data, which delayed the first results by tens of milliseconds.
 */
export function formatCount(count: number, locale: 'de' | 'en'): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, locale === 'de' ? '.' : ',');
}

/** The name of a language in the UI language: `de` in `en` → "German". */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `+49 (911) 231-0` → `tel:+499112310`: only what a dialler understands. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Splits a long text into paragraphs at blank lines, as FEED.md says. */
export function paragraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
}
