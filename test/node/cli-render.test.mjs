// `network-directory render`: the feed as static pages (de, en) with JSON-LD and as
// paste-safe fragments, with validate's problems and exit codes. Real files: the demo
// feed, the CLI's problem feed and every feed of the hostile corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { cli, fixture, root, tempDir } from './cli-helpers.mjs';

const demo = join(root, 'demo/feed.json');
const hostileDir = join(root, 'test/hostile/feeds');
const FILES = ['de/index.html', 'en/index.html', 'fragment.de.html', 'fragment.en.html', 'network-directory.css'];

/** Every element below `node`, depth first (htmlparser2's DOM: type 'tag' | 'script' | 'style'). */
function* elements(node) {
  for (const child of node.children ?? []) {
    if (child.type === 'tag' || child.type === 'script' || child.type === 'style') yield child;
    yield* elements(child);
  }
}
function* comments(node) {
  for (const child of node.children ?? []) {
    if (child.type === 'comment') yield child;
    yield* comments(child);
  }
}
const textOf = (node) => (node.type === 'text' ? node.data : (node.children ?? []).map(textOf).join(''));
const parse = (html) => parseDocument(html, { decodeEntities: true });
const read = (dir, name) => readFileSync(join(dir, name), 'utf8');

async function render(t, source, extra = []) {
  const out = tempDir(t);
  const r = await cli(['render', source, '--out', out, ...extra]);
  return { ...r, out };
}

// ---- the demo feed -------------------------------------------------------------------

test('the demo feed: exit 0, validate’s summary, and the five files named as written', async (t) => {
  const { code, stdout, stderr, out } = await render(t, demo);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], '6 Netzwerke gelesen, 0 übersprungen, 0 Hinweise');
  assert.deepEqual(
    lines
      .slice(1)
      .map((l) => l.replace(out + sep, ''))
      .sort(),
    FILES.map((f) => `Geschrieben: ${f}`).sort(),
  );
  for (const f of FILES) assert.ok(statSync(join(out, f)).size > 0, f);
});

test('each page: <html lang>, hreflang links to both languages, the feed’s title, every entry with an #id anchor, footer', async (t) => {
  const { out } = await render(t, demo);
  const feed = JSON.parse(readFileSync(demo, 'utf8'));
  assert.ok(feed.networks.length > 0);
  for (const [locale, other] of [
    ['de', 'en'],
    ['en', 'de'],
  ]) {
    const doc = parse(read(out, `${locale}/index.html`));
    const all = [...elements(doc)];
    assert.equal(all.find((e) => e.name === 'html').attribs.lang, locale);
    const alternates = all.filter((e) => e.name === 'link' && e.attribs.rel === 'alternate');
    assert.deepEqual(
      alternates.map((e) => [e.attribs.hreflang, e.attribs.href]).sort(),
      [
        [locale, `../${locale}/index.html`],
        [other, `../${other}/index.html`],
      ].sort(),
    );
    assert.equal(textOf(all.find((e) => e.name === 'title')), feed.title[locale]);
    assert.equal(textOf(all.find((e) => e.name === 'h1')), feed.title[locale]);
    // Every entry is an <article id=<entry id>> with its name as heading and its details (no toggle).
    const articles = all.filter((e) => e.name === 'article');
    assert.deepEqual(
      articles.map((a) => a.attribs.id),
      feed.networks.map((n) => n.id),
    );
    for (const [i, a] of articles.entries()) {
      const inner = [...elements(a)];
      const heading = inner.find((e) => e.name === 'h2');
      assert.equal(
        textOf([...elements(heading)].find((e) => e.attribs.class === 'name')),
        feed.networks[i].name[locale],
      );
      assert.ok(
        inner.some((e) => e.attribs.class === 'details'),
        'details rendered',
      );
      assert.ok(!inner.some((e) => e.name === 'button'), 'no toggle button without script');
    }
    const footer = textOf(all.find((e) => e.name === 'footer'));
    assert.match(footer, new RegExp(feed.publisher.name[locale]));
    assert.match(footer, locale === 'de' ? /Stand: 20\. November 2026/ : /Last checked: November 20, 2026/);
    // The UI words are in the page's language (msg() under inLocale in Node).
    assert.match(textOf(doc), locale === 'de' ? /Mitglieder/ : /Members/);
    assert.doesNotMatch(textOf(doc), locale === 'de' ? /Members/ : /Mitglieder/);
  }
});

