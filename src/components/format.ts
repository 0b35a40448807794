/**
 * Locale-aware formatting of feed values for display. Pure functions. Dates and counts
 * are written from LOCALE_DATA rather than with Intl: src/localization.ts says why.
 */
import { LOCALE_DATA, type UiLocale } from '../localization.js';

/** `2026-11-20` → „20. November 2026“ / "November 20, 2026"; `2009-03` → „März 2009“; `2009` → „2009“. */
export function formatFeedDate(value: string, locale: UiLocale): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return value; // a year: four digits, as written
  const data = LOCALE_DATA[locale];
  const name = data.months[month - 1];
  return day ? data.dayMonthYear(day, name, year) : data.monthYear(name, year);
}

/** `12345` → „12.345“ (de) / "12,345" (en), as `Intl.NumberFormat` writes whole numbers. */
export function formatCount(count: number, locale: UiLocale): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, LOCALE_DATA[locale].groupSeparator);
}

/** The name of a language in the UI language: `de` in `en` → "German". */
export function languageName(tag: string, locale: UiLocale): string {
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
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
