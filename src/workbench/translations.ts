/**
 * The translation overview: for each text field of an entry (FEED.md's Text
 * fields), which entries have it in one of two languages but not in the other.
 * A plain string counts as the feed's language. Pure.
 */
import { feedLanguage, isObj, type Obj } from './draft.js';

/** An entry's Text fields, as paths relative to the entry, in the order of FEED.md. */
export const ENTRY_TEXTS: readonly string[] = [
  'name',
  'summary',
  'description',
  'meetings',
  'coordinator.name',
  'members',
  'area',
  'contact.name',
  'contact.address',
  'links.label',
  'note',
];

export interface TranslationGap {
  /** A path from ENTRY_TEXTS. */
  readonly field: string;
  /** The language that is missing. */
  readonly lacks: string;
  /** Entries (index in the draft, and id as typed) that have the field in the other language only. */
  readonly entries: readonly { readonly index: number; readonly id: string }[];
}

/** One gap per field and missing language that has at least one entry, in ENTRY_TEXTS order. */
export function translationGaps(feed: Obj, languages: readonly [string, string] = ['de', 'en']): TranslationGap[] {
  const lang = feedLanguage(feed);
  const networks = Array.isArray(feed.networks) ? feed.networks : [];
  const gaps: TranslationGap[] = [];
  for (const field of ENTRY_TEXTS) {
    for (const [lacks, has] of [languages, [languages[1], languages[0]]] as const) {
      const entries: { index: number; id: string }[] = [];
      networks.forEach((n, index) => {
        const texts = textsAt(n, field);
        if (texts.some((t) => hasLang(t, has, lang) && !hasLang(t, lacks, lang))) {
          entries.push({ index, id: isObj(n) && typeof n.id === 'string' ? n.id : '' });
        }
      });
      if (entries.length) gaps.push({ field, lacks, entries });
    }
  }
  return gaps;
}

/** The texts at `field` in an entry; `links.label` gives every link's label. */
function textsAt(entry: unknown, field: string): unknown[] {
  if (!isObj(entry)) return [];
  if (field === 'links.label')
    return Array.isArray(entry.links) ? entry.links.map((l) => (isObj(l) ? l.label : undefined)) : [];
  let v: unknown = entry;
  for (const key of field.split('.')) v = isObj(v) ? v[key] : undefined;
  return [v];
}

function hasLang(text: unknown, lang: string, feedLang: string): boolean {
  if (typeof text === 'string') return text.trim() !== '' && lang === feedLang;
  return isObj(text) && typeof text[lang] === 'string' && (text[lang] as string).trim() !== '';
}
