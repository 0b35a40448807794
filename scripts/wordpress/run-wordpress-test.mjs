// `npm run test:wordpress` (after scripts/wordpress/setup.sh, which the npm script runs first):
// an Author publishes four posts on a real WordPress through its REST API, as the block editor
// does, and a browser reads them as a visitor would:
//   (a) the script snippet   (b) the iframe snippet   (c) the embed link alone   (d) an Embed block
// For (c) and (d) it checks the directory in the chosen language and slice, its height following
// a filter change within 24 px, and that an entry's website link leads to the entry's site.
// Prints what WordPress stored and rendered for each; exits 1 when a check fails.
// Not part of `npm test`: it needs root (services, /etc/hosts) and takes a minute.
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const WP = 'http://localhost';
const WIDGET_HOST = 'nd-widgets.test';
const WIDGET_PORT = 8080; // WordPress fetches oEmbed only from ports 80, 443 and 8080
const BASE = `http://${WIDGET_HOST}:${WIDGET_PORT}/nd/`;
const PASSWORD = readFileSync('/var/lib/network-directory-wordpress/password', 'utf8').trim();
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** The two embeds that (c) and (d) paste: a language and a slice each. */
const EMBEDS = {
  c: {
    name: 'integration-en',
    options: ['--lang', 'en', '--filter', 'scope:local', '--hide-facets', 'scope,audience'],
    lang: 'en',
    ids: ['nuernberger-netzwerk-integration', 'akim'],
  },
  d: {
    name: 'integration-regional',
    options: ['--lang', 'de', '--filter', 'scope:regional', '--hide-facets', 'scope,audience'],
    lang: 'de',
    ids: ['allianz-gegen-rechtsextremismus', 'ak-fidma'],
  },
};

const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

// ---- the widget's host: dist/ files, a feed, oEmbed files, and the entries' "sites" -----------
function prepareWidgetFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'nd-wordpress-'));
  const nd = join(dir, 'nd');
  mkdirSync(join(dir, 'sites'), { recursive: true });
  mkdirSync(nd);
  for (const file of ['network-directory.js', 'embed.js', 'embed.css', 'embed.html'])
    cpSync(join(root, 'dist', file), join(nd, file));
  // The demo feed, each entry's website on this host, so that following a link can be seen;
  // without the long introduction, so that a slice fits in WordPress's 1000 px and the
  // frame's height can be seen to follow a change (above 1000 px it stays clamped).
  const feed = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
  delete feed.description;
  for (const network of feed.networks) {
    const site = `http://${WIDGET_HOST}:${WIDGET_PORT}/sites/${network.id}.html`;
    network.contact = { ...(network.contact ?? {}), url: site };
    writeFileSync(
      join(dir, 'sites', `${network.id}.html`),
      `<!doctype html><title>${network.id}</title><h1>The site of ${network.id}</h1>`,
    );
  }
  writeFileSync(join(nd, 'feed.json'), JSON.stringify(feed, null, 2));
  return { dir, nd, feed };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') return void res.writeHead(204).end(); // browsers ask every host for one
    try {
      const body = readFileSync(join(dir, path));
      // A frame in sandbox="allow-scripts" has an opaque origin: its scripts and feed are CORS requests.
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(WIDGET_PORT, '127.0.0.1', () => resolve(server)));
}

// ---- WordPress as an Author, the way the block editor talks to it --------------------------
class Session {
  cookies = new Map([['wordpress_test_cookie', 'WP Cookie check']]);
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  async fetch(url, init = {}) {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers ?? {}), Cookie: this.header() },
    });
    this.keep(response);
    return response;
  }
}

