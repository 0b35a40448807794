/**
 * A page translator (Safari's, Firefox's, Edge's, browser extensions) replaces the text
 * nodes it translates with its own elements, `<font><font>translation</font></font>`, and
 * translates again whatever the page writes later. The directory must not assume that it
 * alone writes its DOM: after such a rewrite every text that changes with the view (the
 * count, the live region, toggle labels, "show more", chips, facet counts, messages, the
 * entries' texts in the other language…) must still show the current view, and nothing may
 * throw into the host page (#13, kind 4).
 *
 * The simulated translator "translates" into upper case, so a text it reached and that is
 * still current compares equal case-insensitively. What each text must say comes from a
 * twin directory that no translator touches, driven through the same steps.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { ANNOUNCE_DELAY_MS } from '../../src/controllers/announcer-controller.js';
import { PAGE_SIZE } from '../../src/state/view-state.js';
import { demoFeedJson } from '../components/helpers.js';

/** Replaces every non-blank text node under `root` with `<font><font>TEXT</font></font>`, as translators do. */
export function translateTextNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    // Blank nodes are layout, not text; a translator skips what it translated already.
    if (!node.data.trim() || parent?.localName === 'font' || parent?.closest('style, script')) continue;
    texts.push(node);
  }
  for (const text of texts) {
    const outer = document.createElement('font');
    const inner = document.createElement('font');
    inner.textContent = text.data.toUpperCase();
    outer.append(inner);
    text.replaceWith(outer);
  }
  return texts.length;
}

/** Every element of a directory's shadow root except those the translator added. */
/** Where a directory's content is: its shadow root, or the element itself with render-root="light". */
const contentOf = (el: NetworkDirectory): ParentNode => el.shadowRoot ?? el;
const elementsOf = (el: NetworkDirectory) =>
  [...contentOf(el).querySelectorAll('*')].filter((e) => e.localName !== 'font');

const normalized = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toUpperCase();

/** Each element whose text differs from the twin's (case-insensitively), as "tag.class: shown ≠ expected". */
function staleTexts(translated: NetworkDirectory, twin: NetworkDirectory): string[] {
  const shown = elementsOf(translated);
  const expected = elementsOf(twin);
  if (shown.length !== expected.length)
    return [`${shown.length} elements, the untranslated twin has ${expected.length}`];
  const stale: string[] = [];
  shown.forEach((node, i) => {
    const want = expected[i]!;
    if (node.localName !== want.localName)
      stale.push(`element ${i} is <${node.localName}>, the twin's is <${want.localName}>`);
    else if (normalized(node.textContent) !== normalized(want.textContent)) {
      stale.push(
        `${node.localName}.${node.getAttribute('class') ?? ''}: "${normalized(node.textContent)}" ≠ "${normalized(want.textContent)}"`,
      );
    }
  });
  return stale;
}

