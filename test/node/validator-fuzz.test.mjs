// Property-based fuzzing of the one validator (src/feed/validate.ts) with fast-check.
// For any JSON value, and for valid feeds mutated field by field, validateFeed
//   - returns and never throws, and never changes its input;
//   - keeps only valid entries: re-validating its normalized feed gives no problems,
//     ids are unique and match the pattern, URLs are absolute http(s), dates are real
//     dates, facet references are declared;
//   - reports every problem with a level, a code and a path.
// Fixed seed, so a failure reproduces; override with FUZZ_SEED=… and FUZZ_RUNS=….
// Run: node --test test/node/validator-fuzz.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTypeScript } from './load-typescript.mjs';
import fc from 'fast-check';

const SEED = Number(process.env.FUZZ_SEED ?? 20261120);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const { validateFeed, parseFeedText, fullFeed } = await importTypeScript(
  'src/feed/validate.ts',
  'test/feed/fixtures.ts',
);

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LEVELS = new Set(['feed', 'entry', 'field']);
let totalRuns = 0;

function run(name, arbitrary, predicate, runs = RUNS) {
  fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns: runs, endOnFailure: true });
  totalRuns += runs;
  console.log(`# ${name}: ${runs} runs, seed ${SEED}`);
}

// ---------------------------------------------------------------- checks

const isHttp = (s) => {
  try {
    const { protocol } = new URL(s);
    return (protocol === 'http:' || protocol === 'https:') && /^https?:[/\\]{2}/i.test(s);
  } catch {
    return false;
  }
};

function isRealDate(s, dayOnly) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m || (dayOnly && m[3] === undefined)) return false;
  const [y, mo = 1, d = 1] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3])];
  const date = new Date(Date.UTC(y, (mo || 1) - 1, d || 1));
  return date.getUTCMonth() === (mo || 1) - 1 && date.getUTCDate() === (d || 1);
}

function checkText(t, where) {
  if (t === undefined) return;
  assert.equal(typeof t, 'object', where);
  const keys = Object.keys(t);
  assert.ok(keys.length > 0, `${where}: an empty text was kept`);
  for (const k of keys) {
    assert.match(k, /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, `${where}: language ${k}`);
    assert.equal(typeof t[k], 'string', where);
    assert.equal(t[k], t[k].trim(), `${where}: not trimmed`);
    assert.notEqual(t[k], '', where);
  }
}

