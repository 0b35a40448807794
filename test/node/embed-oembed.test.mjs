// The embed page's pure parts (its URL configuration, the go links, the snippets) and
// `network-directory oembed`, which writes the files that make a pasted link an embed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, root, tempDir } from './cli-helpers.mjs';
import { importTypeScript } from './load-typescript.mjs';

const embed = await importTypeScript(
  'src/embed/embed-config.ts',
  'src/embed/entry-links.ts',
  'src/embed/snippets.ts',
  'src/embed/frame-messages.ts',
);
const { parseFeedText } = await importTypeScript('src/feed/validate.ts');
const linksFeed = parseFeedText(readFileSync(join(root, 'test/embed/links-feed.json'), 'utf8')).feed;
const demoFeed = join(root, 'demo/feed.json');

test("the URL configuration takes the element's attribute names and refuses values it does not know", () => {
  const { config, refused } = embed.readEmbedConfig(
    '?lang=en&filter=scope:local+kind:alliance,network&hide-facets=kind&layout=grid&heading-level=9&entry=akim&other=1',
  );
  assert.deepEqual(config, {
    lang: 'en',
    filter: 'scope:local kind:alliance,network',
    'hide-facets': 'kind',
    entry: 'akim',
  });
  assert.deepEqual(refused, ['layout', 'heading-level']);
  assert.deepEqual(embed.readEmbedConfig('?src=javascript:alert(1)%20x').refused, ['src']);
  assert.equal(
    embed.writeEmbedQuery({ lang: 'en', filter: 'scope:local kind:alliance' }),
    'lang=en&filter=scope:local+kind:alliance',
  );
});

test("WordPress's secret is read from #?secret=…, and nothing else passes for one", () => {
  assert.equal(embed.secretFromHash('#?secret=Ab3dE6gH9k'), 'Ab3dE6gH9k');
  assert.equal(embed.secretFromHash('#?secret=a"b'), null);
  assert.equal(embed.secretFromHash(''), null);
});

test('every link of an entry has a number, and a go page finds its address only in the feed (no open redirect)', () => {
  const hrefs = embed.entryLinks(linksFeed.networks[0]);
  assert.deepEqual(hrefs, [
    'https://coordinator.example/',
    'mailto:kontakt@network.example',
    'tel:+49911123456',
    'https://network.example/',
    'https://network.example/statutes',
  ]);
  hrefs.forEach((href, index) => {
    const ref = embed.linkRefFor(linksFeed, 'with-contacts', href);
    assert.deepEqual(ref, { entry: 'with-contacts', index });
    const go = embed.goHref('https://w.example/nd/embed.html?src=../f.json&lang=en#?secret=abc', ref);
    assert.equal(go, `https://w.example/nd/embed.html?src=../f.json&lang=en&go=with-contacts&link=${index}`);
    assert.equal(embed.resolveLinkRef(linksFeed, embed.readLinkRef(new URL(go).search)), href);
  });
  // an address in the query is never used
  const ref = embed.readLinkRef('?go=with-contacts&link=9&url=https://evil.example/');
  assert.equal(embed.resolveLinkRef(linksFeed, ref), null);
  assert.equal(embed.readLinkRef('?go=https://evil.example/&link=0'), null);
  assert.equal(embed.readLinkRef('?go=second&link=-1'), null);
  assert.equal(embed.linkRefFor(linksFeed, 'second', 'https://elsewhere.example/'), null);
  // the footer: publisher, licence
  assert.equal(
    embed.resolveLinkRef(linksFeed, embed.readLinkRef('?go=~&link=1')),
    'https://creativecommons.org/licenses/by/4.0/',
  );
});

test("height messages: ours always, WordPress's only with its secret, rounded up", () => {
  assert.deepEqual(embed.heightMessages(412.2, null), [{ type: 'network-directory:height', height: 413 }]);
  assert.deepEqual(embed.heightMessages(412.2, 'abc'), [
    { type: 'network-directory:height', height: 413 },
    { message: 'height', value: 413, secret: 'abc' },
  ]);
});

test('oembed writes a configured embed page with a discovery link and the blockquote + iframe WordPress needs', async (t) => {
  const dir = tempDir(t);
  const result = await cli([
    'oembed',
    demoFeed,
    '--base',
    'https://w.example/nd',
    '--name',
    'partner-en',
    '--lang',
    'en',
    '--filter',
    'scope:local',
    '--hide-facets',
    'scope',
    '--height',
    '700',
    '-o',
    dir,
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /https:\/\/w\.example\/nd\/partner-en\.html/);
  const page = readFileSync(join(dir, 'partner-en.html'), 'utf8');
  const head = page.slice(0, page.indexOf('</head>'));
  assert.match(
    head,
    /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/w\.example\/nd\/partner-en\.oembed\.json"/,
  );
  assert.match(
    page,
    /<network-directory lang="en" filter="scope:local" hide-facets="scope" src="feed.json"><\/network-directory>/,
  );
  assert.match(page, /<html lang="en">/);
  assert.doesNotMatch(page, /<script(?![^>]*\ssrc=)[^>]*>/i);
  const oembed = JSON.parse(readFileSync(join(dir, 'partner-en.oembed.json'), 'utf8'));
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.title, 'Networks for integration and intercultural opening');
  // what wp_filter_oembed_result looks for
  const match = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(oembed.html);
  assert.ok(match?.[1], 'a blockquote');
  assert.match(match[2], / src="https:\/\/w\.example\/nd\/partner-en\.html"/);
  assert.match(match[2], / height="700"/);
});

test('oembed refuses a slice the feed does not have, and a base that is no address', async (t) => {
  const dir = tempDir(t);
  const unknown = await cli([
    'oembed',
    demoFeed,
    '--base',
    'https://w.example/',
    '--filter',
    'scope:nowhere',
    '-o',
    dir,
  ]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /scope:nowhere/);
  const base = await cli(['oembed', demoFeed, '--base', 'w.example', '-o', dir]);
  assert.equal(base.code, 2);
});
