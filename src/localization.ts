/**
 * UI strings go through @lit/localize in runtime mode: German source strings in
 * code, English in locales/en.xlf, compiled by `lit-localize build` into
 * src/generated. Both locales are bundled, so no request is ever made for them.
 *
 * Several directories on one page may show different languages, so the global
 * `setLocale()` of @lit/localize does not fit. We use its reentrant variant,
 * which asks `getLocale()` at every `msg()` call: each element sets the locale
 * it renders in for the duration of its own synchronous render (`inLocale`).
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

export type UiLocale = 'de' | 'en';
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale as UiLocale, ...(targetLocales as readonly UiLocale[])];
export const DEFAULT_LOCALE: UiLocale = 'de';

let currentLocale: UiLocale = DEFAULT_LOCALE;
const bundled = { en } as const;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => currentLocale,
    loadLocaleSync: (locale) => bundled[locale as keyof typeof bundled],
  });
} catch {
  // Another copy of our code (or the host app) configured this same @lit/localize
  // module first. Our messages then follow that configuration; nothing breaks.
}

/** Runs `fn` with `locale` as the language of every `msg()` call inside it. */
export function inLocale<T>(locale: UiLocale, fn: () => T): T {
  const previous = currentLocale;
  currentLocale = locale;
  try {
    return fn();
  } finally {
    currentLocale = previous;
  }
}

/**
 * Maps any BCP 47 tag to a UI locale: `de-AT` → `de`, `en-GB` → `en`;
 * `undefined` for languages the UI does not speak.
 */
export function matchUiLocale(tag: string | null | undefined): UiLocale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : undefined;
}