/** Every invariant the rest of the widget relies on. */
function checkNormalized(feed) {
  const terms = new Map(feed.facets.map((f) => [f.id, new Set(f.terms.map((t) => t.id))]));
  assert.equal(terms.size, feed.facets.length, 'facet ids unique');
  for (const f of feed.facets) {
    assert.match(f.id, ID);
    checkText(f.label, `facet ${f.id}`);
    assert.equal(terms.get(f.id).size, f.terms.length, 'term ids unique');
  }
  for (const u of [feed.publisher?.url]) if (u !== undefined) assert.ok(isHttp(u), `publisher url ${u}`);
  if (feed.updated !== undefined) assert.ok(isRealDate(feed.updated, true), feed.updated);
  const ids = new Set();
  for (const n of feed.networks) {
    assert.match(n.id, ID);
    assert.ok(!ids.has(n.id), `duplicate id ${n.id}`);
    ids.add(n.id);
    checkText(n.name, `${n.id}.name`);
    assert.ok(n.name, 'every entry has a name');
    for (const k of ['summary', 'description', 'meetings', 'members', 'area', 'note']) checkText(n[k], `${n.id}.${k}`);
    for (const [facet, list] of Object.entries(n.facets)) {
      assert.ok(terms.has(facet), `unknown facet ${facet}`);
      for (const t of list) assert.ok(terms.get(facet).has(t), `unknown term ${facet}/${t}`);
      assert.equal(new Set(list).size, list.length, 'terms once');
    }
    const urls = [n.coordinator?.url, n.contact?.url, ...n.links.map((l) => l.url)].filter((u) => u !== undefined);
    for (const u of urls) assert.ok(isHttp(u), `url ${u}`);
    for (const l of n.links) checkText(l.label, `${n.id} link label`);
    if (n.founded !== undefined) assert.ok(isRealDate(n.founded, false), n.founded);
    if (n.updated !== undefined) assert.ok(isRealDate(n.updated, true), n.updated);
    if (n.contact?.email !== undefined) assert.doesNotMatch(n.contact.email, /[\s?<>"]/);
  }
}

/** Validates `raw`, checks the result, then feeds the normalized feed back in: it must pass clean. */
function validatesSafely(raw) {
  const before = structuredClone(raw);
  const result = validateFeed(raw);
  assert.deepEqual(raw, before, 'validateFeed changed its input');
  for (const p of result.problems) {
    assert.ok(LEVELS.has(p.level), p.level);
    assert.equal(typeof p.code, 'string');
    assert.equal(typeof p.path, 'string');
    assert.equal(typeof p.params, 'object');
  }
  if (result.feed === null) {
    assert.ok(
      result.problems.some((p) => p.level === 'feed'),
      'no feed, but no feed-level problem',
    );
    return true;
  }
  assert.ok(!result.problems.some((p) => p.level === 'feed'), 'a feed-level problem, but a feed');
  checkNormalized(result.feed);
  const again = validateFeed(JSON.parse(JSON.stringify(result.feed)));
  const expected = result.feed.title ? [] : ['title-missing'];
  assert.deepEqual(
    again.problems.map((p) => p.code),
    expected,
    'the normalized feed re-validates clean',
  );
  assert.deepEqual(
    again.feed.networks.map((n) => n.id),
    result.feed.networks.map((n) => n.id),
  );
  return true;
}

// ---------------------------------------------------------------- arbitraries

const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'javascript:alert(1)',
    'JAVASCRIPT:x',
    'data:text/html,<b>',
    'vbscript:x',
    '//evil.example',
    '/relative',
    'http:relative',
    'https:/x',
    'http://',
    'https://example.org/ok',
    'http://[::1]/',
    'https://xn--bcher-kva.example/',
    'https://bücher.example',
    'mailto:a@b.org',
    '2024-02-29',
    '2023-02-29',
    '2023',
    '2023-13',
    '0000-00-00',
    '\u200b',
    '\u202e',
    '\ud800',
    'a@b.org',
    'a@b.org?cc=c%40d.org',
    '+49 911 1',
    'de',
    'en',
    'de-AT',
    'DE',
    'x-klingon',
    'scope',
    'local',
    'national',
    'akim',
    'eu-net-2',
    '7',
    '<script>x</script>',
  ),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
/** A value of any shape for a field: JSON of every type, nasty strings, and nested nonsense. */
const fieldValue = fc.oneof(
  nastyString,
  anyJson,
  fc.constant(undefined),
  fc.dictionary(nastyString, anyJson, { maxKeys: 4 }),
);

const FEED_FIELDS = [
  'version',
  'language',
  'title',
  'description',
  'publisher',
  'updated',
  'license',
  'facets',
  'networks',
];
const NETWORK_FIELDS = [
  'id',
  'name',
  'shortName',
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
  '__proto__',
  'constructor',
];
const NESTED = {
  contact: ['name', 'email', 'phone', 'url', 'address', '__proto__'],
  coordinator: ['name', 'url'],
  publisher: ['name', 'url', 'email'],
};

/** Writes `value` at key `key` as JSON.parse would (an own property, even for __proto__). */
function setOwn(o, key, value) {
  if (value === undefined) delete o[key];
  else Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** One mutation of a valid feed: which part, which key, what value. */
const mutation = fc.record({
  where: fc.constantFrom('feed', 'network', 'nested', 'link', 'membership', 'facet', 'term', 'text'),
  index: fc.nat(10),
  key: fc.oneof(
    fc.constantFrom(...FEED_FIELDS, ...NETWORK_FIELDS, 'label', 'terms', 'scope', 'topic', 'de', 'en'),
    nastyString,
  ),
  value: fieldValue,
});

function applyMutation(feed, m) {
  const networks = Array.isArray(feed.networks) ? feed.networks : [];
  const net = networks.length ? networks[m.index % networks.length] : undefined;
  const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  switch (m.where) {
    case 'feed':
      setOwn(feed, FEED_FIELDS.includes(m.key) ? m.key : FEED_FIELDS[m.index % FEED_FIELDS.length], m.value);
      break;
    case 'network':
      if (isObj(net))
        setOwn(net, NETWORK_FIELDS.includes(m.key) ? m.key : NETWORK_FIELDS[m.index % NETWORK_FIELDS.length], m.value);
      else if (networks.length) networks[m.index % networks.length] = m.value ?? null;
      break;
    case 'nested': {
      const group = Object.keys(NESTED)[m.index % 3];
      const target = group === 'publisher' ? feed : net;
      if (!isObj(target)) break;
      if (!isObj(target[group])) target[group] = {};
      setOwn(target[group], NESTED[group][m.index % NESTED[group].length], m.value);
      break;
    }
    case 'link':
      if (isObj(net)) {
        if (!Array.isArray(net.links)) net.links = [];
        net.links.push(isObj(m.value) ? m.value : { label: 'L', url: m.value });
      }
      break;
    case 'membership':
      if (isObj(net)) {
        if (!isObj(net.facets)) net.facets = {};
        setOwn(net.facets, m.key, m.value);
      }
      break;
    case 'facet':
      if (Array.isArray(feed.facets))
        feed.facets.push(isObj(m.value) ? m.value : { id: m.value, label: 'F', terms: [] });
      break;
    case 'term':
      if (Array.isArray(feed.facets) && isObj(feed.facets[0]) && Array.isArray(feed.facets[0].terms)) {
        feed.facets[0].terms.push({ id: m.value, label: m.key });
      }
      break;
    case 'text':
      if (isObj(net)) {
        const field = ['name', 'summary', 'description', 'meetings', 'note'][m.index % 5];
        if (!isObj(net[field])) net[field] = {};
        setOwn(net[field], m.key, m.value);
      }
      break;
  }
}

/** A valid feed with several networks (copies and new ids), then 1–8 mutations. */
const mutatedFeed = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.nat(3))
  .map(([mutations, copies]) => {
    const feed = fullFeed();
    for (let i = 0; i < copies; i++) feed.networks.push({ ...structuredClone(feed.networks[i % 3]), id: `copy-${i}` });
    for (const m of mutations) applyMutation(feed, m);
    return JSON.parse(JSON.stringify(feed)); // what a fetched feed is: plain JSON data
  });

// ---------------------------------------------------------------- properties

test('any JSON value: validateFeed returns, never throws, never mutates, keeps only valid entries', () => {
  run('any JSON value', fc.jsonValue(), validatesSafely);
});

test('any JSON object with feed-like keys: same', () => {
  const feedLike = fc.record(
    Object.fromEntries(
      FEED_FIELDS.map((k) => [
        k,
        k === 'networks'
          ? fc.array(fc.dictionary(fc.constantFrom(...NETWORK_FIELDS), fieldValue, { maxKeys: 6 }), { maxLength: 4 })
          : fieldValue,
      ]),
    ),
    { requiredKeys: [] },
  );
  run(
    'feed-like objects',
    feedLike.map((f) => JSON.parse(JSON.stringify({ version: 1, networks: [], ...f }))),
    validatesSafely,
  );
});

test('valid feeds with fields mutated (wrong types, random strings in URL, date and id fields, __proto__ keys): same', () => {
  run('mutated valid feeds', mutatedFeed, validatesSafely);
});

test('the same feeds as text, through parseFeedText: same, and a BOM changes nothing', () => {
  run(
    'mutated feeds as text',
    mutatedFeed,
    (raw) => {
      const text = JSON.stringify(raw);
      const plain = parseFeedText(text);
      const withBom = parseFeedText('\uFEFF' + text);
      assert.deepEqual(withBom, plain);
      return validatesSafely(raw);
    },
    Math.ceil(RUNS / 3),
  );
});

test('any text: parseFeedText returns and never throws', () => {
  run(
    'any text',
    fc.oneof(
      fc.string(),
      fc.json().map((j) => j.slice(0, Math.max(0, j.length - 3))),
    ),
    (text) => {
      const result = parseFeedText(text);
      assert.ok(result.feed !== null || result.problems.length > 0);
      return true;
    },
  );
});

test('valid feeds are never harmed: no problems, every entry kept', () => {
  const withEntries = fc.array(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      name: fc.string({ minLength: 1 }).filter((s) => /[A-Za-z0-9]/.test(s)),
      url: fc.webUrl({ validSchemes: ['https', 'http'] }),
    }),
    { maxLength: 6 },
  );
  run('valid feeds', withEntries, (entries) => {
    const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
    const feed = {
      version: 1,
      language: 'de',
      title: 'T',
      networks: unique.map((e) => ({ id: e.id, name: e.name, contact: { url: e.url } })),
    };
    const result = validateFeed(feed);
    assert.deepEqual(result.problems, [], JSON.stringify(feed));
    assert.equal(result.feed.networks.length, unique.length);
    return true;
  });
});