const $ = <T extends Element>(el: NetworkDirectory, selector: string): T => {
  const found = contentOf(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} inside the directory`);
  return found;
};

const settle = async (...els: NetworkDirectory[]) => {
  for (const el of els) await el.updateComplete;
  await nextFrame();
};

// In both render roots: in the page's tree (render-root="light") every translator rewrites the texts.
for (const renderRoot of ['shadow', 'light'] as const)
  describe(`a page translator rewrites the text nodes (#13 kind 4, ${renderRoot})`, () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
    let translated: NetworkDirectory;
    let twin: NetworkDirectory;

    /** One step of the reader's, done on both directories. */
    async function step(action: (el: NetworkDirectory) => void | Promise<void>, waitForAnnouncement = false) {
      await action(translated);
      await action(twin);
      await settle(translated, twin);
      if (waitForAnnouncement) {
        await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 200));
        await settle(translated, twin);
      }
    }

    const typeQuery = (text: string) => (el: NetworkDirectory) => {
      const input = $<HTMLInputElement>(el, 'input[type="search"]');
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };

    before(async () => {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const feed = await demoFeedJson();
      // More entries than one page holds: "show more" and its numbers are among the texts that change.
      const originals = [...feed.networks];
      for (let copy = 1; feed.networks.length <= PAGE_SIZE; copy++) {
        feed.networks.push(...originals.map((n: { id: string }) => ({ ...n, id: `${n.id}-${copy}` })));
      }
      const wrapper = await fixture<HTMLElement>(html`<div>
      <network-directory id="translated" lang="de" no-url-state render-root=${renderRoot} .feed=${structuredClone(feed)}></network-directory>
      <network-directory id="twin" lang="de" no-url-state render-root=${renderRoot} .feed=${structuredClone(feed)}></network-directory>
    </div>`);
      translated = wrapper.querySelector<NetworkDirectory>('#translated')!;
      twin = wrapper.querySelector<NetworkDirectory>('#twin')!;
      await settle(translated, twin);
      expect(contentOf(translated).querySelector('.show-more') !== null, '"show more" shown').to.equal(true);
      expect(translated.shadowRoot === null, 'rendered into the page tree').to.equal(renderRoot === 'light');
    });

    after(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    beforeEach(() => {
      // The translator catches up with whatever the directory wrote since the last step.
      expect(translateTextNodes(contentOf(translated)), 'text nodes translated').to.be.greaterThan(0);
    });

    afterEach(() => {
      expect(errors, 'errors that reached the host page').to.deep.equal([]);
    });

    it('searching: the count, the live region, the cards and the chips show the new result', async () => {
      await step(typeQuery('Rechtsextremismus'), true);
      expect(contentOf(translated).querySelectorAll('.card').length, 'cards after the search').to.equal(
        contentOf(twin).querySelectorAll('.card').length,
      );
      expect(normalized($(translated, '.count').textContent), 'count').to.equal(
        normalized($(twin, '.count').textContent),
      );
      expect(normalized($(translated, '[role="status"]').textContent), 'live region').to.equal(
        normalized($(twin, '[role="status"]').textContent),
      );
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('filtering: facet counts, chips and the count follow the chosen term', async () => {
      await step(typeQuery(''));
      await step((el) => $<HTMLInputElement>(el, '.term input[type="checkbox"]').click(), true);
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('opening a card: its toggle says "hide" and its details are the opened entry\'s', async () => {
      await step((el) => $<HTMLButtonElement>(el, '.card .toggle').click());
      expect($(twin, '.card .toggle').getAttribute('aria-expanded')).to.equal('true');
      expect(normalized($(translated, '.card .toggle').textContent), 'toggle label').to.equal(
        normalized($(twin, '.card .toggle').textContent),
      );
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('switching the language: every interface text and every entry text is in the new language', async () => {
      await step(
        (el) => contentOf(el).querySelector<HTMLButtonElement>('.language-switch button[lang="en"]')!.click(),
        true,
      );
      expect(twin.currentLocale).to.equal('en');
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('another card and another search: the texts of the cards that take the places of others are theirs', async () => {
      await step((el) => $<HTMLButtonElement>(el, '.card .toggle').click());
      await step(typeQuery('Stadt'), true);
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('clearing all filters: the full list, the count and the empty chips are back', async () => {
      await step((el) => $<HTMLButtonElement>(el, '.clear-all').click(), true);
      expect(normalized($(translated, '.count').textContent)).to.equal(normalized($(twin, '.count').textContent));
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('"show more": the paging numbers, then a failed reload: the error message, in either language', async () => {
      await step((el) => $<HTMLButtonElement>(el, '.show-more').click());
      expect(staleTexts(translated, twin)).to.deep.equal([]);
      translateTextNodes(contentOf(translated));
      await step((el) => void (el.feed = { title: 'not a feed' }));
      expect(contentOf(twin).querySelector('.message.error') !== null, 'error message shown').to.equal(true);
      expect(staleTexts(translated, twin)).to.deep.equal([]);
      translateTextNodes(contentOf(translated));
      // A language switch announces the count in a 0 ms timer, which a loaded engine may run
      // after the next frame: wait for it, as the other language switch does.
      await step(
        (el) => contentOf(el).querySelector<HTMLButtonElement>('.language-switch button[lang="de"]')!.click(),
        true,
      );
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });

    it('a search without matches and back: the message and its button, then the list again', async () => {
      await step(typeQuery('zzzz-nothing'), true);
      expect(contentOf(twin).querySelector('.no-matches') !== null, 'no-matches message shown').to.equal(true);
      expect(staleTexts(translated, twin)).to.deep.equal([]);
      translateTextNodes(contentOf(translated));
      await step(typeQuery(''), true);
      expect(staleTexts(translated, twin)).to.deep.equal([]);
    });
  });
