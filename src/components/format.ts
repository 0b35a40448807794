/** Locale-aware formatting of feed values for display. Pure functions. */

/** `2026-11-20` → „20. November 2026“ / "November 20, 2026"; `2009-03` → „März 2009“; `2009` → „2009“. */
export function formatFeedDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
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
