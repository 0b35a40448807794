/**
 * UI strings go through @lit/localize in runtime mode: German source strings in
 * code, English in locales/en.xlf, compiled by `lit-localize build` into
 * src/generated. Both locales are bundled, so no request is ever made for them.
 *
 * Several directories on one page may show different languages, so the global
 * `setLocale()` of @lit/localize does not fit. Like its reentrant mode
 * (`configureReentrantLocalization`), we install a msg() implementation that looks
 * at the current locale at every call: each element sets the locale it renders in
 * for the duration of its own synchronous render (`inLocale`). Ours is the same
 * lookup cut down to what this bundle uses — string and str`` messages with
 * explicit ids (check:l10n enforces them) — which keeps it within its size budget.
 */
// _installMsgImplementation is @lit/localize's private hook: package.json pins the exact version that has it.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

export type UiLocale = 'de' | 'en';
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale as UiLocale, ...(targetLocales as readonly UiLocale[])];
export const DEFAULT_LOCALE: UiLocale = 'de';
/** Each UI language named in itself, for the language switch. */
export const UI_LOCALE_NAMES: Readonly<Record<UiLocale, string>> = { de: 'Deutsch', en: 'English' };

let currentLocale: UiLocale = DEFAULT_LOCALE;
type Localized = string | { strings: readonly string[]; values: readonly number[] };
type Source = string | { strings: readonly string[]; values: readonly unknown[] };

/** The English template for `options.id` when the locale is English, else the German source. */
function localizedMsg(template: Source, options?: { id?: string }): string {
  const found = currentLocale === 'en' ? (en.templates as Record<string, Localized>)[options!.id!] : undefined;
  if (typeof template === 'string') return typeof found === 'string' ? found : template;
  const strings = (found as Exclude<Localized, string>)?.strings ?? template.strings;
  // A translated str`` names the source value of each gap by its index: word order may differ.
  const order = (found as Exclude<Localized, string>)?.values;
  return strings.reduce((text, part, i) => text + String(template.values[order ? order[i - 1] : i - 1]) + part);
}

try {
  _installMsgImplementation(localizedMsg as never);
} catch {
  // Another copy of our code (or the host app) configured this same @lit/localize
  // module first. Our messages then follow that configuration; nothing breaks.
}

/**
 * Adds the English templates of a second bundle that shares this lookup: the
 * workbench (src/workbench/define.ts), whose strings are extracted on their own
 * (lit-localize.workbench.json) so that none of them ship in the widget's bundle,
 * which never calls this.
 */
export function addTemplates(templates: object): void {
  Object.assign(en.templates as Record<string, Localized>, templates);
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