// ---------------------------------------------------------------- cases fuzzing found or FEED.md names

test('known hostile values: scheme-only "URLs" are relative, mailto headers are refused', () => {
  const feed = {
    version: 1,
    language: 'de',
    title: 'T',
    networks: [
      { id: 'a', name: 'A', contact: { url: 'http:relative', email: 'a@example.org?cc=b%40evil.example' } },
      {
        id: 'b',
        name: 'B',
        links: [
          { label: 'L', url: 'https:/one-slash' },
          { label: 'M', url: 'https:\\\\example.org/' },
        ],
      },
    ],
  };
  const { feed: out, problems } = validateFeed(feed);
  assert.deepEqual(
    problems.map((p) => `${p.code} ${p.path}`).sort(),
    [
      'url-invalid networks[0].contact.url',
      'email-invalid networks[0].contact.email',
      'url-invalid networks[1].links[0].url',
    ].sort(),
  );
  assert.deepEqual(
    out.networks.map((n) => n.id),
    ['a', 'b'],
  );
  assert.deepEqual(
    out.networks[1].links.map((l) => l.url),
    ['https:\\\\example.org/'],
  );
});

test('names of only invisible characters are no names; visible text around them stays', () => {
  const { feed, problems } = validateFeed({
    version: 1,
    language: 'de',
    title: 'T',
    networks: [
      { id: 'c', name: '\u200b\u200d\u2060' },
      { id: 'd', name: { de: '\u200e\u200f', en: 'Dee' }, shortName: '\u3164' },
      { id: 'e', name: '\u200bZero\u200dWidth' },
    ],
  });
  assert.deepEqual(problems.map((p) => `${p.code} ${p.path}`).sort(), [
    'name-missing networks[0].name',
    'text-empty networks[1].name.de',
    'text-empty networks[1].shortName',
  ]);
  assert.deepEqual(
    feed.networks.map((n) => n.id),
    ['d', 'e'],
  );
  assert.equal(feed.networks[1].name.de, '\u200bZero\u200dWidth');
});

test('fuzz run count', () => {
  console.log(`# validator fuzz: ${totalRuns} runs in all, seed ${SEED}`);
  assert.ok(totalRuns >= 5 * RUNS);
});
