// `network-directory validate`: the widget's validator on files and URLs, with
// lines and columns, sentences in two languages, exit codes 0 / 1 / 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, root, tempDir } from './cli-helpers.mjs';

const demo = join(root, 'demo/feed.json');

test('the demo feed is usable: exit 0 and the summary line', async () => {
  const r = await cli(['validate', demo]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '6 Netzwerke gelesen, 0 übersprungen, 0 Hinweise\n');
});

test('every problem has its line and column, level, path and German sentence', async () => {
  const r = await cli(['validate', 'feed-problems.json']);
  assert.equal(r.code, 0, 'entry- and field-level problems leave the feed usable');
  const blocks = r.stdout.trim().split('\n');
  assert.deepEqual(
    blocks.filter((l) => !l.startsWith('  ')),
    [
      'Zeile 12, Spalte 27 · Feld · networks[0].contact.url',
      'Zeile 13, Spalte 37 · Feld · networks[0].facets.topic[1]',
      'Zeile 15, Spalte 13 · Eintrag · networks[1].id',
      'Zeile 16, Spalte 5 · Eintrag · networks[2].name',
      'Zeile 17, Spalte 64 · Feld · networks[3].updated',
      '2 Netzwerke gelesen, 2 übersprungen, 5 Hinweise',
    ],
  );
  // Each heading is followed by the validator's German sentence, which names the same path.
  const sentences = blocks.filter((l) => l.startsWith('  '));
  assert.equal(sentences.length, 5);
  assert.match(sentences[0], /networks\[0\]\.contact\.url/);
  assert.match(sentences[3], /networks\[2\]\.name/);
});

test('the line and column point at the offending text in the file', async () => {
  const lines = readFileSync(fixture('feed-problems.json'), 'utf8').split('\n');
  const at = (line, column) => lines[line - 1].slice(column - 1);
  assert.ok(at(12, 27).startsWith('"ftp://akim.example/"'));
  assert.ok(at(13, 37).startsWith('"sport"'));
  assert.ok(at(15, 13).startsWith('"akim"'));
  assert.ok(at(16, 5).startsWith('{ "id": "ohne-name" }'), 'a missing field points at its entry');
  assert.ok(at(17, 64).startsWith('"2026-02-30"'));
});

test('--json: a machine-readable report with path, level, code, params, line, column, message', async () => {
  const r = await cli(['validate', 'feed-problems.json', '--json', '--lang', 'en']);
  assert.equal(r.code, 0);
  const report = JSON.parse(r.stdout);
  assert.equal(report.usable, true);
  assert.equal(report.networks, 2);
  assert.equal(report.skipped, 2);
  assert.equal(report.summary, '2 networks read, 2 skipped, 5 notices');
  assert.equal(report.problems.length, 5);
  assert.deepEqual(report.problems[0], {
    level: 'field',
    path: 'networks[0].contact.url',
    code: 'url-not-http',
    params: { value: 'ftp://akim.example/' },
    line: 12,
    column: 27,
    message: report.problems[0].message,
  });
  assert.match(report.problems[0].message, /^The address in networks\[0\]\.contact\.url /);
  assert.deepEqual(
    report.problems.map((p) => [p.level, p.code]),
    [
      ['field', 'url-not-http'],
      ['field', 'term-unknown'],
      ['entry', 'id-duplicate'],
      ['entry', 'name-missing'],
      ['field', 'date-invalid'],
    ],
  );
});

test('a JSON syntax error: exit 1, with the line and column of the error', async () => {
  const r = await cli(['validate', 'feed-syntax-error.json']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^Zeile 7, Spalte 5 · Feed\n {2}Der Feed ist kein gültiges JSON/);
  assert.match(r.stdout, /Der Feed ist nicht verwendbar \(1 Fehler auf Feed-Ebene\)\.\n$/);
  const json = JSON.parse((await cli(['validate', 'feed-syntax-error.json', '--json'])).stdout);
  assert.equal(json.usable, false);
  assert.deepEqual([json.problems[0].code, json.problems[0].line, json.problems[0].column], ['not-json', 7, 5]);
});

