// A feed whose facet, term and entry are named `constructor` (and with `toString`,
// `__proto__` and `hasOwnProperty` as keys) goes through `export` and `import` whole:
// nothing is inherited from Object.prototype on the way, nothing crashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, loadValidator, root, tempDir } from './cli-helpers.mjs';

const { validateFeed } = await loadValidator();
const file = join(root, 'test/hostile/feeds/prototype-names.json');

test('export and import round-trip a feed with prototype-named ids', async (t) => {
  const dir = tempDir(t);
  const csv = join(dir, 'feed.csv');
  const out = await cli(['export', file, '-o', csv]);
  assert.equal(out.code, 0, out.stdout + out.stderr);
  const header = readFileSync(csv, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
  assert.match(header, /facets\.constructor/);

  const back = await cli(['import', csv, '-o', join(dir, 'back.json')]);
  assert.equal(back.code, 0, back.stdout + back.stderr);
  const raw = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'));
  const original = validateFeed(JSON.parse(readFileSync(file, 'utf8')));
  const again = validateFeed(raw);
  assert.deepEqual(again.problems, []);
  assert.deepEqual(again.feed, original.feed);
  assert.deepEqual(
    again.feed.networks.map((n) => [n.id, Object.keys(n.facets)]),
    [
      ['constructor', ['constructor', 'scope']],
      ['plain', ['scope']],
      ['other', ['constructor']],
    ],
  );
});
