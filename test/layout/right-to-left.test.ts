/**
 * Right-to-left hosts and feed texts (issue #15): in `<html lang="ar" dir="rtl">` the German
 * interface is not mirrored; a feed text in a right-to-left language runs right to left
 * (its full stop at its end, on the left); every `lang` the widget sets has its `dir`.
 */
import { expect } from '@open-wc/testing';
import { $, $$, PHONE, LAPTOP, demoAtWidth, demoFeedJson, resetPage } from './helpers.js';
import { directionOf } from '../../src/components/direction.js';
import { directoryStyles } from '../../src/components/network-directory.styles.js';

/** The box of the character at `index` of the first text node of `node`. */
function charBox(node: Node, index: number): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent!.trim() ? 1 : 2),
  });
  const text = walker.nextNode() as Text | null;
  if (!text) throw new Error('no text');
  const start = text.data.indexOf(text.data.trim()) + (index < 0 ? text.data.trim().length + index : index);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  return range.getBoundingClientRect();
}

describe('directionOf', () => {
  it('knows the right-to-left languages and scripts, the same in every engine', () => {
    const rtl = ['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'dv', 'yi', 'ar-EG', 'fa-AF', 'az-Arab', 'pa-Arab'];
    const ltr = ['de', 'en', 'de-AT', 'tr', 'ru', 'uk', 'zh-Hans', 'ja', 'ku', 'ar-Latn', 'sr-Cyrl'];
    expect(rtl.map(directionOf)).to.deep.equal(rtl.map(() => 'rtl'));
    expect(ltr.map(directionOf)).to.deep.equal(ltr.map(() => 'ltr'));
  });

  it('leaves unknown languages to the text (auto) and does not throw on bad tags', () => {
    expect([directionOf(''), directionOf('und')]).to.deep.equal(['auto', 'auto']);
    expect(directionOf('not a tag!')).to.equal('ltr');
    expect(directionOf('ar_EG')).to.equal('rtl');
  });
});

describe('in a right-to-left page', () => {
  afterEach(resetPage);

  it('the German interface is not mirrored: "6 Netzwerke" starts with its number, on the left', async () => {
    const el = await demoAtWidth(PHONE, { pageDir: 'rtl', pageLang: 'ar' });
    const base = $(el, '.directory')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir'), getComputedStyle(base).direction]).to.deep.equal([
      'de',
      'ltr',
      'ltr',
    ]);
    const count = $(el, 'p.count')!;
    expect(count.textContent!.trim()).to.equal('6 Netzwerke');
    expect(charBox(count, 0).left, '"6" left of "N"').to.be.below(charBox(count, 2).left);
    expect(
      count.getBoundingClientRect().left - el.getBoundingClientRect().left,
      'the count starts at the left edge',
    ).to.be.below(30);
    const summary = $(el, '.card .summary p')!;
    expect(charBox(summary, -1).left, 'a summary’s full stop is at its end, on the right').to.be.above(
      charBox(summary, 0).left,
    );
  });

  it('every element with lang has the matching dir', async () => {
    const feed = await demoFeedJson();
    feed.networks[0].name = { ar: 'شبكة الاندماج' };
    feed.networks[0].summary = { ar: 'شبكة محلية للاندماج.' };
    const el = await demoAtWidth(LAPTOP, { feed, pageDir: 'rtl', pageLang: 'ar' });
    const withLang = $$(el, '[lang]');
    expect(withLang.length).to.be.above(3);
    const pairs = withLang.map((n) => `${n.getAttribute('lang')}:${n.getAttribute('dir')}`);
    expect(
      pairs.filter((p) => !/^(de|en):ltr$|^ar:rtl$/.test(p)),
      'lang without its dir',
    ).to.deep.equal([]);
    expect(pairs).to.include('ar:rtl');
  });
});

describe('feed texts in a right-to-left language', () => {
  afterEach(resetPage);

  it('run right to left inside the German interface: the full stop ends the line on the left', async () => {
    const feed = await demoFeedJson();
    feed.networks[0].name = { ar: 'شبكة الاندماج' };
    feed.networks[0].summary = { ar: 'شبكة محلية للاندماج في المدينة.' };
    const el = await demoAtWidth(PHONE, { feed });
    const name = $(el, '.card .name span[lang="ar"]')!;
    expect([name.getAttribute('dir'), getComputedStyle(name).direction]).to.deep.equal(['rtl', 'rtl']);
    const summary = $(el, '.card .summary')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    const p = summary.querySelector('p')!;
    expect(charBox(p, -1).left, 'the full stop is left of the first letter').to.be.below(charBox(p, 0).left);
  });
});

describe('the layout is written in logical properties', () => {
  it('names no physical side (left/right/top/bottom) nor physical sizes outside the host rules', () => {
    const css = directoryStyles.cssText.replace(/\/\*[\s\S]*?\*\//g, '');
    const physical =
      css.match(
        /(?:^|[\s;{])((?:margin|padding|border|inset)-(?:left|right|top|bottom)|(?:left|right|top|bottom)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)|(?:min-|max-)?(?:width|height)\s*:)/g,
      ) ?? [];
    expect(physical.map((m) => m.trim())).to.deep.equal([]);
  });
});
