// export → import gives the feed back: no field, language, link or filter term is
// lost. And the shipped template is exactly what `export` makes of the demo feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { cli, fixture, loadValidator, root, tempDir } from './cli-helpers.mjs';

const { validateFeed } = await loadValidator();
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** export `feed` to `dir/feed.csv` (+ head), import it back; returns the imported raw feed. */
async function roundTrip(t, feedFile, exportArgs = [], edit) {
  const dir = tempDir(t);
  const csv = join(dir, 'feed.csv');
  const out = await cli(['export', feedFile, '-o', csv, ...exportArgs]);
  assert.equal(out.code, 0, out.stdout + out.stderr);
  if (edit) edit(csv);
  const back = await cli(['import', csv, '-o', join(dir, 'back.json')]);
  assert.equal(back.code, 0, back.stdout + back.stderr);
  assert.match(back.stdout, /0 übersprungen, 0 Hinweise/);
  return readJson(join(dir, 'back.json'));
}

test('the demo feed comes back identical, raw and normalized', async (t) => {
  const file = join(root, 'demo/feed.json');
  const original = readJson(file);
  const back = await roundTrip(t, file);
  assert.deepEqual(back, original);
  assert.deepEqual(validateFeed(back), validateFeed(original));
  assert.deepEqual(validateFeed(back).problems, []);
});

test('a feed with every field: plain texts, three languages, three links, all contact fields — normalized identical', async (t) => {
  const file = fixture('feed-full.json');
  const original = validateFeed(readJson(file));
  assert.deepEqual(original.problems, []);
  const back = await roundTrip(t, file, ['--separator', ',']);
  assert.deepEqual(validateFeed(back), original);
  // The head keeps what the table cannot: extra fields and plain-string texts, verbatim.
  assert.deepEqual(back['x-internal'], { owner: 'Amt 12' });
  assert.equal(back.title, 'Netzwerke mit allen Feldern');
  const alles = original.feed.networks[0];
  for (const key of [
    'name',
    'summary',
    'description',
    'facets',
    'founded',
    'meetings',
    'coordinator',
    'members',
    'area',
    'contact',
    'links',
    'note',
    'updated',
    'shortName',
  ]) {
    assert.ok(alles[key] !== undefined && alles[key] !== null, `the fixture exercises ${key}`);
  }
});

test('a table re-saved by another program (`,`, LF, no BOM, every cell quoted) still comes back identical', async (t) => {
  const file = fixture('feed-full.json');
  const original = validateFeed(readJson(file));
  const back = await roundTrip(t, file, [], (csv) => {
    const rows = parse(readFileSync(csv, 'utf8'), { bom: true, delimiter: ';' });
    writeFileSync(csv, stringify(rows, { delimiter: ',', record_delimiter: 'unix', quoted: true }));
  });
  assert.deepEqual(validateFeed(back), original);
});

test('an edit in the spreadsheet arrives in the feed', async (t) => {
  const file = join(root, 'demo/feed.json');
  const back = await roundTrip(t, file, [], (csv) => {
    const rows = parse(readFileSync(csv, 'utf8'), { bom: true, delimiter: ';' });
    const col = (name) => rows[0].indexOf(name);
    rows[1][col('contact.phone')] = '+49 911 231-0';
    rows[2][col('name.en')] = 'Renamed';
    writeFileSync(csv, stringify(rows, { delimiter: ';', record_delimiter: 'windows', bom: true }));
  });
  assert.equal(back.networks[0].contact.phone, '+49 911 231-0');
  assert.equal(back.networks[1].name.en, 'Renamed');
});

test('the shipped template equals a fresh export of the demo feed', async (t) => {
  const dir = tempDir(t);
  const r = await cli(['export', join(root, 'demo/feed.json'), '-o', join(dir, 'networks-template.csv')]);
  assert.equal(r.code, 0, r.stderr);
  const hint = 'regenerate: node bin/network-directory.js export demo/feed.json -o templates/networks-template.csv';
  for (const name of ['networks-template.csv', 'networks-template.head.json']) {
    assert.ok(
      readFileSync(join(dir, name)).equals(readFileSync(join(root, 'templates', name))),
      `${name} is stale; ${hint}`,
    );
  }
});

test('the template imports as it is', async (t) => {
  const out = join(tempDir(t), 'feed.json');
  const r = await cli(['import', join(root, 'templates/networks-template.csv'), '-o', out]);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(readJson(out), readJson(join(root, 'demo/feed.json')));
});
