/**
 * XSS canaries: a feed whose every text field carries markup, script, event handlers and
 * template syntax that would set window.__pwned if it ever ran, and whose every URL field is
 * javascript:, data: or vbscript:. Through `src`, the inline script and the `feed` property,
 * with every entry's details opened, links checked, hovered, focused and clicked where that
 * cannot navigate away: the flag stays unset and every payload is shown as typed.
 */
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, $$ } from '../components/helpers.js';
import { chooseLanguage, expectHostUnharmed, expectNothingRan, mountOn, openEachCard, unmountAll } from './helpers.js';

const FEED_URL = '/test/hostile/feeds/xss-canaries.json';
const P = 'window.__pwned=1';
/** The payloads of test/hostile/feeds/xss-canaries.json, each behind a `[field]` tag. */
const PAYLOADS = [
  '<b>fett</b>',
  `<script>${P}</script>`,
  `<img src=x onerror="${P}">`,
  `"><svg onload="${P}">`,
  `'><iframe src="javascript:${P}"></iframe>`,
  '<style>*{display:none!important}</style>',
  '${' + P + '}',
  `{{constructor.constructor("${P}")()}}`,
  '&lt;b&gt; &amp; &#60;script&#62;',
  `<!-- Kommentar --><a href="javascript:${P}">klick</a>`,
  '</p></li></ul></article><h1>Ausbruch</h1>',
];
const tagged = (field: string) => PAYLOADS.map((p) => `[${field}] ${p}`);
/** The tags of entry `i`'s text fields (the label of its javascript: link goes with the link). */
const entryFields = (i: string) =>
  [
    'name',
    'short',
    'summary',
    'description',
    'meetings',
    'coordinator',
    'members',
    'area',
    'contact',
    'address',
    'safe-link',
    'note',
  ]
    .map((f) => `${f}${i}`)
    .concat(`description${i}-p2`);

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Every payload is in the text exactly as typed. */
function expectLiteral(text: string, field: string) {
  for (const p of tagged(field)) expect(squash(text), `${field} shows ${p}`).to.contain(squash(p));
}

/** Hover, focus and click everything that cannot navigate: nothing may run. */
async function poke(el: NetworkDirectory) {
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'pointerdown', 'animationstart', 'load', 'error']) {
      node.dispatchEvent(new Event(type)); // not bubbling: an inline handler on the node itself would run
    }
  }
  // Links: every href is http(s); a click is stopped before it could navigate the test page.
  for (const a of $$<HTMLAnchorElement>(el, 'a')) {
    expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(a.href).protocol);
    const stop = (e: Event) => e.preventDefault();
    a.addEventListener('click', stop);
    a.click();
    a.removeEventListener('click', stop);
  }
  await aTimeout(200); // an onerror of a broken image or a queued script would have fired by now
}

async function checkCanaries(el: NetworkDirectory) {
  expect($$(el, '.card')).to.have.length(5);
  expectLiteral($(el, '.header')!.textContent!, 'title');
  expectLiteral($(el, '.header')!.textContent!, 'feed-description');
  expectLiteral($(el, '.footer')!.textContent!, 'publisher');
  expectLiteral(el.shadowRoot!.textContent!, 'facet');
  expectLiteral(el.shadowRoot!.textContent!, 'term');
  await openEachCard(el, async (card) => {
    const i = card.dataset.id!.slice(1);
    for (const field of entryFields(i)) expectLiteral(card.textContent!, field);
    expect(card.textContent).to.not.contain(`[link${i}]`);
    // Bad URLs are gone, the one good link stays: its markup is encoded in the URL, not parsed.
    const hrefs = [...card.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.href);
    expect(hrefs).to.have.length(1);
    expect(hrefs[0].startsWith('https://example.org/?q=')).to.equal(true);
    await poke(el);
  });
  expectNothingRan(el);
  await chooseLanguage(el, 'en');
  await openEachCard(el, (card) => expectLiteral(card.textContent!, `name${card.dataset.id!.slice(1)}-en`));
  expectLiteral($(el, '.header')!.textContent!, 'title-en');
  await poke(el);
  expectNothingRan(el);
  // The style payload restyled nothing: cards are still displayed.
  expect(getComputedStyle($(el, '.card')!).display).to.not.equal('none');
}

describe('XSS canaries: no payload runs, every payload is shown as typed', () => {
  afterEach(() => {
    unmountAll();
    expectHostUnharmed();
  });

  it('through src', async () => {
    const { el, outcome } = await mountOn(FEED_URL);
    expect(outcome.type).to.equal('nd-feed-loaded');
    await checkCanaries(el);
  });

  it('through the inline <script type="application/json">', async () => {
    const json = await (await fetch(FEED_URL)).text();
    const el = document.createElement('network-directory');
    el.setAttribute('lang', 'de');
    el.setAttribute('no-url-state', '');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json; // as a CMS would write it; `</script>` in the feed is escaped as JSON allows
    el.append(script);
    const loaded = new Promise((resolve) => el.addEventListener('nd-feed-loaded', resolve, { once: true }));
    await fixture(el);
    await loaded;
    await el.updateComplete;
    await checkCanaries(el);
  });

  it('through the feed property', async () => {
    const feed = await (await fetch(FEED_URL)).json();
    const el = await fixture<NetworkDirectory>(
      html`<network-directory lang="de" no-url-state .feed=${feed}></network-directory>`,
    );
    await el.updateComplete;
    await checkCanaries(el);
  });
});
