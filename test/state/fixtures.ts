/** A small feed for the view-state tests: two facets, three entries. Pure data, no DOM. */
import type { Feed } from '../../src/feed/types.js';

const term = (id: string) => ({ id, label: { de: id } });

export const feed: Feed = {
  version: 1,
  language: 'de',
  facets: [
    { id: 'scope', label: { de: 'Reichweite' }, terms: [term('local'), term('regional')] },
    { id: 'topic', label: { de: 'Thema' }, terms: [term('health'), term('work')] },
  ],
  networks: [
    { id: 'a', name: { de: 'A' }, facets: { scope: ['local'], topic: ['health'] }, links: [] },
    { id: 'b', name: { de: 'B' }, facets: { scope: ['regional'], topic: ['work'] }, links: [] },
    { id: 'c', name: { de: 'C' }, facets: { scope: ['local'], topic: ['work'] }, links: [] },
  ],
} as unknown as Feed;

/** Plain objects, for deep comparison of null-prototype records. */
export const plain = (record: object) => JSON.parse(JSON.stringify(record)) as unknown;
