/**
 * Chrome's built-in translator and most translation extensions walk only the document tree:
 * they never enter a shadow root (WebKit pull request #10845 says so of Chrome;
 * zerodevx/zero-md#32 and translate-tools/linguist#612 are reports of it). Safari and Firefox
 * enter open shadow roots. The directory renders into a shadow root by default (isolated from
 * the page's CSS), and into the document tree with `render-root="light"`, where such a
 * translator reaches every entry and every interface text (docs/embedding.md, "Page
 * translators").
 *
 * The simulated translator does what those do: a TreeWalker over the document (which does not
 * enter shadow roots), every non-blank text not inside `translate="no"` replaced by
 * `<font><font>[EN] text</font></font>`.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { demoFeedJson } from '../components/helpers.js';

const MARK = '[EN] ';

/** Translates every text of the document tree that a translator may translate; returns how many. */
function translateDocumentTree(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (
      !node.data.trim() ||
      !parent ||
      parent.localName === 'font' ||
      parent.closest('script, style, [translate="no"]')
    )
      continue;
    texts.push(node);
  }
  for (const text of texts) {
    const outer = document.createElement('font');
    const inner = document.createElement('font');
    inner.textContent = MARK + text.data;
    outer.append(inner);
    text.replaceWith(outer);
  }
  return texts.length;
}

