import type { LocalizedText } from './types.js';

/** `de-AT` → `de`; tags compare case-insensitively. */
export function primaryLanguage(tag: string): string {
  const i = tag.indexOf('-');
  return (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
}

/** The key of `text` for `lang`: the exact tag, else the bare primary subtag, else any tag sharing it. */
function keyFor(keys: readonly string[], lang: string): string | undefined {
  const wanted = lang.toLowerCase();
  const primary = primaryLanguage(lang);
  if (!primary) return undefined;
  return (
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => k.toLowerCase() === primary) ??
    keys.find((k) => primaryLanguage(k) === primary)
  );
}

/**
 * Picks the reader's language, else the feed's, else the first present.
 * `fallback` tells the renderer to mark the text with its own `lang`.
 */
export function resolveText(
  text: LocalizedText | undefined,
  uiLang: string,
  feedLang: string,
): { text: string; lang: string; fallback: boolean } | undefined {
  if (!text) return undefined;
  const keys = Object.keys(text);
  const key = keyFor(keys, uiLang) ?? keyFor(keys, feedLang) ?? keys[0];
  if (key === undefined) return undefined;
  return { text: text[key], lang: key, fallback: primaryLanguage(key) !== primaryLanguage(uiLang) };
}
