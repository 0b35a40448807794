// The JSON Schema and validateFeed describe the same raw feed format.
// A Node test because ajv is CommonJS and does not load in the browser test runner.
// Run: node --test test/node/schema-agrees-with-validator.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTypeScript } from './load-typescript.mjs';
import Ajv2020 from 'ajv/dist/2020.js';

const src = await importTypeScript('src/feed/validate.ts', 'test/feed/fixtures.ts');
const schema = JSON.parse(readFileSync(new URL('../../schema/network-feed.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateSchema = ajv.compile(schema);
/** As editors' tools see it: a JSON text, without `undefined` members. */
const json = (v) => JSON.parse(JSON.stringify(v));

test('the schema compiles in ajv strict mode', () => {
  assert.equal(typeof validateSchema, 'function');
});

test('valid demo-like feeds pass the schema and give no problems', () => {
  const feeds = {
    full: src.fullFeed(),
    minimal: src.minimalFeed(),
    minorVersion: { ...src.minimalFeed(), version: 1.4, future: { field: true } },
    singleTerm: src.feedWithNetwork({ facets: { scope: 'local', topic: [] } }),
    urlLicense: { ...src.minimalFeed(), license: 'https://creativecommons.org/licenses/by/4.0/' },
    regionalTags: { ...src.minimalFeed(), language: 'de-AT', title: { 'de-AT': 'Netzwerke', en: 'Networks' } },
  };
  for (const [name, feed] of Object.entries(feeds)) {
    const raw = json(feed);
    assert.ok(validateSchema(raw), `${name}: ${JSON.stringify(validateSchema.errors)}`);
    assert.deepEqual(src.validateFeed(raw).problems, [], name);
  }
});

test('invalid feeds are rejected by both, except where JSON Schema cannot say it', () => {
  for (const c of src.badCases()) {
    const raw = json(c.feed);
    const codes = src.validateFeed(raw).problems.map((p) => p.code);
    assert.ok(codes.includes(c.code), `${c.name}: validator said ${codes.join(', ') || 'nothing'}, expected ${c.code}`);
    if (c.schema === false) {
      assert.ok(validateSchema(raw), `${c.name}: schema should accept (rule beyond JSON Schema)`);
    } else {
      assert.equal(validateSchema(raw), false, `${c.name}: schema should reject`);
    }
  }
});

test('every property in the schema has a title and a description', () => {
  const missing = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (!value.title || !value.description) missing.push(`${path}.${key}`);
      walk(value, `${path}.${key}`);
    }
    for (const [key, value] of Object.entries(node.$defs ?? {})) walk(value, `$defs.${key}`);
    if (node.items) walk(node.items, `${path}[]`);
  };
  walk(schema, '');
  assert.deepEqual(missing, []);
});
