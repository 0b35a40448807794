// demo/csp.html is served with a strict Content-Security-Policy (demo/csp-middleware.mjs):
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// The widget must work there without a single violation: Lit's styles are constructable
// stylesheets (adoptedStyleSheets), its templates go through the one Trusted Types policy
// it creates, named 'lit-html', and the feed is fetched from the page's own origin.
// Chromium enforces Trusted Types; engines without them still enforce the rest, which the
// control test proves (an inline script, a style attribute and a <style> are blocked).
import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import {
  cardIds,
  chooseLanguage,
  openFrame,
  search,
  settle,
  toggleEntry,
  toggleTerm,
  $,
  type Directory,
  type FrameWindow,
} from './helpers.js';
import { DEMO_IDS } from '../bundle/helpers.js';

const PAGE = '/demo/csp.html';
/** What demo/csp-middleware.mjs sends (its STRICT_POLICY); docs/embedding-notes.md quotes it. */
const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

type Violation = { directive: string; blocked: string; source?: string; sample?: string };

/** The page's directory, once its feed is loaded and rendered. */
async function readyDirectory(win: FrameWindow): Promise<Directory> {
  await waitUntil(() => win.customElements.get('network-directory'), 'the bundle did not register the element', {
    timeout: 8000,
  });
  const el = win.document.querySelector('network-directory') as Directory;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('.card').length, 'no cards were shown', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Records the violations of `win`'s document from now on (the page's own probe records them from its start). */
function listen(win: FrameWindow): Violation[] {
  const seen: Violation[] = [];
  win.document.addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) =>
    seen.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
  );
  return seen;
}

describe('demo/csp.html: the built bundle under a strict Content-Security-Policy', () => {
  it('is served with the strict policy, exactly as the file is (nothing injected)', async () => {
    const response = await fetch(PAGE, { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_POLICY);
    const served = await response.text();
    const file = await readFile({ path: '../../demo/csp.html' });
    expect(served).to.equal(file);
    // no inline script and no style attribute or element in the page itself
    expect(served).not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(served).not.to.match(/\sstyle\s*=|<style/i);
  });

  it('other pages are served without it', async () => {
    const response = await fetch('/demo/index.html', { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal(null);
  });

  describe('a reader uses it', () => {
    let frame: HTMLIFrameElement;
    let win: FrameWindow;
    let el: Directory;
    let fromParent: Violation[];

    before(async () => {
      frame = await openFrame(PAGE, 1100, 900);
      win = frame.contentWindow as FrameWindow;
      fromParent = listen(win);
      el = await readyDirectory(win);
    });

    after(() => frame.remove());

    it('the page ran only its own external scripts, and its probe is listening', () => {
      const scripts = [...win.document.scripts].map((s) => new URL(s.src, win.location.href).pathname);
      expect(scripts).to.deep.equal(['/demo/csp-probe.js', '/dist/network-directory.js']);
      expect(win.__violations).to.be.an('array');
    });

    it('shows the demo feed', () => {
      expect(cardIds(el)).to.deep.equal(DEMO_IDS);
      expect($(el, '[part="count"]').textContent!.trim()).to.equal('6 Netzwerke');
    });

    it('its styles apply (constructable stylesheets are not blocked)', () => {
      const card = $(el, '.card');
      const style = win.getComputedStyle(card);
      expect(style.display).to.equal('grid');
      expect(style.borderTopStyle).to.equal('solid');
      expect(win.getComputedStyle($(el, 'ul.results')).listStyleType).to.equal('none');
    });

    it('search, filters, details and the language switch work', async () => {
      await search(el, 'Rechtsextremismus');
      expect(cardIds(el)).to.deep.equal(['allianz-gegen-rechtsextremismus']);
      await search(el, '');
      expect(cardIds(el)).to.deep.equal(DEMO_IDS);
      await toggleTerm(el, 'scope', 'regional');
      expect(cardIds(el)).to.deep.equal(['allianz-gegen-rechtsextremismus', 'ak-fidma']);
      expect(el.shadowRoot!.querySelectorAll('.chip')).to.have.length(1);
      await toggleEntry(el, 'ak-fidma');
      expect($(el, '.card[data-id="ak-fidma"] .details').hidden).to.equal(false);
      await chooseLanguage(el, 'en');
      expect(el.currentLocale).to.equal('en');
      expect($(el, '.title').textContent!.trim()).to.equal('Networks for integration and intercultural opening');
      expect($(el, '[part="count"]').textContent!.trim()).to.equal('2 of 6 networks');
      $<HTMLButtonElement>(el, '.clear-all').click();
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(DEMO_IDS);
      await new Promise((resolve) => setTimeout(resolve, 800)); // the delayed live-region update
      await settle();
    });

    it('with zero violations, seen by the page from its start and by the test', () => {
      expect(win.__violations).to.deep.equal([]);
      expect(fromParent).to.deep.equal([]);
    });

    it('Trusted Types (where the engine has them): Lit created its one policy, named lit-html', function () {
      if (!win.trustedTypes) this.skip(); // this engine ignores the Trusted Types directives
      // the policy name is allowed, so a second one fails only because Lit already made it
      expect(() => win.trustedTypes!.createPolicy('lit-html', { createHTML: (s: string) => s })).to.throw();
    });
  });

  describe('the policy is enforced in this engine (control: what a careless page would do)', () => {
    let frame: HTMLIFrameElement;
    let win: FrameWindow;
    let doc: Document;

    before(async () => {
      frame = await openFrame(PAGE, 800, 400);
      win = frame.contentWindow as FrameWindow;
      doc = frame.contentDocument!;
      await readyDirectory(win);
    });

    after(() => frame.remove());

    const violationsFor = async (directive: RegExp) => {
      await waitUntil(
        () => win.__violations.some((v: Violation) => directive.test(v.directive)),
        `no ${directive} violation`,
        { timeout: 3000 },
      );
    };

    it('an inline script does not run', async () => {
      const script = doc.createElement('script');
      try {
        script.text = 'window.__inlineRan = true;'; // a Trusted Types sink: throws where they are enforced
      } catch (error) {
        expect(win.trustedTypes, `${error}`).to.exist;
      }
      doc.body.append(script);
      await violationsFor(/^(script-src|script-src-elem|require-trusted-types-for)$/);
      expect(win.__inlineRan).to.equal(undefined);
    });

    it('a style attribute and a <style> element do not apply', async () => {
      const probe = doc.createElement('p');
      probe.textContent = 'probe';
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      doc.body.append(probe);
      await violationsFor(/^(style-src|style-src-attr)$/);
      expect(win.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
      const style = doc.createElement('style');
      style.textContent = 'p { text-transform: uppercase }';
      doc.head.append(style);
      await violationsFor(/^(style-src|style-src-elem)$/);
      await settle();
      expect(win.getComputedStyle(probe).textTransform).to.equal('none');
    });

    it('Trusted Types (where the engine has them): a string into innerHTML or another policy is refused', function () {
      if (!win.trustedTypes) this.skip();
      // (the page's TypeError, not this window's: check the name)
      expect(() => (doc.createElement('div').innerHTML = '<b>x</b>'))
        .to.throw()
        .with.property('name', 'TypeError');
      expect(() => win.trustedTypes!.createPolicy('another', { createHTML: (s: string) => s })).to.throw();
    });
  });
});