test('feed-level problems: not an object, a newer version, an empty file, a file over the size limit', async (t) => {
  const notObject = await cli(['validate', 'feed-not-object.json', '--json']);
  assert.equal(notObject.code, 1);
  assert.equal(JSON.parse(notObject.stdout).problems[0].code, 'not-object');
  const newer = await cli(['validate', 'feed-version-2.json', '--lang', 'en']);
  assert.equal(newer.code, 1);
  assert.match(newer.stdout, /^line 1, column 14 · feed · version\n {2}.*\b2\b/);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'empty.json'), '');
  const empty = await cli(['validate', join(dir, 'empty.json')]);
  assert.equal(empty.code, 1);
  assert.equal(
    JSON.parse((await cli(['validate', join(dir, 'empty.json'), '--json'])).stdout).problems[0].code,
    'empty-response',
  );
  // The widget's loader refuses more than 10 MB; the command line judges a file alike.
  const big = join(dir, 'big.json');
  writeFileSync(
    big,
    JSON.stringify({ version: 1, language: 'de', title: 'x', networks: [], pad: 'x'.repeat(10 * 1024 * 1024) }),
  );
  const large = await cli(['validate', big, '--json']);
  assert.equal(large.code, 1);
  assert.equal(JSON.parse(large.stdout).problems[0].code, 'too-large');
});

test('a byte order mark does not shift columns', async () => {
  const r = await cli(['validate', 'feed-bom.json']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Zeile 5, Spalte 59 · Feld · networks\[0\]\.founded\n/);
});

test('language: --lang, else LC_ALL over LANG, else German', async () => {
  const file = 'feed-bom.json';
  assert.match(
    (await cli(['validate', file], { env: { LANG: 'en_GB.UTF-8' } })).stdout,
    /1 network read, 0 skipped, 1 notice/,
  );
  assert.match(
    (await cli(['validate', file], { env: { LANG: 'en_GB.UTF-8', LC_ALL: 'de_DE.UTF-8' } })).stdout,
    /1 Netzwerk gelesen/,
  );
  assert.match((await cli(['validate', file], { env: { LANG: 'fr_FR.UTF-8' } })).stdout, /1 Netzwerk gelesen/);
  assert.match(
    (await cli(['validate', file, '--lang', 'en'], { env: { LANG: 'de_DE.UTF-8' } })).stdout,
    /line 5, column 59 · field/,
  );
});

test('usage errors exit 2 with a hint on standard error', async () => {
  const cases = [
    [[], /Bitte einen Befehl angeben/],
    [['check', 'x.json'], /Unbekannter Befehl „check“/],
    [['validate'], /Bei „validate“ fehlt die Datei/],
    [['validate', 'a.json', 'b.json'], /genau eine Datei/],
    [['validate', 'feed-bom.json', '--bogus'], /Falscher Aufruf: .*--bogus/],
    [['validate', 'feed-bom.json', '-o', 'x.csv'], /Falscher Aufruf: --output \(validate\)/],
    [['validate', 'feed-bom.json', '--lang', 'fr'], /--lang „fr“ gibt es nicht/],
    [['validate', 'does-not-exist.json'], /Die Datei does-not-exist\.json kann nicht gelesen werden \(ENOENT\)/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /Hilfe: network-directory --help\n$/);
  }
});

test('--help prints the usage and exits 0', async () => {
  const r = await cli(['--help', '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /network-directory validate <feed\.json \| https:\/\/…>/);
  assert.match(r.stdout, /Exit status: 0 feed usable, 1 not usable, 2 wrong usage\./);
});

test('a URL is loaded with the widget loader: problems with lines, a 404, a web page', async (t) => {
  const problems = readFileSync(fixture('feed-problems.json'));
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(problems);
    } else if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Start</p>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;

  const ok = await cli(['validate', `${base}/feed.json`, '--json']);
  assert.equal(ok.code, 0, ok.stderr);
  const report = JSON.parse(ok.stdout);
  assert.equal(report.source, `${base}/feed.json`);
  assert.deepEqual(
    report.problems.map((p) => [p.path, p.line, p.column]),
    [
      ['networks[0].contact.url', 12, 27],
      ['networks[0].facets.topic[1]', 13, 37],
      ['networks[1].id', 15, 13],
      ['networks[2].name', 16, 5],
      ['networks[3].updated', 17, 64],
    ],
  );

  const missing = await cli(['validate', `${base}/nope.json`]);
  assert.equal(missing.code, 1);
  // The sentence is the validator's (src/feed); the command line adds level and summary.
  assert.match(missing.stdout, /^Feed\n {2}[^\n]*404[^\n]*\nDer Feed ist nicht verwendbar/);

  const page = await cli(['validate', `${base}/page`, '--json']);
  assert.equal(page.code, 1);
  assert.equal(JSON.parse(page.stdout).problems[0].code, 'not-json-content');
});

test('a URL nobody answers is a feed-level network error, not a crash', async () => {
  // Port 9 (discard) on the loopback address is closed on test machines: the connection is refused at once.
  const r = await cli(['validate', 'http://127.0.0.1:9/feed.json', '--json']);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).problems[0].code, 'network-error');
});

