// `network-directory export`: a feed becomes CSV that Excel and LibreOffice open
// as they should (BOM, `;`, CRLF, quoting) plus the head file beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, fixture, root, tempDir } from './cli-helpers.mjs';

const demoFile = join(root, 'demo/feed.json');
const demo = JSON.parse(readFileSync(demoFile, 'utf8'));

test('the demo feed: a CSV with BOM, `;`, CRLF, every column, and the head beside it', async (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'netze.csv');
  const r = await cli(['export', demoFile, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    `6 Netzwerke gelesen, 0 übersprungen, 0 Hinweise\nGeschrieben: ${out}\nGeschrieben: ${join(dir, 'netze.head.json')}\n`,
  );

  const bytes = readFileSync(out);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark for Excel');
  const text = bytes.toString('utf8').slice(1);
  const [headerLine] = text.split('\r\n');
  assert.equal(
    headerLine,
    'id;name.de;name.en;shortName;summary.de;summary.en;description.de;description.en;facets.scope;facets.kind;facets.topic;facets.audience;' +
      'founded;meetings.de;meetings.en;coordinator.name.de;coordinator.name.en;coordinator.url;members.de;members.en;area.de;area.en;' +
      'contact.name.de;contact.name.en;contact.email;contact.phone;contact.url;contact.address.de;contact.address.en;' +
      'links.1.label.de;links.1.label.en;links.1.url;links.2.label.de;links.2.label.en;links.2.url;note.de;note.en;updated',
  );
  // Every record ends in CRLF; bare LFs occur only inside quoted cells (paragraphs).
  const rows = parse(text, { delimiter: ';', record_delimiter: '\r\n' });
  assert.equal(rows.length, 1 + demo.networks.length);
  assert.ok(text.endsWith('\r\n'));
  assert.ok(rows.every((row) => row.length === rows[0].length));
  const first = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
  assert.equal(first.id, demo.networks[0].id);
  assert.equal(first['description.de'], demo.networks[0].description.de, 'paragraphs survive inside one quoted cell');
  assert.equal(first['facets.topic'], demo.networks[0].facets.topic.join('; '));
  assert.match(text, /;"Die kommunale Integrationspolitik[^"]*\n\nAuf Ebene/);

  const head = JSON.parse(readFileSync(join(dir, 'netze.head.json'), 'utf8'));
  const { networks: _n, ...demoHead } = demo;
  assert.deepEqual(head, demoHead);
  assert.deepEqual(Object.keys(head), Object.keys(demoHead), 'the head keeps the feed’s key order');
});

test('--separator , for English spreadsheets; quoting where a cell holds a comma, quote or line break', async (t) => {
  const out = join(tempDir(t), 'full.csv');
  const r = await cli(['export', fixture('feed-full.json'), '-o', out, '--separator', ',']);
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(out, 'utf8').slice(1);
  assert.ok(
    text.startsWith('id,name.de,name.en,name.tr,'),
    'the feed’s language first, then the others alphabetically',
  );
  assert.match(text, /,"Network ""Everything"", with specials",/);
  assert.match(text, /,"Hauptmarkt 1\n90403 Beispiel",/);
  const rows = parse(text, { delimiter: ',' });
  const header = rows[0];
  assert.ok(
    header.includes('links.3.url') && !header.includes('links.4.url'),
    'as many link groups as the longest list',
  );
  assert.ok(header.includes('facets.unused'), 'every declared filter group, even an unused one');
});

test('without -o the table lands beside the feed', async (t) => {
  const dir = tempDir(t);
  copyFileSync(fixture('feed-full.json'), join(dir, 'netze.json'));
  const r = await cli(['export', 'netze.json', '--lang', 'en'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '3 networks read, 0 skipped, 0 notices\nWritten: netze.csv\nWritten: netze.head.json\n');
  assert.ok(existsSync(join(dir, 'netze.csv')) && existsSync(join(dir, 'netze.head.json')));
});

test('a feed with problems: they are named with their lines (the table lacks those fields); exit 0', async (t) => {
  const out = join(tempDir(t), 'x.csv');
  const r = await cli(['export', fixture('feed-problems.json'), '-o', out]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Zeile 12, Spalte 27 · Feld · networks\[0\]\.contact\.url\n/);
  assert.match(r.stdout, /2 Netzwerke gelesen, 2 übersprungen, 5 Hinweise\n/);
  const rows = parse(readFileSync(out, 'utf8').slice(1), { delimiter: ';' });
  assert.deepEqual(
    rows.slice(1).map((r) => r[0]),
    ['akim', 'bildung'],
  );
});

test('an unusable feed: exit 1, nothing written; usage errors exit 2', async (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'x.csv');
  const r = await cli(['export', fixture('feed-syntax-error.json'), '-o', out]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^Zeile 7, Spalte 5 · Feed\n/);
  assert.match(r.stdout, /Es wurde nichts geschrieben\.\n$/);
  assert.equal(existsSync(out), false);
  assert.equal((await cli(['export'])).code, 2);
  assert.equal((await cli(['export', 'missing.json'])).code, 2);
  assert.equal((await cli(['export', fixture('feed-full.json'), '--head', 'x.json'])).code, 2);
  assert.equal((await cli(['export', fixture('feed-full.json'), '--json'])).code, 2);
});

test('a feed saved as Windows-1252 ("ANSI"): the table has "Nürnberg", not "N�rnberg", and the note says why', async (t) => {
  const out = join(tempDir(t), 'ansi.csv');
  const r = await cli([
    'export',
    join(root, 'test/fixtures/encodings/feed-windows-1252.json'),
    '-o',
    out,
    '--lang',
    'en',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /not saved as UTF-8 and was read as Windows-1252/);
  assert.match(r.stdout, /2 networks read, 0 skipped, 1 notice\n/);
  const table = readFileSync(out, 'utf8');
  assert.ok(!table.includes('\uFFFD'), 'no replacement character in the table');
  const rows = parse(table.slice(1), { delimiter: ';' });
  const name = rows[0].indexOf('name.de') >= 0 ? rows[0].indexOf('name.de') : rows[0].indexOf('name');
  assert.deepEqual(
    rows.slice(1).map((row) => row[name]),
    ['Nürnberger Bündnis für Vielfalt', 'Fürther Straßenfest-Netzwerk'],
  );
  assert.match(readFileSync(out.replace(/\.csv$/, '.head.json'), 'utf8'), /Netzwerke in Nürnberg/);
});
