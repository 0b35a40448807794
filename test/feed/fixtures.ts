/**
 * Feeds for the validator tests, shared by the browser tests and the Node
 * schema-agreement test. Every call returns a fresh object, so tests may mutate.
 */
import type { FeedProblem, ValidationResult } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

/** A demo-like feed that uses every field of FEED.md correctly. */
export function fullFeed(): Json {
  return {
    version: 1,
    language: 'de',
    title: 'Netzwerke Integration',
    description: { de: 'Netzwerke in Nürnberg.\n\nZweiter Absatz.', en: 'Networks in Nuremberg.' },
    publisher: { name: 'Stadt Nürnberg', url: 'https://www.nuernberg.de/', email: 'integration@stadt.nuernberg.de' },
    updated: '2026-11-20',
    license: 'CC-BY-4.0',
    facets: [
      {
        id: 'scope',
        label: { de: 'Reichweite', en: 'Reach' },
        terms: [
          { id: 'local', label: { de: 'Lokal', en: 'Local' } },
          { id: 'regional', label: 'Regional' },
          { id: 'europe', label: { de: 'Europa', en: 'Europe' } },
        ],
      },
      {
        id: 'topic',
        label: { de: 'Thema', en: 'Topic' },
        terms: [
          { id: 'work', label: { de: 'Arbeit', en: 'Work' } },
          { id: 'education', label: { de: 'Bildung', en: 'Education' } },
        ],
      },
    ],
    networks: [
      {
        id: 'akim',
        name: { de: 'Arbeitskreis Integration und Migration', en: 'Working group on integration and migration' },
        shortName: 'AKIM',
        summary: 'Trifft sich zweimal im Jahr.',
        description: { de: 'Lange Beschreibung.\n\nMit <b>Markup</b>, das als Text erscheint.' },
        facets: { scope: ['local'], topic: ['work', 'education'] },
        founded: '1998',
        meetings: { de: 'Zweimal im Jahr', en: 'Twice a year' },
        coordinator: { name: 'Amt für Integration', url: 'https://example.org/amt' },
        members: 'Vereine, Behörden, Beratungsstellen',
        area: { de: 'Stadt Nürnberg', en: 'City of Nuremberg' },
        contact: {
          name: 'Frau Muster',
          email: 'akim@example.org',
          phone: '+49 (911) 231-0',
          url: 'http://example.org/kontakt',
          address: 'Hauptmarkt 1\n90403 Nürnberg',
        },
        links: [
          { label: 'Satzung', url: 'https://example.org/satzung.pdf' },
          { label: { de: 'Protokolle', en: 'Minutes' }, url: 'https://example.org/protokolle' },
        ],
        note: { de: 'Ein Urteil steht noch aus.' },
        updated: '2024-02-29',
      },
      {
        id: 'eu-net-2',
        name: { en: 'European Network' },
        facets: { scope: 'europe' },
        founded: '2010-05',
      },
      { id: '7', name: 'Kleines Netzwerk', founded: '2001-12-31', links: [] },
    ],
  };
}

export function minimalFeed(): Json {
  return { version: 1, language: 'en', title: 'Networks', networks: [] };
}

/** A minimal feed with one network: `{ id: 'n', name: 'N', ...fields }`. */
export function feedWithNetwork(fields: Json, feedFields: Json = {}): Json {
  return { ...fullFeed(), ...feedFields, networks: [{ id: 'n', name: 'N', ...fields }] };
}

export function codes(r: ValidationResult): string[] {
  return r.problems.map((p) => p.code);
}

export function only(r: ValidationResult): FeedProblem {
  if (r.problems.length !== 1) throw new Error(`expected one problem, got ${JSON.stringify(r.problems, null, 1)}`);
  return r.problems[0];
}

/**
 * Feeds that FEED.md forbids, each with what the validator must say.
 * `schema: false` marks rules that JSON Schema cannot express (calendar,
 * uniqueness, references), where only the validator can be strict.
 */
export interface BadCase {
  readonly name: string;
  readonly feed: unknown;
  readonly code: string;
  readonly schema?: false;
}

