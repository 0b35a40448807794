/**
 * The normalized feed: what the validator hands to the rest of the widget.
 * It is always well-formed: every text is an object from language tag to a
 * non-empty string, every URL is absolute http(s), every facet reference is known.
 * The raw feed format (what editors write) is described in FEED.md and
 * schema/network-feed.schema.json.
 */

/** A text in one or more languages: BCP 47 tag → non-empty string. Never empty. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface FacetTerm {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface Facet {
  readonly id: string;
  readonly label: LocalizedText;
  readonly terms: readonly FacetTerm[];
}

export interface Publisher {
  readonly name?: LocalizedText;
  readonly url?: string;
  readonly email?: string;
}

export interface Coordinator {
  readonly name?: LocalizedText;
  readonly url?: string;
}

export interface Contact {
  readonly name?: LocalizedText;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
  readonly address?: LocalizedText;
}

export interface Link {
  readonly label: LocalizedText;
  readonly url: string;
}

export interface Network {
  readonly id: string;
  readonly name: LocalizedText;
  readonly shortName?: string;
  readonly summary?: LocalizedText;
  readonly description?: LocalizedText;
  /** facet id → term ids; only facets and terms that the feed declares, no duplicates. */
  readonly facets: Readonly<Record<string, readonly string[]>>;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
  readonly founded?: string;
  readonly meetings?: LocalizedText;
  readonly coordinator?: Coordinator;
  readonly members?: LocalizedText;
  readonly area?: LocalizedText;
  readonly contact?: Contact;
  readonly links: readonly Link[];
  readonly note?: LocalizedText;
  /** `YYYY-MM-DD` */
  readonly updated?: string;
}

export interface Feed {
  readonly version: number;
  /** The language of plain-string texts; `und` when the feed did not say. */
  readonly language: string;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly publisher?: Publisher;
  readonly updated?: string;
  readonly license?: string;
  readonly facets: readonly Facet[];
  readonly networks: readonly Network[];
}

/**
 * `feed`: nothing can be shown. `entry`: one network was skipped.
 * `field`: one field was ignored, the entry is shown without it.
 */
export type ProblemLevel = 'feed' | 'entry' | 'field';

export interface FeedProblem {
  readonly level: ProblemLevel;
  /** JSON path of the offending value, e.g. `networks[3].contact.url`; `` (empty) for the whole document. */
  readonly path: string;
  /**
   * Stable machine-readable code, e.g. `url-not-http`. `describeProblem(problem, locale)`
   * gives the sentence for editors (problem-messages.ts).
   */
  readonly code: ProblemCode;
  /** Values for the sentence, e.g. `{ value: 'javascript:…', max: 1 }`. */
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ValidationResult {
  /** `null` when a feed-level problem means nothing can be shown. */
  readonly feed: Feed | null;
  readonly problems: readonly FeedProblem[];
}

/** Problems after which nothing can be shown. */
export type FeedLevelCode =
  | 'no-source'
  | 'not-json'
  | 'empty-response'
  | 'too-large'
  | 'http-status'
  | 'network-error'
  | 'timeout'
  | 'not-json-content'
  | 'not-object'
  | 'version-missing'
  | 'version-invalid'
  | 'version-unsupported'
  | 'networks-missing';

/**
 * Problems with the whole file that leave it usable: reported at path `` with level
 * `field`; the widget bundles their sentences with the feed-level ones (its console says them).
 */
export type WholeFileCode =
  // not UTF-8 (RFC 8259 §8.1), read as params.encoding: windows-1252, utf-16le or utf-16be
  'encoding-not-utf-8';

/** Every problem the validator and the loader can report. */
export type ProblemCode =
  | FeedLevelCode
  | WholeFileCode
  // entry level
  | 'entry-not-object'
  | 'id-missing'
  | 'id-invalid'
  | 'id-duplicate'
  | 'name-missing'
  // field level
  | 'language-invalid'
  | 'title-missing'
  | 'wrong-type'
  | 'text-empty'
  | 'text-language-invalid'
  | 'url-invalid'
  | 'url-not-http'
  | 'email-invalid'
  | 'phone-invalid'
  | 'date-invalid'
  | 'facet-unknown'
  | 'term-unknown'
  | 'facet-duplicate'
  | 'term-duplicate'
  | 'license-invalid'
  // field level: a link, facet or term without its required label or address is dropped
  | 'label-missing'
  | 'url-missing';
