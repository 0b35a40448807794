// A CMS theme with global resets and !important rules on *, button, input, headings, links
// and lists (pages/hostile.css) must not change what readers see inside <network-directory>,
// and the widget must not change the page: two pages of their own (iframes), one clean and
// one hostile, each measure their own elements, then load the built bundle and a directory.
// Inside, the hostile page's directory must look like the clean page's; outside, every
// element of the page must look as it did before the widget arrived.
import { expect } from '@open-wc/testing';
import {
  loadBundleIn,
  mountIn,
  openFrame,
  settle,
  computed,
  shadow,
  type Directory,
  type FrameWindow,
} from './helpers.js';

const page = (name: string) => new URL(`./pages/${name}`, import.meta.url).pathname;

/** Inside the directory: one element of each kind a reader sees. */
const INSIDE = {
  base: '.directory',
  title: '.title', // an h2 (heading-level 3 → feed title one above)
  'card-title': '.card-title', // h3
  card: '.card',
  summary: '.card .summary',
  badge: '.badge',
  toggle: '.card .toggle',
  'language (chosen)': '.language-switch button[aria-pressed="true"]',
  'language (other)': '.language-switch button[aria-pressed="false"]',
  search: 'input[type="search"]',
  'search label': '.search-field label',
  checkbox: '.term input[type="checkbox"]',
  'term label': '.term label',
  legend: '.facet legend',
  'result item': '.results > li',
  count: 'p.count',
  'footer link': '.footer a',
} as const;

/** What the theme's `*` rules and the element rules set (and a few of their consequences). */
const PROPERTIES = [
  'color',
  'background-color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'line-height',
  'font-style',
  'font-weight',
  'font-size',
  'text-align',
  'text-indent',
  'white-space',
  'cursor',
  'visibility',
  'display',
  'margin-left',
  'padding-left',
  'text-decoration-line',
  'border-top-style',
  'border-top-width',
];

/** The theme's `* { box-sizing: content-box }`: a reset older themes still ship. */
const BOX_PROPERTIES = ['box-sizing'];

/** Inherited properties the theme also sets, which CMS themes set less often. */
const RARER_PROPERTIES = [
  'text-shadow',
  'font-variant-caps',
  '-webkit-text-fill-color',
  'word-break',
  'direction',
  'font-stretch',
  'font-feature-settings',
  'hyphens',
  'tab-size',
  'caret-color',
  'text-align-last',
];

/** Controls a reader operates. */
const CONTROLS = ['input[type="search"]', '.term input[type="checkbox"]', '.card .toggle', '.language-switch button'];

/** Outside: the page's own elements. */
const OUTSIDE = [
  'html',
  'body',
  '#outside-h2',
  '#outside-p',
  '#outside-a',
  '#outside-button',
  '#outside-ul',
  '#outside-li',
];
const OUTSIDE_PROPERTIES = [
  ...PROPERTIES,
  ...BOX_PROPERTIES,
  ...RARER_PROPERTIES,
  'list-style-type',
  'list-style-position',
  'font-family',
  'margin-top',
  'padding-top',
  'width',
  'height',
];
/** The page grows by the widget's height, of course (and may get a scroll bar: narrower). */
const GROWS = new Set(['html height', 'body height', 'html width', 'body width']);

interface HostPage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  el: Directory;
  outsideBefore: Record<string, Record<string, string>>;
  sheetsBefore: string[];
}

const outsideStyles = (doc: Document) =>
  Object.fromEntries(OUTSIDE.map((selector) => [selector, computed(doc.querySelector(selector)!, OUTSIDE_PROPERTIES)]));

/** The page's style sheets: linked and <style> ones, and constructed ones it adopted. */
const sheetList = (doc: Document) => [
  ...[...doc.styleSheets].map((s) => s.href ?? `<style> ${s.cssRules.length} rules`),
  ...doc.adoptedStyleSheets.map((s) => `adopted ${s.cssRules.length} rules`),
  ...[...doc.querySelectorAll('style, link[rel~="stylesheet"]')].map((n) => n.outerHTML),
];

async function openHostPage(name: string, renderRoot: RenderRoot): Promise<HostPage> {
  const frame = await openFrame(page(name), 1000, 1400);
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  await settle();
  const outsideBefore = outsideStyles(doc);
  const sheetsBefore = sheetList(doc);
  await loadBundleIn(frame);
  const el = await mountIn(doc.querySelector('#slot')!, {
    lang: 'de',
    'render-root': renderRoot === 'light' ? 'light' : null,
  });
  // one entry opened, so its details (links, lists) are measured too
  shadow(el).querySelector<HTMLButtonElement>('.card[data-id="akim"] .toggle')!.click();
  await el.updateComplete;
  await settle();
  return { frame, win, doc, el, outsideBefore, sheetsBefore };
}

