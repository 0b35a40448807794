// The fragment of `network-directory render` inside the element, as readers without
// JavaScript and crawlers get it (dist/static/with-fallback.html, made by npm run build):
// readable with scripts off; once the element runs, not rendered and so not in the
// accessibility tree (no entry announced twice); no confusion with an inline feed; and,
// with its JSON-LD, zero violations under the strict Content-Security-Policy.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { openFrame, type FrameWindow } from '../isolation/helpers.js';
import { DEMO_IDS } from '../bundle/helpers.js';

const PAGE = '/dist/static/with-fallback.html';

/** Elements with no box: not rendered, and so not exposed to assistive technology (HTML-AAM). */
const rendered = (e: Element) => e.getClientRects().length > 0;

async function frameOn(url: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the fragment inside <network-directory>', () => {
  it('JavaScript off (a sandbox without scripts): every entry is readable, with its heading and details', async () => {
    const frame = await frameOn(PAGE, 'allow-same-origin');
    try {
      const doc = frame.contentDocument!;
      const el = doc.querySelector('network-directory')!;
      expect(el.shadowRoot, 'the element never ran').to.equal(null);
      const articles = [...el.querySelectorAll('article')];
      expect(articles.map((a) => a.id)).to.deep.equal(DEMO_IDS);
      for (const a of articles) {
        expect(rendered(a), a.id).to.equal(true);
        expect(rendered(a.querySelector('h3')!), `${a.id} heading`).to.equal(true);
      }
      expect(rendered(el.querySelector('h2')!)).to.equal(true);
      expect(el.querySelector('h2')!.textContent).to.equal('Netzwerke für Integration und Interkulturelle Öffnung');
    } finally {
      frame.remove();
    }
  });

  describe('JavaScript on, under the strict policy', () => {
    let frame: HTMLIFrameElement;
    let win: FrameWindow;
    let el: HTMLElement;

    before(async () => {
      frame = await openFrame(PAGE, 1000, 900);
      win = frame.contentWindow as FrameWindow;
      el = win.document.querySelector('network-directory')!;
      await waitUntil(
        () => el.shadowRoot?.querySelectorAll('.card').length === DEMO_IDS.length,
        'the element showed no cards',
        { timeout: 8000 },
      );
    });
    after(() => frame.remove());

    it('the element shows its own cards, and the fragment is not rendered: nothing is read twice', () => {
      const articles = [...el.querySelectorAll('article')];
      expect(articles.length).to.equal(DEMO_IDS.length);
      expect(articles.filter(rendered).map((a) => a.id)).to.deep.equal([]);
      expect([...el.querySelectorAll('h2, h3, a')].filter(rendered).length).to.equal(0);
      // It sits in the element's hidden default slot.
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.hidden).to.equal(true);
      expect(slot.assignedElements().map((e) => e.className)).to.include('network-directory-static');
      const shadowIds = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
      expect(shadowIds).to.deep.equal(DEMO_IDS);
    });

    it('zero violations with the JSON-LD and the fragment on the page (seen by the page’s probe from its start)', async () => {
      expect(win.document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
      const response = await fetch(PAGE, { cache: 'no-store' });
      expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
      expect(win.__violations).to.deep.equal([]);
    });
  });

  describe('no confusion with an inline feed', () => {
    let fragmentHtml: string;
    before(async () => {
      fragmentHtml = await (await fetch('/dist/static/fragment.de.html')).text();
    });

    /** The fragment as nodes (test code: our own file, not feed data from a page). */
    const fragmentNodes = () => document.createRange().createContextualFragment(fragmentHtml);

    it('with src: editing the fragment does not reload the feed', async () => {
      const el = document.createElement('network-directory') as NetworkDirectory;
      el.setAttribute('no-url-state', '');
      el.append(fragmentNodes());
      el.src = '/demo/feed.json';
      const loaded = oneEvent(el, 'nd-feed-loaded');
      await fixture(el);
      await loaded;
      let loads = 0;
      el.addEventListener('nd-feed-loaded', () => loads++);
      el.querySelector('article')!.remove();
      el.querySelector('p')!.append(' geändert');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(loads).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('.card').length).to.equal(DEMO_IDS.length);
    });

    it('without src: the inline feed beside the fragment is the one that loads', async () => {
      const feed = await (await fetch('/demo/feed.json')).text();
      const el = document.createElement('network-directory') as NetworkDirectory;
      el.setAttribute('no-url-state', '');
      el.append(fragmentNodes());
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = feed;
      el.append(script);
      const loaded = oneEvent(el, 'nd-feed-loaded');
      await fixture(el);
      await loaded;
      await el.updateComplete;
      const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
      expect(ids).to.deep.equal(DEMO_IDS);
    });
  });
});
