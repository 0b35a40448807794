/** The language of the command line's sentences: `--lang`, else the locale, else German. */
import { DEFAULT_LOCALE, matchUiLocale, parseUiLocale, type UiLocale } from '../localization.js';

/** `--lang`'s value: a UI language's code, in any case (`EN`); `undefined` for any other. */
export function parseLang(value: string): UiLocale | undefined {
  return parseUiLocale(value.trim().toLowerCase());
}

/** POSIX order: LC_ALL overrides LC_MESSAGES overrides LANG. `en_GB.UTF-8` → `en`; `C` or `fr_FR` → German. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): UiLocale {
  return matchUiLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? DEFAULT_LOCALE;
}
