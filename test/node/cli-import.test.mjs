// `network-directory import`: spreadsheet files as German office programs write
// them become a feed; problems point at rows and columns; unusable means unwritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, root, tempDir } from './cli-helpers.mjs';

const expected = JSON.parse(readFileSync(fixture('networks-expected.json'), 'utf8'));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

test('UTF-8 with BOM, `;`, CRLF, multi-line quoted cells: the expected feed, written with -o', async (t) => {
  const out = join(tempDir(t), 'feed.json');
  const r = await cli(['import', 'networks-semicolon-bom-crlf.csv', '--head', 'head.json', '-o', out]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, `3 Netzwerke gelesen, 0 übersprungen, 0 Hinweise\nGeschrieben: ${out}\n`);
  const feed = readJson(out);
  assert.deepEqual(feed, expected);
  assert.equal(feed.networks[0].description.de, 'Erster Absatz über „Integration“.\n\nZweiter Absatz mit "Zitat".');
  assert.equal(feed.networks[0].contact.address.de, 'Hauptmarkt 1\n90403 Nürnberg', 'CRLF inside a cell becomes \\n');
  assert.ok(readFileSync(out, 'utf8').endsWith('}\n'));
});

test('UTF-8 without BOM, `,`, LF: the same feed; without -o it goes to standard output, the report to standard error', async () => {
  const r = await cli(['import', 'networks-comma-lf.csv', '--head', 'head.json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), expected);
  assert.equal(r.stderr, '3 Netzwerke gelesen, 0 übersprungen, 0 Hinweise\n');
});

test('Windows-1252 (Excel’s plain CSV): umlauts and „“ – right, with a notice', async () => {
  const r = await cli(['import', 'networks-windows-1252.csv', '--head', 'head.json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), expected);
  assert.match(r.stderr, /networks-windows-1252\.csv · Feld\n {2}Die Datei ist nicht als UTF-8 gespeichert/);
});

test('--separator overrides the detection', async () => {
  const r = await cli(['import', 'networks-comma-lf.csv', '--head', 'head.json', '--separator', ';', '--lang', 'en']);
  // Read with the wrong separator, the header is one unknown column: nothing usable.
  assert.equal(r.code, 1);
  assert.match(r.stderr, /There is no column id/);
  assert.match(r.stderr, /Nothing was written\.\n$/);
  const bad = await cli(['import', 'networks-comma-lf.csv', '--head', 'head.json', '--separator', '|']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--separator „\|“ gibt es nicht/);
});

test('a bad URL in row 4 points at row 4, column contact.url; the feed is written without it', async (t) => {
  const out = join(tempDir(t), 'feed.json');
  const r = await cli(['import', 'bad-url-row4.csv', '--head', 'head.json', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /^bad-url-row4\.csv: Zeile 4, Spalte C \(contact\.url\) · Feld\n {2}[^\n]*Zeile 4, Spalte contact\.url[^\n]*www\.netz-arbeit\.example/,
  );
  assert.match(r.stdout, /3 Netzwerke gelesen, 0 übersprungen, 1 Hinweis\n/);
  const feed = readJson(out);
  assert.equal(feed.networks[2].contact.url, 'www.netz-arbeit.example', 'the raw feed keeps what the editor typed');
  assert.equal(feed.networks[1].links[0].url, 'https://bildung.example/p');
});

test('a broken CSV (a quote never closed): exit 1, the row and file line, nothing written', async (t) => {
  const out = join(tempDir(t), 'feed.json');
  const r = await cli(['import', 'broken-quote.csv', '--head', 'head.json', '-o', out, '--lang', 'en']);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /^broken-quote\.csv: line 4 · feed\n {2}The CSV file is damaged: a quotation mark is never closed \(table row 3, from line 4 of the file\)/,
  );
  assert.match(r.stdout, /Nothing was written\.\n$/);
  assert.equal(existsSync(out), false);
});

test('spreadsheet quirks: unknown, duplicate and note columns, blank rows, extra cells, German dates, duplicate ids', async () => {
  const r = await cli(['import', 'sheet-quirks.csv', '--head', 'head.json']);
  assert.equal(r.code, 0, r.stderr);
  const headings = r.stderr.split('\n').filter((l) => l && !l.startsWith('  '));
  assert.deepEqual(headings, [
    'sheet-quirks.csv: Zeile 1, Spalte E (nme.de) · Feld',
    'sheet-quirks.csv: Zeile 1, Spalte I (updated) · Feld',
    'sheet-quirks.csv: Zeile 5, Spalte F (facets.topic) · Feld',
    'sheet-quirks.csv: Zeile 5, Spalte K (links.2.url) · Feld',
    'sheet-quirks.csv: Zeile 5, Spalte L · Feld',
    'sheet-quirks.csv: Zeile 6, Spalte A (id) · Eintrag',
    '2 Netzwerke gelesen, 1 übersprungen, 6 Hinweise',
  ]);
  assert.match(r.stderr, /Die Spalte „nme\.de“ ist unbekannt/);
  assert.match(r.stderr, /Die Spalte „updated“ gibt es schon in Spalte H/);
  assert.match(r.stderr, /In Zeile 5 stehen 2 Werte rechts der letzten benannten Spalte/);
  assert.match(r.stderr, /„alpha“ in Zeile 6, Spalte id[^\n]*\(Das ist Zeile 2\.\)/);
  const [alpha, beta] = JSON.parse(r.stdout).networks;
  assert.deepEqual(alpha, {
    id: 'alpha',
    name: { DE: 'Alpha' },
    facets: { topic: ['integration', 'work'] },
    links: [{ label: { de: 'Link' }, url: 'https://alpha.example/x' }],
    updated: '2026-11-20',
  });
  assert.equal(beta.updated, '2026-02-01', '1.2.2026 as German spreadsheets save it');
  assert.equal(beta.founded, '2011-05');
});

test('the cell behind a validator path, in --lang en', async () => {
  const r = await cli(['import', 'sheet-quirks.csv', '--head', 'head.json', '--lang', 'en']);
  assert.match(
    r.stderr,
    /sheet-quirks\.csv: row 5, column K \(links\.2\.url\) · field\n {2}[^\n]*row 5, column links\.2\.url/,
  );
});

test('no id column, or an empty file: exit 1, nothing written', async (t) => {
  const out = join(tempDir(t), 'feed.json');
  const noId = await cli(['import', 'no-id-column.csv', '--head', 'head.json', '-o', out]);
  assert.equal(noId.code, 1);
  assert.match(noId.stdout, /^no-id-column\.csv: Zeile 1 · Feed\n {2}Es gibt keine Spalte id/);
  assert.match(noId.stdout, /Es wurde nichts geschrieben\.\n$/);
  const empty = await cli(['import', 'empty.csv', '--head', 'head.json', '-o', out]);
  assert.equal(empty.code, 1);
  assert.match(empty.stdout, /Die CSV-Datei ist leer/);
  assert.equal(existsSync(out), false);
});

test('the head: found beside the table, or broken (exit 1 with its line), or with problems', async (t) => {
  const dir = tempDir(t);
  copyFileSync(fixture('bad-url-row4.csv'), join(dir, 'netze.csv'));

  copyFileSync(fixture('head.json'), join(dir, 'netze.head.json'));
  const beside = await cli(['import', 'netze.csv', '-o', 'netze.json'], { cwd: dir });
  assert.equal(beside.code, 0, beside.stdout);
  assert.equal(readJson(join(dir, 'netze.json')).title.de, 'Netzwerke (Testdaten)');

  const broken = await cli([
    'import',
    'bad-url-row4.csv',
    '--head',
    'head-syntax-error.json',
    '-o',
    join(dir, 'x.json'),
  ]);
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /^head-syntax-error\.json: Zeile 4, Spalte 3 · Feed\n/);
  assert.equal(existsSync(join(dir, 'x.json')), false);

  const noTitle = await cli(['import', 'bad-url-row4.csv', '--head', 'head-no-title.json', '-o', join(dir, 'y.json')]);
  assert.equal(noTitle.code, 0);
  assert.match(noTitle.stdout, /^head-no-title\.json: Zeile 1, Spalte 1 · Feld · title\n/m);
  assert.match(noTitle.stdout, /^head-no-title\.json: Zeile 4, Spalte 14 · Feld · updated\n/m);

  const unreadable = await cli(['import', 'bad-url-row4.csv', '--head', 'nope.json']);
  assert.equal(unreadable.code, 2);
});

test('--base: a whole feed as head, its networks replaced by the table', async () => {
  const r = await cli(['import', 'networks-comma-lf.csv', '--base', join(root, 'demo/feed.json')]);
  // The demo's filter groups do not know the table's terms: reported per cell, the feed is still usable.
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  const demo = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
  assert.deepEqual(feed.title, demo.title);
  assert.deepEqual(
    feed.networks.map((n) => n.id),
    ['akim', 'buendnis-bildung', 'netz-arbeit'],
  );
  assert.match(r.stderr, /Zeile 2, Spalte G \(facets\.topic\) · Feld/);
  const both = await cli(['import', 'networks-comma-lf.csv', '--base', 'head.json', '--head', 'head.json']);
  assert.equal(both.code, 2);
});

test('an output folder that does not exist yet is created; one that cannot be written is a usage error', async (t) => {
  const dir = tempDir(t);
  const nested = join(dir, 'a/b/feed.json');
  assert.equal((await cli(['import', 'networks-comma-lf.csv', '--head', 'head.json', '-o', nested])).code, 0);
  assert.deepEqual(readJson(nested), expected);
  writeFileSync(join(dir, 'file'), '');
  const r = await cli(['import', 'networks-comma-lf.csv', '--head', 'head.json', '-o', join(dir, 'file/feed.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /kann nicht geschrieben werden/);
});
