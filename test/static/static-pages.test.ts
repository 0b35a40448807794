// The pages `network-directory render` writes (npm run build renders the demo feed into
// dist/static/): accessible (axe, WCAG 2.1 AA), complete, and working under the strict
// Content-Security-Policy with their JSON-LD. Needs `npm run build` first, like test/bundle.
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, type FrameWindow } from '../isolation/helpers.js';
import { DEMO_IDS } from '../bundle/helpers.js';

const STATIC = '/dist/static';

type AxeResults = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[]; passes: unknown[] };

/**
 * Runs axe-core inside a copy of the page: the page's HTML in a `srcdoc` frame (with a
 * `<base>` so its stylesheet still loads), so that axe's script can be added to it; the
 * served page itself is under the strict policy, which admits no script added by a test.
 */
async function axeOnCopyOf(path: string): Promise<AxeResults> {
  const html = await (await fetch(path)).text();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const base = `<base href="${new URL(path, location.href).href}">`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html.replace('<head>', `<head>${base}`);
  document.body.append(frame);
  await loaded;
  try {
    const win = frame.contentWindow as FrameWindow;
    const script = win.document.createElement('script');
    script.src = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
    win.document.head.append(script);
    await waitUntil(() => win.axe, 'axe-core did not load', { timeout: 8000 });
    await waitUntil(() => win.document.styleSheets.length > 0, 'the stylesheet did not load');
    return (await win.axe.run(win.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })) as AxeResults;
  } finally {
    frame.remove();
  }
}

for (const locale of ['de', 'en']) {
  describe(`dist/static/${locale}/index.html`, () => {
    const path = `${STATIC}/${locale}/index.html`;

    it('is axe clean (WCAG 2.1 A and AA, and best practices)', async function () {
      this.timeout(50_000); // axe over a whole page: over 10 s in WebKit on a loaded machine
      const results = await axeOnCopyOf(path);
      const found = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found).to.deep.equal([]);
      expect(results.passes.length).to.be.greaterThan(10);
    });

    describe('served under the strict policy', () => {
      let frame: HTMLIFrameElement;
      let win: FrameWindow;
      const violations: string[] = [];

      before(async () => {
        frame = await openFrame(path, 1000, 800);
        win = frame.contentWindow as FrameWindow;
        win.document.addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) =>
          violations.push(e.effectiveDirective),
        );
      });
      after(() => frame.remove());

      it('is sent with the policy', async () => {
        const response = await fetch(path, { cache: 'no-store' });
        expect(response.headers.get('content-security-policy')).to.contain("style-src 'self'");
      });

      it('shows every entry, with its details, each at its #id, in the page’s language', () => {
        const doc = win.document;
        expect(doc.documentElement.lang).to.equal(locale);
        const articles = [...doc.querySelectorAll('article')];
        expect(articles.map((a) => a.id)).to.deep.equal(DEMO_IDS);
        for (const a of articles) {
          expect(a.getClientRects().length, a.id).to.be.greaterThan(0);
          expect(a.querySelector('.details dl')?.getClientRects().length, a.id).to.be.greaterThan(0);
        }
        expect(doc.querySelector('h1')!.textContent).to.equal(
          locale === 'de'
            ? 'Netzwerke für Integration und Interkulturelle Öffnung'
            : 'Networks for integration and intercultural opening',
        );
        expect(doc.querySelectorAll('button, input, script:not([type="application/ld+json"])').length).to.equal(0);
      });

      it('its stylesheet applies (a file of the folder, allowed by style-src self)', () => {
        const card = win.document.querySelector('.card')!;
        expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
        expect(win.getComputedStyle(win.document.querySelector('.results')!).listStyleType).to.equal('none');
      });

      it('its JSON-LD is there, parses, and caused no violation', async () => {
        const blocks = [...win.document.querySelectorAll('script[type="application/ld+json"]')];
        expect(blocks.length).to.equal(1);
        const data = JSON.parse(blocks[0].textContent!);
        expect(data.mainEntity.itemListElement.map((e: { item: { '@id': string } }) => e.item['@id'])).to.deep.equal(
          DEMO_IDS.map((id) => `#${id}`),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(violations).to.deep.equal([]);
      });

      it('links to the other language with hreflang', () => {
        const other = locale === 'de' ? 'en' : 'de';
        const link = win.document.querySelector<HTMLAnchorElement>(`nav a[hreflang="${other}"]`)!;
        expect(new URL(link.href).pathname).to.equal(`${STATIC}/${other}/index.html`);
        const alternates = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')]
          .map((l) => l.hreflang)
          .sort();
        expect(alternates).to.deep.equal(['de', 'en']);
      });
    });
  });
}
