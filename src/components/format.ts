/** Locale-aware formatting of feed values for display. Pure functions. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: building one costs more than formatting. */
function dateFormatter(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}${withDay}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: withDay ? 'numeric' : undefined, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `2026-11-20` → „20. November 2026“ / "November 20, 2026"; `2009-03` → „März 2009“; `2009` → „2009“. */
export function formatFeedDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  return dateFormatter(locale, !!day).format(new Date(Date.UTC(year, month - 1, day || 1)));
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
