/** The language of the command line's sentences: `--lang`, else the locale, else German. */
import type { Lang } from '../feed/feed-problem-messages.js';

export type { Lang };

export function parseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  return v === 'de' || v === 'en' ? v : undefined;
}

/** POSIX order: LC_ALL overrides LC_MESSAGES overrides LANG. `en_GB.UTF-8` → `en`; `C` or `fr_FR` → German. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'de';
}
