// A spreadsheet alone is enough: without a head file, `import` (and the workbench, through
// the same src/cli/import-sheet.ts) names the feed after the file, takes the language from
// the columns and the filter groups from the `facets.<group>` columns, and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, root, tempDir } from './cli-helpers.mjs';
import { importTypeScript } from './load-typescript.mjs';

const { openSheet, headFromSheet, readSheet, validateFeed } = await importTypeScript(
  'src/cli/import-sheet.ts',
  'src/cli/import-csv.ts',
  'src/cli/csv-file.ts',
  'src/feed/validate.ts',
);
const excel = join(root, 'test/fixtures/workbench/netzwerke-excel.csv');
const bytes = new Uint8Array(readFileSync(excel));

test('CLI: German Excel CSV (Windows-1252, `;`, CRLF, line breaks in cells) without a head file → exit 0 and the checked-in feed', async (t) => {
  const dir = tempDir(t);
  copyFileSync(excel, join(dir, 'netzwerke-excel.csv'));
  assert.equal(existsSync(join(dir, 'netzwerke-excel.head.json')), false);
  const r = await cli(['import', 'netzwerke-excel.csv', '-o', 'feed.json'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  // The workbench test compares its download with this same file: both must stay what the CLI writes.
  assert.equal(
    readFileSync(join(dir, 'feed.json'), 'utf8'),
    readFileSync(join(root, 'test/fixtures/workbench/netzwerke-excel.expected.json'), 'utf8'),
  );
  assert.match(r.stdout, /Ohne Kopfdatei heißt der Feed nach der Datei: „netzwerke-excel“/);
  assert.match(r.stdout, /Zeile 1, Spalte B \(name\.de\) · Feld\n {2}Ohne Kopfdatei gilt „de“ als Sprache des Feeds/);
  assert.match(
    r.stdout,
    /Zeile 1, Spalte K \(facets\.topic\) · Feld\n {2}Ohne Kopfdatei wurde die Filtergruppe „topic“ mit 6 Begriffen/,
  );
  assert.match(r.stdout, /6 Netzwerke gelesen, 0 übersprungen, 7 Hinweise\n/);
});

test('CLI: without a head file, in English; a head file beside the table still wins', async (t) => {
  const dir = tempDir(t);
  copyFileSync(fixture('networks-comma-lf.csv'), join(dir, 'netze.csv'));
  const alone = await cli(['import', 'netze.csv', '--lang', 'en'], { cwd: dir });
  assert.equal(alone.code, 0, alone.stderr);
  const feed = JSON.parse(alone.stdout);
  assert.equal(feed.title, 'netze');
  assert.deepEqual(
    feed.facets.map((f) => f.id),
    ['topic', 'scope'],
  );
  assert.match(alone.stderr, /Without a head file the feed is named after the file: “netze”/);
  copyFileSync(fixture('head.json'), join(dir, 'netze.head.json'));
  const beside = await cli(['import', 'netze.csv'], { cwd: dir });
  assert.equal(JSON.parse(beside.stdout).title.de, 'Netzwerke (Testdaten)');
  assert.doesNotMatch(beside.stderr, /Ohne Kopfdatei/);
});

test('headFromSheet: title from the file name, language from the first text column, groups and terms in order of first use', () => {
  const rows = [
    ['id', 'summary.en', 'name.de', 'facets.topic', 'Facets.Topic', 'facets.scope'],
    ['a', '', 'A', 'work; education', '', ''],
    ['b', '', 'B', 'education,integration work', '', 'local'],
  ];
  const { head, notices } = headFromSheet(rows, 'C:\\Daten\\Netzwerke 2026.csv');
  assert.deepEqual(head, {
    version: 1,
    language: 'en',
    title: 'Netzwerke 2026',
    facets: [
      { id: 'topic', label: 'topic', terms: ['work', 'education', 'integration'].map((id) => ({ id, label: id })) },
      { id: 'scope', label: 'scope', terms: [{ id: 'local', label: 'local' }] },
    ],
  });
  assert.deepEqual(
    notices.map((n) => [n.code, n.place.cell ?? '']),
    [
      ['head-title-from-file', ''],
      ['head-language-from-columns', 'B1'],
      ['head-facet-from-column', 'D1'],
      ['head-facet-from-column', 'F1'],
    ],
  );
});

test('headFromSheet: no column names a language → German, said as such; no facet columns → no groups', () => {
  const { head, notices } = headFromSheet(
    [
      ['id', 'name'],
      ['a', 'A'],
    ],
    'x.csv',
  );
  assert.deepEqual(head, { version: 1, language: 'de', title: 'x' });
  assert.deepEqual(notices.find((n) => n.code === 'head-language-from-columns').params, { language: 'de', column: '' });
});

test('openSheet without a head: the feed the validator accepts, every entry kept, the notices in the order found', () => {
  const opened = openSheet(bytes, 'netzwerke-excel.csv', undefined);
  assert.equal(opened.ok, true);
  const result = validateFeed(opened.imported.feed);
  assert.deepEqual(result.problems, []);
  assert.equal(result.feed.networks.length, 6);
  assert.equal(result.feed.networks[0].name.de, 'Nürnberger Netzwerk Integration');
  assert.ok(
    result.feed.networks.some((n) => (n.description?.de ?? '').includes('\n')),
    'a line break inside a quoted cell survives',
  );
  assert.deepEqual(opened.notices.map((n) => n.code).slice(0, 3), [
    'encoding-legacy',
    'head-title-from-file',
    'head-language-from-columns',
  ]);
  const sheet = readSheet(new TextDecoder('windows-1252').decode(bytes));
  assert.equal(sheet.separator, ';');
});

test('openSheet with a head: no defaults, no notices about them', () => {
  const head = JSON.parse(readFileSync(fixture('head.json'), 'utf8'));
  const opened = openSheet(new Uint8Array(readFileSync(fixture('networks-comma-lf.csv'))), 'n.csv', head);
  assert.equal(opened.ok, true);
  assert.deepEqual(opened.notices, []);
  assert.deepEqual(opened.imported.feed.title, head.title);
});
