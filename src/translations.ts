/**
 * UI strings go through @lit/localize in runtime mode: German source strings in
 * code, the other languages in locales/*.xlf, compiled by `lit-localize build` into
 * src/generated. All locales are bundled, so no request is ever made for them. The
 * list of locales and their other data is src/localization.ts.
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
import { allLocales, sourceLocale, type targetLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';
import { DEFAULT_LOCALE, UI_LOCALES, type UiLocale } from './localization.js';

type Localized = string | { strings: readonly string[]; values: readonly number[] };
type Source = string | { strings: readonly string[]; values: readonly unknown[] };

/** The compiled translations of each target locale of lit-localize.json. */
type TargetLocale = (typeof targetLocales)[number];
const TRANSLATIONS: Readonly<Record<TargetLocale, Record<string, Localized>>> = {
  en: { ...(en.templates as Readonly<Record<string, Localized>>) },
};

// lit-localize.json and UI_LOCALES must name the same languages, the source language first:
// each of these lines fails the type check when they differ.
allLocales satisfies readonly UiLocale[];
UI_LOCALES satisfies readonly (typeof allLocales)[number][];
UI_LOCALES[0] satisfies typeof sourceLocale;

let currentLocale: UiLocale = DEFAULT_LOCALE;

/** The translation of message `options.id` into the current locale, else the German source. */
function localizedMsg(template: Source, options?: { id?: string }): string {
  const found = currentLocale === sourceLocale ? undefined : TRANSLATIONS[currentLocale]?.[options!.id!];
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
 * Adds the translated templates of a second bundle that shares this lookup: the
 * workbench (src/workbench/define.ts), whose strings are extracted on their own
 * (lit-localize.workbench.json) so that none of them ship in the widget's bundle,
 * which never calls this.
 */
export function addTemplates(locale: TargetLocale, templates: object): void {
  Object.assign(TRANSLATIONS[locale], templates);
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
