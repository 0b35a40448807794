// The workbench's pure stages (src/workbench): editing the raw draft, the diff before
// saving, the translation overview, which field a problem belongs to, and the JSON it saves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
/** As load-typescript.mjs, for Node: jsonc-parser (behind check.ts) names its ES module only in `module`. */
async function importTypeScript(...paths) {
  const { outputFiles } = await build({
    stdin: { contents: paths.map((p) => `export * from './${p}';`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));
}
const wb = await importTypeScript(
  'src/workbench/draft.ts',
  'src/workbench/diff.ts',
  'src/workbench/translations.ts',
  'src/workbench/fields.ts',
  'src/workbench/save.ts',
  'src/workbench/open.ts',
  'src/workbench/check.ts',
);
const problems = () => JSON.parse(readFileSync(join(root, 'test/fixtures/cli/feed-problems.json'), 'utf8'));

test('setText: a plain string stays plain in the feed language, turns into an object with a second language, and goes when emptied', () => {
  const draft = wb.draftOf({ language: 'de', networks: [{ id: 'a', name: 'A' }] });
  const de = wb.setText(draft, 'networks[0].name', 'de', 'A neu');
  assert.equal(de.feed.networks[0].name, 'A neu');
  const en = wb.setText(de, 'networks[0].name', 'en', 'A new');
  assert.deepEqual(en.feed.networks[0].name, { de: 'A neu', en: 'A new' });
  const none = wb.setText(wb.setText(en, 'networks[0].name', 'de', ''), 'networks[0].name', 'en', '');
  assert.equal('name' in none.feed.networks[0], false);
  assert.equal(draft.feed.networks[0].name, 'A', 'the draft before is untouched');
});

test('setValue: a cleared field is removed, and an object it leaves empty goes with it', () => {
  const draft = wb.draftOf({ networks: [{ id: 'a', contact: { url: 'https://a.example/' } }] });
  const typed = wb.setValue(draft, 'networks[0].contact.email', 'a@a.example');
  assert.deepEqual(typed.feed.networks[0].contact, { url: 'https://a.example/', email: 'a@a.example' });
  const cleared = wb.setValue(wb.setValue(typed, 'networks[0].contact.email', ''), 'networks[0].contact.url', '');
  assert.deepEqual(cleared.feed.networks[0], { id: 'a' });
});

test('entries added, moved and removed carry their origin in the opened file', () => {
  let d = wb.draftOf({ networks: [{ id: 'a' }, { id: 'b' }] });
  d = wb.addItem(d, 'networks', {});
  assert.deepEqual(d.origins, [0, 1, -1]);
  d = wb.moveItem(d, 'networks', 2, -1);
  assert.deepEqual(d.origins, [0, -1, 1]);
  assert.equal(wb.moveItem(d, 'networks', 0, -1), d, 'nothing moves past the top');
  d = wb.removeItem(d, 'networks', 0);
  assert.deepEqual(d.origins, [-1, 1]);
  assert.deepEqual(d.feed.networks, [{}, { id: 'b' }]);
});

test('setTerm keeps the group’s term order and drops an empty list', () => {
  let d = wb.draftOf({ networks: [{ id: 'a' }] });
  d = wb.setTerm(d, 0, 'topic', 'work', true, ['integration', 'work']);
  d = wb.setTerm(d, 0, 'topic', 'integration', true, ['integration', 'work']);
  assert.deepEqual(d.feed.networks[0].facets, { topic: ['integration', 'work'] });
  d = wb.setTerm(wb.setTerm(d, 0, 'topic', 'work', false, []), 0, 'topic', 'integration', false, []);
  assert.equal('facets' in d.feed.networks[0], false);
});

test('diffFeeds: changed, added, removed by id (repeated ids told apart), order and head', () => {
  const before = problems();
  assert.deepEqual(wb.diffFeeds(before, structuredClone(before)), {
    changed: 0,
    added: 0,
    removed: 0,
    moved: false,
    head: false,
  });
  const after = structuredClone(before);
  after.networks[3].updated = '2026-02-28';
  after.networks.splice(2, 1);
  after.networks.push({ id: 'neu', name: 'Neu' }, { id: 'noch-neuer', name: 'Noch neuer' });
  after.title = 'Andere';
  assert.deepEqual(wb.diffFeeds(before, after), { changed: 1, added: 2, removed: 1, moved: false, head: true });
  const swapped = structuredClone(before);
  [swapped.networks[2], swapped.networks[3]] = [swapped.networks[3], swapped.networks[2]];
  assert.deepEqual(wb.diffFeeds(before, swapped), { changed: 0, added: 0, removed: 0, moved: true, head: false });
});

test('translationGaps: per field, the entries with one language only; plain strings count as the feed language', () => {
  const gaps = wb.translationGaps({
    language: 'de',
    networks: [
      { id: 'a', name: 'A', links: [{ label: { en: 'Site' } }] },
      { id: 'b', name: { de: 'B', en: 'B' }, summary: { en: 'Only English' } },
    ],
  });
  assert.deepEqual(
    gaps.map((g) => [g.field, g.lacks, g.entries.map((e) => e.id)]),
    [
      ['name', 'en', ['a']],
      ['summary', 'de', ['b']],
      ['links.label', 'de', ['a']],
    ],
  );
});

test('anchorFor: the field itself, its first language, the nearest field around it, never another entry’s', () => {
  const anchors = [
    'title.de',
    'title.en',
    'networks[2].id',
    'networks[2].name.de',
    'networks[2].name.en',
    'networks[2].facets.topic',
  ];
  assert.equal(wb.anchorFor('networks[2].id', anchors), 'networks[2].id');
  assert.equal(wb.anchorFor('networks[2].name', anchors), 'networks[2].name.de');
  assert.equal(wb.anchorFor('networks[2].facets.topic[1]', anchors), 'networks[2].facets.topic');
  assert.equal(wb.anchorFor('networks[2]', anchors), 'networks[2].id');
  assert.equal(wb.anchorFor('networks[5].name', anchors), undefined);
  assert.equal(wb.anchorFor('title', anchors), 'title.de');
  assert.notEqual(wb.fieldId('networks[2].name.de'), wb.fieldId('networks[2].name_de'));
});

test('feedJson: entries’ fields in FEED.md order, unknown fields kept after them; the file names follow the opened one', () => {
  const text = wb.feedJson({ version: 1, networks: [{ updated: '2026-01-01', extra: 1, name: 'A', id: 'a' }] });
  assert.equal(
    text,
    '{\n  "version": 1,\n  "networks": [\n    {\n      "id": "a",\n      "name": "A",\n      "updated": "2026-01-01",\n      "extra": 1\n    }\n  ]\n}\n',
  );
  assert.deepEqual(wb.fileNames('C:\\Daten\\netze.csv'), {
    json: 'netze.json',
    csv: 'netze.csv',
    head: 'netze.head.json',
  });
});

test('checkDraft: places follow an entry to where it came from in the opened file; an entry added here has none', () => {
  const text = readFileSync(join(root, 'test/fixtures/cli/feed-problems.json'), 'utf8');
  const opened = wb.openJsonText(text, 'feed-problems.json');
  let d = wb.draftOf(opened.feed);
  d = wb.moveItem(d, 'networks', 3, -1); // bildung (file entry 3) is now entry 2
  d = wb.addItem(d, 'networks', { id: 'neu' });
  const { problems: placed } = wb.checkDraft(d, opened, 'de');
  const updated = placed.find((p) => p.path === 'networks[2].updated');
  assert.deepEqual([updated.line, updated.column], [17, 64]);
  const added = placed.find((p) => p.path === 'networks[4].name');
  assert.equal(added.line, undefined);
  assert.equal(added.code, 'name-missing');
});