// Feeds saved as "ANSI" (Windows-1252) or "Unicode" (UTF-16): read right, and said so.
// The same decoder as the widget's (src/feed/decode.ts); bytes in test/fixtures/encodings.
const encodings = join(root, 'test/fixtures/encodings');
const WINDOWS_1252_NOTE_DE =
  'Die Feed-Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (Westeuropäisch, „ANSI“) gelesen. Prüfen Sie Umlaute und Sonderzeichen und speichern Sie die Datei als UTF-8 (im Editor: „Speichern unter“, Codierung UTF-8).';

test('a feed saved as Windows-1252 ("ANSI"): exit 0, the entries read right, one note that says what to do', async () => {
  const r = await cli(['validate', join(encodings, 'feed-windows-1252.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    `Zeile 1, Spalte 1 · Feld\n  ${WINDOWS_1252_NOTE_DE}\n2 Netzwerke gelesen, 0 übersprungen, 1 Hinweis\n`,
  );

  const json = JSON.parse(
    (await cli(['validate', join(encodings, 'feed-windows-1252.json'), '--json', '--lang', 'en'])).stdout,
  );
  assert.equal(json.usable, true);
  assert.deepEqual(
    json.problems.map((p) => [p.level, p.path, p.code]),
    [['field', '', 'encoding-not-utf-8']],
  );
  assert.match(json.problems[0].message, /not saved as UTF-8 and was read as Windows-1252/);
});

test('UTF-16 files are read and noted; a UTF-8 byte order mark is not', async () => {
  for (const file of ['feed-utf-16le-bom.json', 'feed-utf-16be-bom.json']) {
    const r = await cli(['validate', join(encodings, file), '--json']);
    assert.equal(r.code, 0, `${file}: ${r.stderr}`);
    assert.deepEqual(
      JSON.parse(r.stdout).problems.map((p) => p.code),
      ['encoding-not-utf-8'],
      file,
    );
  }
  for (const file of ['feed-utf-8.json', 'feed-utf-8-bom.json']) {
    const r = await cli(['validate', join(encodings, file)]);
    assert.equal(r.stdout, '2 Netzwerke gelesen, 0 übersprungen, 0 Hinweise\n', file);
  }
});

test('a Windows-1252 feed with a JSON error: both, in the order of their lines (the note is at line 1); exit 1', async () => {
  const r = await cli(['validate', join(encodings, 'feed-windows-1252-broken.json'), '--json']);
  assert.equal(r.code, 1);
  assert.deepEqual(
    JSON.parse(r.stdout).problems.map((p) => [p.code, p.line]),
    [
      ['encoding-not-utf-8', 1],
      ['not-json', 3],
    ],
  );
});

test("a URL whose feed is Windows-1252 gets the same note (the widget's loader)", async (t) => {
  const bytes = readFileSync(join(encodings, 'feed-windows-1252.json'));
  const server = createServer((req, res) => {
    // split inside a line, as a network would; no charset (FEED.md asks for none)
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(bytes.subarray(0, 50));
    res.end(bytes.subarray(50));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const r = await cli(['validate', `http://127.0.0.1:${server.address().port}/feed.json`]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    `Zeile 1, Spalte 1 · Feld\n  ${WINDOWS_1252_NOTE_DE}\n2 Netzwerke gelesen, 0 übersprungen, 1 Hinweis\n`,
  );
});