async function logIn(user) {
  const session = new Session();
  const form = new URLSearchParams({
    log: user,
    pwd: PASSWORD,
    'wp-submit': 'Log In',
    redirect_to: `${WP}/wp-admin/`,
    testcookie: '1',
  });
  const response = await session.fetch(`${WP}/wp-login.php`, { method: 'POST', body: form });
  if (response.status !== 302) throw new Error(`login as ${user} failed: HTTP ${response.status}`);
  const nonce = await (await session.fetch(`${WP}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce: ${nonce.slice(0, 80)}`);
  return { session, nonce };
}

async function publish({ session, nonce }, title, content) {
  const response = await session.fetch(`${WP}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
    body: JSON.stringify({ title, content, status: 'publish' }),
  });
  const post = await response.json();
  if (!post.id) throw new Error(`publishing "${title}" failed: ${JSON.stringify(post).slice(0, 300)}`);
  return post;
}

async function stored(id) {
  const { stdout } = await run('mysql', [
    '-N',
    '--raw',
    '-e',
    `SELECT post_content FROM nd_wordpress.wp_posts WHERE ID=${Number(id)}`,
  ]);
  return stdout.trim();
}

/** The post's content as an anonymous visitor gets it (the theme's entry content). */
async function rendered(link) {
  const html = await (await fetch(link)).text();
  const start = html.search(/<div[^>]+class="[^"]*(entry-content|wp-block-post-content)/);
  if (start < 0) return html.slice(0, 2000);
  return html.slice(start, html.indexOf('</article>', start) > 0 ? html.indexOf('</article>', start) : start + 4000);
}

// ---- what a visitor sees ------------------------------------------------------------------
async function readEmbed(browser, post, embed, feed) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => {
    const url = m.location()?.url ?? '';
    // WordPress's own missing favicon (this test site has none) is not the embed's error.
    if (m.type() === 'error' && !url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()} (${url})`);
  });
  await page.goto(post.link, { waitUntil: 'load' });
  const iframe = await page.waitForSelector('iframe.wp-embedded-content', { timeout: 10000 });
  // WordPress shows the frame once the page in it has posted its first height.
  await page.waitForFunction((f) => !f.hasAttribute('style'), { timeout: 10000 }, iframe);
  const frame = await iframe.contentFrame();
  await frame.waitForFunction(() => document.querySelector('network-directory')?.shadowRoot?.querySelector('.card'), {
    timeout: 10000,
  });
  const info = await frame.evaluate(() => {
    const el = document.querySelector('network-directory');
    return {
      src: location.href,
      lang: el.currentLocale,
      ids: [...el.shadowRoot.querySelectorAll('.card')].map((c) => c.dataset.id),
    };
  });
  console.log(`  frame: ${info.src}`);
  check(
    info.src.startsWith(`${BASE}${embed.name}.html#?secret=`),
    "the frame shows the embed page with WordPress's secret",
  );
  check(info.lang === embed.lang, `the directory speaks ${embed.lang} (got ${info.lang})`);
  check(JSON.stringify(info.ids) === JSON.stringify(embed.ids), `the slice: ${info.ids.join(', ')}`);

  const heights = async () => {
    const content = await frame.evaluate(() =>
      Math.ceil(document.querySelector('.embed').getBoundingClientRect().height),
    );
    const frameHeight = await page.evaluate((f) => Number(f.getAttribute('height')), iframe);
    return { content, frameHeight, expected: Math.min(1000, Math.max(200, content)) };
  };
  // Heights settle when four readings 150 ms apart agree (a reader does not click into a page
  // that is still moving either).
  const settle = async () => {
    const readings = [];
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => setTimeout(r, 150));
      readings.push(JSON.stringify(await heights()));
      if (readings.length >= 4 && new Set(readings.slice(-4)).size === 1) break;
    }
    return JSON.parse(readings.at(-1));
  };
  const before = await settle();
  console.log(`  heights at load: content ${before.content} px, frame ${before.frameHeight} px`);
  check(
    Math.abs(before.frameHeight - before.expected) <= 24,
    'the frame fits the content at load (within 24 px, clamped to 200–1000)',
  );

  // A reader narrows the list: one kind of network.
  const checkbox = await frame.evaluateHandle(() =>
    document
      .querySelector('network-directory')
      .shadowRoot.querySelector(
        'input[type="checkbox"][id$="-kind-working-group"], input[type="checkbox"][id$="-kind-alliance"]',
      ),
  );
  await checkbox.asElement().click();
  const after = await settle();
  const shown = await frame.evaluate(() =>
    [...document.querySelector('network-directory').shadowRoot.querySelectorAll('.card')].map((c) => c.dataset.id),
  );
  console.log(
    `  after a filter change (${shown.join(', ')}): content ${after.content} px, frame ${after.frameHeight} px`,
  );
  check(after.content !== before.content, 'the content height changed with the filter');
  check(Math.abs(after.frameHeight - after.expected) <= 24, 'the frame followed within 24 px');

  // A reader opens an entry and follows its website link.
  const id = shown[0];
  const site = feed.networks.find((n) => n.id === id).contact.url;
  const toggle = await frame.evaluateHandle(
    (id) => document.querySelector('network-directory').shadowRoot.querySelector(`.card[data-id="${id}"] .toggle`),
    id,
  );
  await toggle.asElement().click();
  const expanded = await frame.evaluate((t) => t.getAttribute('aria-expanded'), toggle);
  check(expanded === 'true', `a click on "${id}"'s details button opened them (aria-expanded=${expanded})`);
  const opened = await settle();
  console.log(`  after opening "${id}": content ${opened.content} px, frame ${opened.frameHeight} px`);
  check(Math.abs(opened.frameHeight - opened.expected) <= 24, 'the frame followed the opened details within 24 px');
  const link = await frame.evaluateHandle(
    (id, site) =>
      [...document.querySelector('network-directory').shadowRoot.querySelectorAll(`.card[data-id="${id}"] a`)].find(
        (a) => a.getAttribute('href') === site,
      ),
    id,
    site,
  );
  check(Boolean(link.asElement()), `the entry shows its website ${site}`);
  const visited = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && visited.push(f.url()));
  await link.asElement().click();
  await page.waitForFunction((site) => location.href === site, { timeout: 10000 }, site).catch(() => {});
  console.log(`  the top page went to: ${visited.join(' -> ') || '(nowhere)'}`);
  check(page.url() === site, `the website link led to the entry's site (${page.url()})`);
  check(errors.length === 0, `no errors in the post or the frame${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  await page.close();
}

async function main() {
  const { dir, nd } = prepareWidgetFolder();
  for (const embed of Object.values(EMBEDS)) {
    await run(process.execPath, [
      join(root, 'bin/network-directory.js'),
      'oembed',
      join(nd, 'feed.json'),
      '--base',
      BASE,
      '--name',
      embed.name,
      ...embed.options,
      '-o',
      nd,
    ]);
  }
  const server = await serve(dir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', `--host-resolver-rules=MAP ${WIDGET_HOST} 127.0.0.1`],
  });
  try {
    const author = await logIn('author');
    const stamp = new Date().toISOString().slice(0, 19);
    const linkC = `${BASE}${EMBEDS.c.name}.html`;
    const linkD = `${BASE}${EMBEDS.d.name}.html`;
    const posts = {
      a: await publish(
        author,
        `(a) script snippet ${stamp}`,
        `<!-- wp:html -->\n<script type="module" src="${BASE}network-directory.js"></script>\n<network-directory src="${BASE}feed.json" lang="en"></network-directory>\n<!-- /wp:html -->`,
      ),
      b: await publish(
        author,
        `(b) iframe snippet ${stamp}`,
        `<!-- wp:html -->\n<iframe src="${linkC}" title="Networks" width="100%" height="800"></iframe>\n<!-- /wp:html -->`,
      ),
      c: await publish(
        author,
        `(c) link alone ${stamp}`,
        `Our partner networks:\n\n${linkC}\n\nQuestions? Write to us.`,
      ),
      d: await publish(
        author,
        `(d) Embed block ${stamp}`,
        `<!-- wp:embed {"url":"${linkD}","type":"rich","providerNameSlug":"network-directory"} -->\n<figure class="wp-block-embed is-type-rich is-provider-network-directory wp-block-embed-network-directory"><div class="wp-block-embed__wrapper">\n${linkD}\n</div></figure>\n<!-- /wp:embed -->`,
      ),
    };
    for (const [key, post] of Object.entries(posts)) {
      console.log(`\n(${key}) ${post.link}`);
      console.log(`  stored: ${JSON.stringify(await stored(post.id))}`);
      const html = await rendered(post.link);
      const shown = html.replace(/\s+/g, ' ').match(/<(script|network-directory|iframe|blockquote)[^>]*>/g) ?? [];
      console.log(
        `  rendered tags: ${shown.length ? shown.join(' ') : '(none of script, network-directory, iframe, blockquote)'}`,
      );
      if (key === 'a')
        check(
          !/<script[^>]*network-directory|<network-directory/.test(html),
          "an Author's script snippet is removed (no unfiltered_html)",
        );
      if (key === 'b') check(!/<iframe/.test(html), "an Author's iframe is removed");
      if (key === 'c' || key === 'd') {
        check(
          /<iframe[^>]*class="wp-embedded-content"[^>]*sandbox="allow-scripts"/.test(html),
          'WordPress rendered its sandboxed oEmbed iframe',
        );
        await readEmbed(browser, post, EMBEDS[key], JSON.parse(readFileSync(join(nd, 'feed.json'), 'utf8')));
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(failures.length ? `\n${failures.length} check(s) failed.` : '\nAll WordPress checks passed.');
  process.exitCode = failures.length ? 1 : 0;
}

await main();