test('no request leaves the folder: every loaded address is relative and inside --out', async (t) => {
  const { out } = await render(t, demo);
  for (const name of ['de/index.html', 'en/index.html']) {
    const loaded = [...elements(parse(read(out, name)))].flatMap((e) => {
      if (e.name === 'link') return [e.attribs.href];
      return ['src', 'srcset', 'poster', 'data'].filter((a) => a in e.attribs).map((a) => e.attribs[a]);
    });
    assert.ok(loaded.length >= 3, 'the stylesheet and both alternates');
    for (const href of loaded) {
      assert.doesNotMatch(href, /^[a-z][a-z0-9+.-]*:|^\/\//i, `${name}: ${href} is not relative`);
      const target = resolve(out, name, '..', href);
      assert.ok(target.startsWith(out + sep) && existsSync(target), `${name}: ${href} resolves inside the folder`);
    }
    // The only script is the JSON-LD data block: no code.
    const scripts = [...elements(parse(read(out, name)))].filter((e) => e.name === 'script');
    assert.deepEqual(
      scripts.map((s) => s.attribs.type),
      ['application/ld+json'],
    );
  }
});

test('the print style: entries unbroken and link addresses printed', async (t) => {
  const { out } = await render(t, demo);
  const css = read(out, 'network-directory.css');
  const print = css.slice(css.indexOf('@media print'));
  assert.match(print, /break-inside: avoid/);
  assert.match(print, /content: ' \(' attr\(href\) '\)'/);
});

// ---- JSON-LD ---------------------------------------------------------------------------

/**
 * The schema.org properties each type used here may carry (schema.org, version 29:
 * the type's own properties and those it inherits; only those we might emit). A
 * property outside its type's list is one a search engine would ignore or flag.
 */
const THING = ['@id', '@type', 'name', 'description', 'url', 'alternateName', 'sameAs', 'identifier'];
const ORGANIZATION = [
  ...THING,
  'foundingDate',
  'areaServed',
  'address',
  'contactPoint',
  'email',
  'telephone',
  'keywords',
  'memberOf',
  'member',
];
const SCHEMA = {
  CollectionPage: [...THING, '@context', 'inLanguage', 'dateModified', 'license', 'publisher', 'mainEntity'],
  ItemList: [...THING, 'numberOfItems', 'itemListOrder', 'itemListElement'],
  ListItem: [...THING, 'position', 'item'],
  // Consortium, GovernmentOrganization and NGO are subtypes of Organization.
  Organization: ORGANIZATION,
  Consortium: ORGANIZATION,
  GovernmentOrganization: ORGANIZATION,
  NGO: ORGANIZATION,
  ContactPoint: [...THING, 'email', 'telephone', 'contactType'],
};
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkTypes(node, path = '$') {
  if (Array.isArray(node)) return node.forEach((n, i) => checkTypes(n, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return;
  const allowed = SCHEMA[node['@type']];
  assert.ok(allowed, `${path}: @type ${node['@type']} is one of the schema.org types we use`);
  for (const key of Object.keys(node))
    assert.ok(allowed.includes(key), `${path}.${key} is a property of ${node['@type']}`);
  for (const [key, value] of Object.entries(node)) if (typeof value === 'object') checkTypes(value, `${path}.${key}`);
}

function jsonLdOf(html) {
  const blocks = [...elements(parse(html))].filter(
    (e) => e.name === 'script' && e.attribs.type === 'application/ld+json',
  );
  assert.equal(blocks.length, 1);
  return JSON.parse(textOf(blocks[0]));
}

test('JSON-LD: a CollectionPage with an ItemList of organisations, every property one schema.org defines', async (t) => {
  const { out } = await render(t, demo);
  const feed = JSON.parse(readFileSync(demo, 'utf8'));
  for (const locale of ['de', 'en']) {
    const ld = jsonLdOf(read(out, `${locale}/index.html`));
    assert.equal(ld['@context'], 'https://schema.org');
    checkTypes(ld);
    assert.equal(ld.inLanguage, locale);
    assert.equal(ld.name, feed.title[locale]);
    assert.equal(ld.dateModified, feed.updated);
    assert.equal(ld.publisher.name, feed.publisher.name[locale]);
    const list = ld.mainEntity;
    assert.equal(list['@type'], 'ItemList');
    assert.equal(list.numberOfItems, feed.networks.length);
    assert.deepEqual(
      list.itemListElement.map((e) => e.position),
      feed.networks.map((_, i) => i + 1),
    );
    for (const [i, { item }] of list.itemListElement.entries()) {
      const n = feed.networks[i];
      assert.equal(item['@id'], `#${n.id}`, 'the same anchor as the article');
      assert.equal(item.name, n.name[locale]);
      assert.equal(item.description, n.summary[locale]);
      if (n.founded) assert.equal(item.foundingDate, n.founded);
      if (item.foundingDate) assert.match(item.foundingDate, ISO_DATE);
      if (n.area) assert.equal(item.areaServed, n.area[locale]);
      if (n.contact?.url) assert.equal(item.contactPoint.url, n.contact.url);
      if (n.contact?.email) assert.equal(item.contactPoint.email, n.contact.email);
    }
    // The demo's alliances are consortia, its city bodies government organisations.
    const typeOf = (id) => list.itemListElement.find((e) => e.item['@id'] === `#${id}`).item['@type'];
    for (const n of feed.networks) {
      const kinds = n.facets?.kind ?? [];
      if (kinds.includes('alliance')) assert.equal(typeOf(n.id), 'Consortium');
      else if (kinds.includes('municipal-body')) assert.equal(typeOf(n.id), 'GovernmentOrganization');
    }
    assert.ok(
      list.itemListElement.some((e) => e.item['@type'] === 'Consortium'),
      'the demo has an alliance',
    );
  }
});

// ---- problems and exit codes ------------------------------------------------------------

test('a feed with problems: the same report as validate, skipped entries left out, the rest written', async (t) => {
  const validate = await cli(['validate', 'feed-problems.json']);
  const { code, stdout, out } = await render(t, fixture('feed-problems.json'));
  assert.equal(code, 0);
  assert.ok(stdout.startsWith(validate.stdout), 'problems and summary exactly as validate prints them');
  const ids = [...elements(parse(read(out, 'fragment.de.html')))]
    .filter((e) => e.name === 'article')
    .map((a) => a.attribs.id);
  assert.deepEqual(ids, ['akim', 'bildung'], 'the duplicate and the nameless entry are skipped');
  const fragment = read(out, 'fragment.de.html');
  assert.doesNotMatch(fragment, /ftp:/, 'the ignored ftp: address is not shown');
  assert.doesNotMatch(fragment, /2026-02-30|30\. Februar/, 'the impossible date is not shown');
});

test('--lang en: the report in English; the pages are written in both languages anyway', async (t) => {
  const { code, stdout, out } = await render(t, fixture('feed-problems.json'), ['--lang', 'en']);
  assert.equal(code, 0);
  assert.match(stdout, /^line 12, column 27 · field · networks\[0\]\.contact\.url$/m);
  assert.match(stdout, /^2 networks read, 2 skipped, 5 notices$/m);
  assert.match(stdout, /^Written: /m);
  assert.ok(existsSync(join(out, 'de/index.html')) && existsSync(join(out, 'en/index.html')));
});

test('an unusable feed: exit 1, the reason, and nothing written', async (t) => {
  for (const name of ['feed-syntax-error.json', 'feed-not-object.json', 'feed-version-2.json']) {
    const { code, stdout, out } = await render(t, fixture(name));
    assert.equal(code, 1, name);
    assert.match(stdout, /Der Feed ist nicht verwendbar/);
    assert.match(stdout, /Es wurde nichts geschrieben\.\n$/);
    assert.deepEqual(readdirSync(out), [], `${name}: the folder stays empty`);
  }
});

test('wrong usage: exit 2 without --out, with a second file, with a foreign option', async () => {
  for (const args of [
    ['render', demo],
    ['render', demo, demo, '--out', 'x'],
    ['render', demo, '--out', 'x', '--json'],
  ]) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /Hilfe: network-directory --help/);
  }
  const r = await cli(['render', demo]);
  assert.match(r.stderr, /--out <ordner>/);
});

test('a feed from an http address, loaded by the widget’s own loader', async (t) => {
  const text = readFileSync(demo);
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    else res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;
  const ok = await render(t, `${base}/feed.json`);
  assert.equal(ok.code, 0, ok.stdout);
  assert.match(read(ok.out, 'de/index.html'), /id="allianz-gegen-rechtsextremismus"/);
  const missing = await render(t, `${base}/missing.json`);
  assert.equal(missing.code, 1);
  assert.deepEqual(readdirSync(missing.out), []);
});

// ---- escaping and the fragment's allow-list -----------------------------------------------

/** What the fragment may hold: what WordPress KSES and CKEditor 5 keep (see src/cli/static-html.ts). */
const ALLOWED_TAGS = new Set([
  'div',
  'article',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'span',
  'strong',
]);
const ALLOWED_ATTRIBUTES = new Set(['class', 'id', 'lang', 'aria-label', 'aria-labelledby']);

function assertPasteSafe(html, label) {
  const doc = parse(html);
  const all = [...elements(doc)];
  assert.ok(all.length > 0, `${label}: not empty`);
  for (const e of all) {
    assert.ok(ALLOWED_TAGS.has(e.name), `${label}: <${e.name}> is allowed`);
    for (const a of Object.keys(e.attribs)) {
      assert.ok(
        ALLOWED_ATTRIBUTES.has(a) || (e.name === 'a' && (a === 'href' || a === 'hreflang')),
        `${label}: <${e.name} ${a}> is allowed`,
      );
    }
    if (e.name === 'a')
      assert.match(e.attribs.href, /^(https?:\/\/|mailto:|tel:)/i, `${label}: link ${e.attribs.href}`);
  }
  assert.deepEqual(
    [...comments(doc)].map((c) => c.data),
    [],
    `${label}: no comments (Lit's markers are gone)`,
  );
  assert.equal(all[0].name, 'div');
  assert.match(all[0].attribs.lang, /^(de|en)$/, `${label}: the root says its language`);
}

test('the fragment holds only the allowed tags and attributes, no comments, for the demo and every usable hostile feed', async (t) => {
  const { out } = await render(t, demo);
  for (const locale of ['de', 'en']) assertPasteSafe(read(out, `fragment.${locale}.html`), `demo ${locale}`);
  const feeds = readdirSync(hostileDir).filter((f) => f.endsWith('.json'));
  assert.ok(feeds.length > 20);
  let usable = 0;
  for (const name of feeds) {
    const r = await render(t, join(hostileDir, name));
    assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code} ${r.stderr}`);
    if (r.code === 1) continue;
    usable++;
    for (const locale of ['de', 'en']) {
      assertPasteSafe(read(r.out, `fragment.${locale}.html`), `${name} ${locale}`);
      // The page's markup beyond the fragment: only our head elements, and one data block.
      const tags = new Set([...elements(parse(read(r.out, `${locale}/index.html`)))].map((e) => e.name));
      for (const tag of tags) {
        assert.ok(
          ALLOWED_TAGS.has(tag) ||
            ['html', 'head', 'meta', 'title', 'link', 'script', 'body', 'header', 'nav', 'main'].includes(tag),
          `${name}: <${tag}>`,
        );
      }
      jsonLdOf(read(r.out, `${locale}/index.html`));
    }
  }
  assert.ok(usable > 10, `${usable} usable hostile feeds rendered`);
});

test('hostile texts stay text and unsafe addresses never become links (xss-canaries.json)', async (t) => {
  const { code, out } = await render(t, join(hostileDir, 'xss-canaries.json'));
  assert.equal(code, 0);
  const raw = JSON.parse(readFileSync(join(hostileDir, 'xss-canaries.json'), 'utf8'));
  for (const locale of ['de', 'en']) {
    for (const name of [`${locale}/index.html`, `fragment.${locale}.html`]) {
      const html = read(out, name);
      const doc = parse(html);
      const all = [...elements(doc)];
      for (const tag of ['img', 'svg', 'iframe', 'style', 'b'])
        assert.ok(!all.some((e) => e.name === tag), `${name}: no <${tag}> from feed text`);
      assert.ok(!all.some((e) => e.name === 'h1' && textOf(e) === 'Ausbruch'), `${name}: no heading broke out`);
      for (const e of all) {
        for (const [attr, value] of Object.entries(e.attribs)) {
          assert.doesNotMatch(attr, /^on/i, `${name}: no event attribute`);
          if (attr === 'href') assert.doesNotMatch(value, /^\s*(javascript|vbscript|data):/i, `${name}: ${value}`);
        }
      }
      // The canary text is there, as text, exactly as written in the feed.
      const title = typeof raw.title === 'string' ? raw.title : raw.title[locale];
      assert.ok(textOf(doc).includes(title), `${name}: the title is shown literally`);
      assert.ok(!/<script>window/.test(html), `${name}: no raw <script> in the markup`);
    }
    // The JSON-LD holds the texts unchanged, and none can close its <script>.
    const html = read(out, `${locale}/index.html`);
    const ld = jsonLdOf(html);
    assert.equal(ld.name, raw.title[locale]);
    const open = '<script type="application/ld+json">';
    const block = html.slice(html.indexOf(open) + open.length, html.indexOf('</script>'));
    assert.ok(block.length > 1000 && !/[<>]/.test(block), 'no < or > inside the data block');
    const addresses = [];
    const collect = (node) => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'url' || key === 'sameAs') addresses.push(...[value].flat());
        else collect(value);
      }
    };
    collect(ld);
    assert.ok(addresses.length > 0);
    for (const a of addresses)
      assert.match(a, /^https?:\/\//, 'the dropped javascript: addresses are not in the JSON-LD either');
  }
  // The safe link with markup in its query string is a link, its address escaped.
  const safe = [...elements(parse(read(out, 'fragment.de.html')))].filter(
    (e) => e.name === 'a' && e.attribs.href.startsWith('https://example.org/?q='),
  );
  assert.ok(safe.length > 0);
  assert.equal(safe[0].attribs.href, 'https://example.org/?q=<script>window.__pwned=1</script>');
});

test('the widget and the static output escape the same way: text nodes hold the feed text unchanged', async (t) => {
  const { out } = await render(t, join(hostileDir, 'xss-canaries.json'));
  const raw = JSON.parse(readFileSync(join(hostileDir, 'xss-canaries.json'), 'utf8'));
  const doc = parse(read(out, 'fragment.de.html'));
  const names = [...elements(doc)].filter((e) => e.attribs.class === 'name').map(textOf);
  assert.deepEqual(
    names,
    raw.networks
      .filter((n) => n.id && n.name)
      .map((n) => (typeof n.name === 'string' ? n.name : n.name.de))
      .slice(0, names.length),
  );
  assert.ok(names.length >= 2);
});
