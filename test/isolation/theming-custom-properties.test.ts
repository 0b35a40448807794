// The documented theming surface of the built bundle: every --nd-* custom property set on
// the host changes what it should inside, ::part() rules apply, and `appearance` switches
// between the light and the dark colours (README "Styling", the JSDoc of the element).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { commandSupport } from '../config/engine.js';
import { BUNDLE_URL, importUrl } from '../bundle/helpers.js';
import { $, mountIn, settle, toggleEntry, type Directory } from './helpers.js';

const style = (el: Directory, selector: string) => getComputedStyle($(el, selector));

/** The resolved colour of any CSS colour, as getComputedStyle reports colours. */
function rgb(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

// Custom properties and appearance theme the directory with render-root="light" too; ::part()
// needs a shadow root, so in light mode it is documented not to apply (docs/embedding.md).
for (const renderRoot of ['shadow', 'light'] as const)
  describe(`theming the built bundle: custom properties, parts, appearance (${renderRoot})`, () => {
    const mounted: Element[] = [];
    const mount = async (attributes: Record<string, string> = {}, custom: Record<string, string> = {}) => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '1000px';
      document.body.append(wrapper);
      mounted.push(wrapper);
      const el = await mountIn(
        wrapper,
        renderRoot === 'light' ? { 'render-root': 'light', ...attributes } : attributes,
      );
      for (const [name, value] of Object.entries(custom)) el.style.setProperty(name, value);
      await settle();
      return el;
    };

    before(async () => {
      await importUrl(BUNDLE_URL);
    });

    afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

    it('defaults are the documented ones', async () => {
      const el = await mount();
      expect(style(el, '.footer a').color).to.equal(rgb('#0a5c99'));
      expect(style(el, '.language-switch [aria-pressed="true"]').backgroundColor).to.equal(rgb('#0a5c99'));
      expect(style(el, '.language-switch [aria-pressed="true"]').color).to.equal(rgb('#ffffff'));
      expect(style(el, '.directory').color).to.equal(rgb('#1a1a1a'));
      expect(style(el, '.directory').backgroundColor).to.equal(rgb('#ffffff'));
      expect(style(el, '.filters').backgroundColor).to.equal(rgb('#f4f6f8'));
      expect(style(el, '.card').borderTopColor).to.equal(rgb('#767676'));
      expect(style(el, '.card').borderTopLeftRadius).to.equal('6px'); // 0.375rem
      expect(style(el, '.directory').rowGap).to.equal('16px'); // 1rem
      expect(style(el, '.footer').color).to.equal(rgb('#555555'));
    });

    it('each --nd-* property set on the host changes its part of the look', async () => {
      const custom = {
        '--nd-accent': '#8a1538',
        '--nd-accent-contrast': '#fffbe6',
        '--nd-text': '#222244',
        '--nd-muted': '#4a4a4a',
        '--nd-background': '#fdfcf7',
        '--nd-surface': '#eef3e8',
        '--nd-border': '#5b6b3a',
        '--nd-radius': '12px',
        '--nd-space': '2rem',
        '--nd-focus': '#d4a000',
        '--nd-font': '"Courier New", monospace',
      };
      const el = await mount({}, custom);
      await toggleEntry(el, 'akim');
      const accent = rgb(custom['--nd-accent']);

      // accent: links, the chosen language, checkboxes, the note's edge
      expect(style(el, '.footer a').color, 'link').to.equal(accent);
      expect(style(el, '.card[data-id="akim"] .details a').color, 'link in details').to.equal(accent);
      const chosen = style(el, '.language-switch [aria-pressed="true"]');
      expect(chosen.backgroundColor, 'chosen language').to.equal(accent);
      expect(chosen.color, 'text on the accent').to.equal(rgb(custom['--nd-accent-contrast']));
      // text and muted text
      expect(style(el, '.directory').color, 'text').to.equal(rgb(custom['--nd-text']));
      expect(style(el, '.card-title').color, 'card title').to.equal(rgb(custom['--nd-text']));
      expect(style(el, '.footer').color, 'muted').to.equal(rgb(custom['--nd-muted']));
      expect(style(el, '.term .count').color, 'muted count').to.equal(rgb(custom['--nd-muted']));
      // background and surface
      expect(style(el, '.directory').backgroundColor, 'background').to.equal(rgb(custom['--nd-background']));
      expect(style(el, '.card').backgroundColor, 'card background').to.equal(rgb(custom['--nd-background']));
      expect(style(el, '.filters').backgroundColor, 'surface').to.equal(rgb(custom['--nd-surface']));
      // borders and radius
      expect(style(el, '.card').borderTopColor, 'card border').to.equal(rgb(custom['--nd-border']));
      expect(style(el, 'input[type="search"]').borderTopColor, 'search border').to.equal(rgb(custom['--nd-border']));
      expect(style(el, '.card').borderTopLeftRadius, 'card radius').to.equal('12px');
      expect(style(el, 'input[type="search"]').borderTopLeftRadius, 'search radius').to.equal('12px');
      // spacing
      expect(style(el, '.directory').rowGap, 'gap').to.equal('32px');
      expect(style(el, '.card').paddingTop, 'card padding').to.equal('32px');
      // font
      expect(style(el, '.directory').fontFamily, 'font').to.equal('"Courier New", monospace');
      expect(style(el, '.toggle').fontFamily, 'button font').to.equal('"Courier New", monospace');
      // focus ring: a text field is :focus-visible when focused, in every engine
      const search = $<HTMLInputElement>(el, 'input[type="search"]');
      search.focus();
      await settle();
      expect((el.shadowRoot ?? document).activeElement === search, 'the search field has focus').to.equal(true);
      expect(getComputedStyle(search).outlineColor, 'focus ring').to.equal(rgb(custom['--nd-focus']));
      search.blur();
    });

    if (renderRoot === 'shadow')
      it('::part(card) and ::part(title) rules of the page apply', async () => {
        const sheet = document.createElement('style');
        sheet.textContent = `
      .parted::part(card) { border-width: 3px; border-style: dashed; }
      .parted::part(title) { text-transform: uppercase; font-size: 40px; }
      .parted::part(search) { background-color: rgb(255, 250, 205); }`;
        document.head.append(sheet);
        try {
          const el = await mount({ class: 'parted' });
          expect(style(el, '.card').borderTopWidth).to.equal('3px');
          expect(style(el, '.card').borderTopStyle).to.equal('dashed');
          expect(style(el, '.title').textTransform).to.equal('uppercase');
          expect(style(el, '.title').fontSize).to.equal('40px');
          expect(style(el, 'input[type="search"]').backgroundColor).to.equal('rgb(255, 250, 205)');
          // ...and only where the page asked for them
          const plain = await mount();
          expect(style(plain, '.card').borderTopWidth).to.equal('1px');
          expect(style(plain, '.title').textTransform).to.equal('none');
        } finally {
          sheet.remove();
        }
      });

    it('appearance="dark" switches text, background, surface and accent colours', async () => {
      const light = await mount({ appearance: 'light' });
      const dark = await mount({ appearance: 'dark' });
      const colours = (el: Directory) => ({
        text: style(el, '.directory').color,
        background: style(el, '.directory').backgroundColor,
        surface: style(el, '.filters').backgroundColor,
        accent: style(el, '.footer a').color,
        scheme: getComputedStyle(el).colorScheme,
      });
      expect(colours(light)).to.deep.equal({
        text: rgb('#1a1a1a'),
        background: rgb('#ffffff'),
        surface: rgb('#f4f6f8'),
        accent: rgb('#0a5c99'),
        scheme: 'light',
      });
      expect(colours(dark)).to.deep.equal({
        text: rgb('#f0f3f6'),
        background: rgb('#0d1117'),
        surface: rgb('#1b222c'),
        accent: rgb('#8cc8ff'),
        scheme: 'dark',
      });
      // the search field and checkboxes follow (color-scheme reaches the form controls)
      expect(style(dark, 'input[type="search"]').backgroundColor).to.equal(rgb('#0d1117'));
      expect(style(dark, 'input[type="search"]').color).to.equal(rgb('#f0f3f6'));
    });

    it("a partner's custom properties win in dark appearance too", async () => {
      const dark = await mount({ appearance: 'dark' }, { '--nd-accent': '#ffb3c7', '--nd-background': '#101820' });
      expect(style(dark, '.footer a').color).to.equal(rgb('#ffb3c7'));
      expect(style(dark, '.directory').backgroundColor).to.equal(rgb('#101820'));
      expect(style(dark, '.directory').color).to.equal(rgb('#f0f3f6'));
    });

    it('appearance="auto" follows the reader\'s system setting (Chromium: emulated)', async function () {
      if (!commandSupport.emulateMedia) this.skip();
      const auto = await mount({ appearance: 'auto' });
      try {
        await emulateMedia({ colorScheme: 'dark' });
        await settle();
        expect(style(auto, '.directory').backgroundColor).to.equal(rgb('#0d1117'));
        await emulateMedia({ colorScheme: 'light' });
        await settle();
        expect(style(auto, '.directory').backgroundColor).to.equal(rgb('#ffffff'));
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('layout="compact" tightens cards and hides summaries', async () => {
      const compact = await mount({ layout: 'compact' }, { '--nd-space': '2rem' });
      expect(style(compact, '.card').paddingTop).to.equal('16px');
      expect(style(compact, '.card .summary').display).to.equal('none');
    });
  });