export function badCases(): BadCase[] {
  const net = (fields: Json): Json => feedWithNetwork(fields);
  return [
    { name: 'an array', feed: [], code: 'not-object' },
    { name: 'no version', feed: { ...minimalFeed(), version: undefined }, code: 'version-missing' },
    { name: 'version as a string', feed: { ...minimalFeed(), version: '1' }, code: 'version-invalid' },
    { name: 'version 0', feed: { ...minimalFeed(), version: 0 }, code: 'version-invalid' },
    { name: 'version 2', feed: { ...minimalFeed(), version: 2 }, code: 'version-unsupported' },
    { name: 'no networks', feed: { ...minimalFeed(), networks: undefined }, code: 'networks-missing' },
    { name: 'no language', feed: { ...minimalFeed(), language: undefined }, code: 'language-invalid' },
    { name: 'a bad language', feed: { ...minimalFeed(), language: 'deutsch!' }, code: 'language-invalid' },
    { name: 'no title', feed: { ...minimalFeed(), title: undefined }, code: 'title-missing' },
    { name: 'an entry that is a string', feed: { ...minimalFeed(), networks: ['akim'] }, code: 'entry-not-object' },
    { name: 'an entry without id', feed: { ...minimalFeed(), networks: [{ name: 'A' }] }, code: 'id-missing' },
    { name: 'an uppercase id', feed: net({ id: 'AKIM' }), code: 'id-invalid' },
    { name: 'an entry without name', feed: { ...minimalFeed(), networks: [{ id: 'a' }] }, code: 'name-missing' },
    { name: 'a blank name', feed: net({ name: '   ' }), code: 'name-missing' },
    {
      name: 'a duplicate id',
      feed: {
        ...minimalFeed(),
        networks: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      },
      code: 'id-duplicate',
      schema: false,
    },
    { name: 'a numeric summary', feed: net({ summary: 5 }), code: 'wrong-type' },
    { name: 'an empty text object', feed: net({ summary: {} }), code: 'text-empty' },
    { name: 'a bad language key', feed: net({ summary: { deutsch: 'x' } }), code: 'text-language-invalid' },
    { name: 'a javascript: URL', feed: net({ contact: { url: 'javascript:alert(1)' } }), code: 'url-not-http' },
    { name: 'a relative URL', feed: net({ coordinator: { url: '/kontakt' } }), code: 'url-invalid' },
    { name: 'a link without url', feed: net({ links: [{ label: 'x' }] }), code: 'url-missing' },
    { name: 'a link without label', feed: net({ links: [{ url: 'https://example.org' }] }), code: 'label-missing' },
    { name: 'an email without domain dot', feed: net({ contact: { email: 'a@localhost' } }), code: 'email-invalid' },
    { name: 'a phone with letters', feed: net({ contact: { phone: '0911 CALL-ME' } }), code: 'phone-invalid' },
    { name: 'a founded date with month 13', feed: net({ founded: '2020-13' }), code: 'date-invalid' },
    { name: 'an updated year only', feed: net({ updated: '2020' }), code: 'date-invalid' },
    { name: 'February 30', feed: net({ updated: '2025-02-30' }), code: 'date-invalid', schema: false },
    { name: 'an unknown facet', feed: net({ facets: { colour: ['red'] } }), code: 'facet-unknown', schema: false },
    { name: 'an unknown term', feed: net({ facets: { scope: ['mars'] } }), code: 'term-unknown', schema: false },
    {
      name: 'a duplicate facet',
      feed: {
        ...minimalFeed(),
        facets: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
      },
      code: 'facet-duplicate',
      schema: false,
    },
    {
      name: 'a duplicate term',
      feed: {
        ...minimalFeed(),
        facets: [
          {
            id: 'a',
            label: 'A',
            terms: [
              { id: 't', label: 'T' },
              { id: 't', label: 'U' },
            ],
          },
        ],
      },
      code: 'term-duplicate',
      schema: false,
    },
    { name: 'a facet without label', feed: { ...minimalFeed(), facets: [{ id: 'a' }] }, code: 'label-missing' },
    {
      name: 'a licence with spaces',
      feed: { ...minimalFeed(), license: 'all rights reserved' },
      code: 'license-invalid',
    },
    { name: 'an empty shortName', feed: net({ shortName: '' }), code: 'text-empty' },
  ];
}