/** Where the directory's content is: its shadow root, or the element itself in light mode. */
const root = (el: NetworkDirectory): ParentNode => el.shadowRoot ?? el;
const all = (el: NetworkDirectory, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: NetworkDirectory, selector: string) => {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the directory`);
  return found;
};
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const translated = (node: Element) => text(node).startsWith(MARK.trim());
const cardIds = (el: NetworkDirectory) => all(el, '.card').map((card) => card.dataset.id ?? '');

/** The entries' names and summaries, and the interface labels a reader sees first. */
const TRANSLATABLE = [
  '.card .name',
  '.card .summary p',
  '.search-field label',
  '.facet legend',
  '.term label',
  '.card .toggle',
  'p.count',
  '.title',
];
/** What must stay as it is: each language's own name in the switch. */
const NEVER = ['.language-switch button'];

async function mount(attributes: string): Promise<{ el: NetworkDirectory; twin: NetworkDirectory }> {
  const feed = await demoFeedJson();
  // One entry with every kind of contact that must never be translated.
  const akim = feed.networks.find((n: { id: string }) => n.id === 'akim');
  akim.contact = { ...akim.contact, email: 'integration@example.org', phone: '+49 911 231-0' };
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // The attribute must be there when the element is first connected: built as markup, as a CMS page would.
  wrapper.innerHTML = `<network-directory id="under-test" lang="de" no-url-state ${attributes}></network-directory>
    <div translate="no"><network-directory id="twin" lang="de" no-url-state ${attributes}></network-directory></div>`;
  const el = wrapper.querySelector<NetworkDirectory>('#under-test')!;
  const twin = wrapper.querySelector<NetworkDirectory>('#twin')!;
  el.feed = structuredClone(feed);
  twin.feed = structuredClone(feed);
  await el.updateComplete;
  await twin.updateComplete;
  await nextFrame();
  return { el, twin };
}

async function typeQuery(el: NetworkDirectory, query: string) {
  const input = one(el, 'input[type="search"]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function chooseTerm(el: NetworkDirectory, facet: string, term: string) {
  const box = one(el, `input[type="checkbox"][id$="-${facet}-${term}"]`) as HTMLInputElement;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('a translator that walks only the document tree', () => {
  describe('render-root="light": it reaches the entries and the interface', () => {
    let el: NetworkDirectory;
    let twin: NetworkDirectory;

    before(async () => {
      ({ el, twin } = await mount('render-root="light"'));
      // Opened, so that the details' e-mail addresses, phone numbers and links are there too.
      for (const d of [el, twin]) {
        (one(d, '.card[data-id="akim"] .toggle') as HTMLButtonElement).click();
        await d.updateComplete;
      }
      expect(translateDocumentTree(), 'texts translated').to.be.greaterThan(20);
    });

    it('renders into the document tree: no shadow root, the texts are children of the element', () => {
      expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
      expect(el.querySelectorAll('.card').length, 'cards in the document tree').to.equal(6);
    });

    it("the entries' names and summaries and the interface labels are translated", () => {
      for (const selector of TRANSLATABLE) {
        const nodes = all(el, selector);
        expect(nodes.length, `${selector} present`).to.be.greaterThan(0);
        expect(nodes.filter((n) => !translated(n)).map(text), `${selector} not translated`).to.deep.equal([]);
      }
    });

    it('language names, e-mail addresses, phone numbers and URLs carry translate="no" and stay as they are', () => {
      const never = [
        ...NEVER.flatMap((s) => all(el, s)),
        ...all(el, '.details a[href^="mailto:"], .details a[href^="tel:"], .details .contact a[href^="http"]'),
      ];
      expect(never.length, 'language buttons and contact links').to.be.greaterThan(3);
      expect(
        never.filter((n) => n.closest('[translate="no"]') === null).map(text),
        'without translate="no"',
      ).to.deep.equal([]);
      expect(never.filter(translated).map(text), 'translated').to.deep.equal([]);
      expect(all(el, '.language-switch button').map(text)).to.deep.equal(['Deutsch', 'English']);
    });

    it('searching and filtering still work on the translated page, and the count shows the new result', async () => {
      await typeQuery(el, 'Integration');
      await typeQuery(twin, 'Integration');
      expect(cardIds(el), 'cards after the search').to.deep.equal(cardIds(twin));
      expect(cardIds(el).length, 'some, not all entries match').to.be.within(1, 5);
      await chooseTerm(el, 'scope', 'local');
      await chooseTerm(twin, 'scope', 'local');
      expect(cardIds(el), 'cards after the filter').to.deep.equal(cardIds(twin));
      expect(text(one(el, 'p.count')).replace(MARK.trim(), '').trim()).to.equal(text(one(twin, 'p.count')));
      expect(all(el, '.chip').map(text), 'chips').to.deep.equal(all(twin, '.chip').map(text));
      expect(all(twin, '.chip').length, 'chips of the twin').to.equal(1);
    });
  });

  describe('render-root="light" with the feed inline', () => {
    it('reads the feed from its <script type="application/json"> child, which stays as it was', async () => {
      const feed = await demoFeedJson();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('network-directory') as NetworkDirectory;
      el.setAttribute('lang', 'de');
      el.setAttribute('no-url-state', '');
      el.setAttribute('render-root', 'light');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(feed);
      el.append(script);
      wrapper.append(el);
      await el.updateComplete;
      await nextFrame();
      await el.updateComplete;
      expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
      expect(cardIds(el).length, 'cards from the inline feed').to.equal(feed.networks.length);
      expect(script.parentElement === el && script.textContent === JSON.stringify(feed), 'script untouched').to.equal(
        true,
      );
    });
  });

  describe("default (shadow root): it reaches nothing inside, as Chrome's translator does not", () => {
    let el: NetworkDirectory;

    before(async () => {
      ({ el } = await mount(''));
      translateDocumentTree();
    });

    it('renders into a shadow root, and no text inside was translated', () => {
      expect(el.shadowRoot !== null, 'shadow root').to.equal(true);
      const texts = all(el, '.card .name, .search-field label, p.count');
      expect(texts.length).to.be.greaterThan(6);
      expect(texts.filter(translated).map(text)).to.deep.equal([]);
    });

    it('marks what must never be translated for the translators that enter shadow roots (Safari, Firefox)', async () => {
      (one(el, '.card[data-id="akim"] .toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const never = [
        ...all(el, '.language-switch button'),
        ...all(el, '.details a[href^="mailto:"], .details a[href^="tel:"], .details .contact a[href^="http"]'),
      ];
      expect(never.length).to.be.greaterThan(3);
      expect(never.map((n) => n.getAttribute('translate'))).to.deep.equal(never.map(() => 'no'));
    });

    it('searching still works', async () => {
      await typeQuery(el, 'Integration');
      expect(cardIds(el).length).to.be.within(1, 5);
    });
  });
});