const inside = (host: HostPage, selector: string) => {
  const found = shadow(host.el).querySelector(selector);
  if (!found) throw new Error(`no ${selector} inside the directory`);
  return found;
};

/** Every difference of `props` between the clean and the hostile page's directory, one line each. */
function differences(clean: HostPage, hostile: HostPage, props: readonly string[]): string[] {
  const lines: string[] = [];
  for (const [name, selector] of Object.entries(INSIDE)) {
    const a = computed(inside(clean, selector), props);
    const b = computed(inside(hostile, selector), props);
    for (const p of props) if (a[p] !== b[p]) lines.push(`${name} ${p}: clean ${a[p]} · hostile ${b[p]}`);
  }
  return lines;
}

type RenderRoot = 'shadow' | 'light';

// The same guarantees with render-root="light" (rendered in the page's tree, for translators),
// except that its one scoped style sheet is adopted by the page (the last test says which).
for (const renderRoot of ['shadow', 'light'] as const)
  describe(`host CSS cannot break the built widget, and its CSS does not leak out (${renderRoot})`, () => {
    let clean: HostPage;
    let hostile: HostPage;

    before(async function () {
      this.timeout(40_000); // two pages, each loading the bundle and the feed (WebKit is slow at it)
      clean = await openHostPage('host-clean.html', renderRoot);
      hostile = await openHostPage('host-hostile.html', renderRoot);
      expect(hostile.el.shadowRoot === null, 'rendered into the page tree').to.equal(renderRoot === 'light');
    });

    after(() => {
      clean?.frame.remove();
      hostile?.frame.remove();
    });

    it('the hostile theme is really there (the page around the widget is red, uppercase, italic)', () => {
      const h2 = hostile.win.getComputedStyle(hostile.doc.querySelector('#outside-h2')!);
      expect(h2.color).to.equal('rgb(255, 0, 0)');
      expect(h2.fontSize).to.equal('60px');
      expect(h2.textTransform).to.equal('uppercase');
      expect(hostile.win.getComputedStyle(hostile.el).letterSpacing).to.equal('3px');
      expect(hostile.win.getComputedStyle(hostile.el).fontSize).to.equal('10px');
      expect(hostile.win.getComputedStyle(hostile.el).direction).to.equal('rtl');
      expect(hostile.win.getComputedStyle(hostile.doc.querySelector('#outside-button')!).backgroundColor).to.equal(
        'rgb(255, 0, 0)',
      );
    });

    it('inside, colours, spacing, case, style and sizes are those of the directory on a clean page', () => {
      expect(differences(clean, hostile, PROPERTIES)).to.deep.equal([]);
    });

    it("inside, list items show no markers (the theme's list-style reaches no list item)", () => {
      const items = [...shadow(hostile.el).querySelectorAll('li')];
      expect(items.length).to.be.above(10);
      const marked = items
        .map((li) => hostile.win.getComputedStyle(li))
        .filter((style) => style.display === 'list-item' && style.listStyleType !== 'none');
      expect(marked.map((style) => style.listStyleType)).to.deep.equal([]);
    });

    // The page's `* { box-sizing: content-box }` matches the host element and beats :host;
    // `.directory` sets border-box again so that nothing inside inherits the page's.
    it('inside, boxes are border-box and controls as big as on a clean page', () => {
      expect(differences(clean, hostile, BOX_PROPERTIES)).to.deep.equal([]);
      for (const selector of CONTROLS) {
        const a = inside(clean, selector).getBoundingClientRect();
        const b = inside(hostile, selector).getBoundingClientRect();
        expect(b.height, `${selector} height as on the clean page`).to.be.closeTo(a.height, 1);
        expect(b.width, `${selector} width as on the clean page`).to.be.closeTo(a.width, 1);
      }
      const input = inside(hostile, 'input[type="search"]').getBoundingClientRect();
      const row = inside(hostile, '.search-field').getBoundingClientRect();
      expect(input.right, 'search field inside its row').to.be.at.most(row.right + 0.5);
    });

    // `.directory` resets these rarer inherited properties too (a page rule on * reaches the host).
    // (-webkit-text-fill-color would otherwise paint text in the page's colour while `color` reads right.)
    it('inside, the rarer inherited properties too (text-shadow, small caps, text fill colour, word-break, direction, …)', () => {
      expect(differences(clean, hostile, RARER_PROPERTIES)).to.deep.equal([]);
    });

    it('the search field, checkboxes and buttons are visible and at least 24 px', () => {
      for (const selector of CONTROLS) {
        const node = inside(hostile, selector);
        const box = node.getBoundingClientRect();
        const style = hostile.win.getComputedStyle(node);
        expect(style.display, selector).not.to.equal('none');
        expect(style.visibility, selector).to.equal('visible');
        expect(box.width, `${selector} width`).to.be.at.least(24);
        expect(box.height, `${selector} height`).to.be.at.least(24);
      }
    });

    it('headings keep their size (not 60 px) and links are underlined in the accent colour', () => {
      for (const selector of ['.title', '.card-title']) {
        const size = parseFloat(hostile.win.getComputedStyle(inside(hostile, selector)).fontSize);
        expect(size, selector).to.be.below(40);
        expect(hostile.win.getComputedStyle(inside(hostile, selector)).textTransform, selector).to.equal('none');
      }
      for (const selector of ['.footer a', '.card[data-id="akim"] .details a']) {
        const link = hostile.win.getComputedStyle(inside(hostile, selector));
        expect(link.textDecorationLine, selector).to.contain('underline');
        expect(link.color, selector).to.equal('rgb(10, 92, 153)'); // --nd-accent's default, #0a5c99
      }
    });

    it('it inherits the page font family, on purpose', () => {
      for (const host of [clean, hostile]) {
        const pageFont = host.win.getComputedStyle(host.doc.body).fontFamily;
        expect(pageFont).to.contain('Georgia');
        expect(host.win.getComputedStyle(host.el).fontFamily).to.equal(pageFont);
        for (const selector of ['.directory', '.card-title', 'input[type="search"]', '.toggle']) {
          expect(host.win.getComputedStyle(inside(host, selector)).fontFamily, selector).to.equal(pageFont);
        }
      }
    });

    for (const name of ['clean', 'hostile'] as const) {
      it(`outside, on the ${name} page, every element looks as it did before the widget loaded`, () => {
        const host = name === 'clean' ? clean : hostile;
        const after = outsideStyles(host.doc);
        const changed: string[] = [];
        for (const selector of OUTSIDE) {
          for (const p of OUTSIDE_PROPERTIES) {
            const before = host.outsideBefore[selector][p];
            if (before !== after[selector][p] && !GROWS.has(`${selector} ${p}`))
              changed.push(`${selector} ${p}: ${before} → ${after[selector][p]}`);
          }
        }
        expect(changed).to.deep.equal([]);
      });

      it(`outside, on the ${name} page, no style sheet was added or adopted (light: one, scoped to the element), and no --nd-* property set`, () => {
        const host = name === 'clean' ? clean : hostile;
        if (renderRoot === 'shadow') expect(sheetList(host.doc)).to.deep.equal(host.sheetsBefore);
        else {
          // The page's own sheets are as they were (WebKitGTK also lists the adopted one in styleSheets).
          const own = (list: string[]) => list.filter((entry) => !/^(adopted|<style>) \d+ rules$/.test(entry));
          expect(own(sheetList(host.doc))).to.deep.equal(own(host.sheetsBefore));
          expect(host.doc.adoptedStyleSheets.length, 'adopted sheets').to.equal(1);
          // One layer, and every selector in it starts at the element: nothing can match outside it.
          const layer = host.doc.adoptedStyleSheets[0]!.cssRules[0] as CSSLayerBlockRule;
          expect([host.doc.adoptedStyleSheets[0]!.cssRules.length, layer.name]).to.deep.equal([1, 'network-directory']);
          const unscoped: string[] = [];
          const walk = (rules: CSSRuleList) => {
            for (const rule of rules) {
              const selector = (rule as CSSStyleRule).selectorText;
              if (selector !== undefined) {
                for (const one of selector.split(/,(?![^(]*\))/))
                  if (!/^\s*(:where\()?network-directory/.test(one)) unscoped.push(one);
              }
              if ((rule as CSSGroupingRule).cssRules) walk((rule as CSSGroupingRule).cssRules);
            }
          };
          walk(layer.cssRules);
          expect(layer.cssRules.length, 'rules').to.be.above(50);
          expect(unscoped).to.deep.equal([]);
        }
        const root = host.win.getComputedStyle(host.doc.documentElement);
        expect(root.getPropertyValue('--nd-accent')).to.equal('');
        expect(root.getPropertyValue('--_accent')).to.equal('');
      });
    }
  });
