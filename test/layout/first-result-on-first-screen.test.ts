/**
 * Results first (issue #15): with the demo feed (a description of two paragraphs, four
 * facets), the first result's title is on the first screen of a phone (390 × 844) and of
 * a laptop (1280 × 800) when the directory starts at the top of the page.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { commandSupport } from '../config/engine.js';
import { LAPTOP, PHONE, box, demoAtWidth, resetPage } from './helpers.js';

describe('the first result is on the first screen', () => {
  afterEach(resetPage);
  after(async () => {
    if (commandSupport.setViewport) await setViewport({ width: 800, height: 600 });
  });

  for (const screen of [PHONE, LAPTOP]) {
    it(`at ${screen.width} × ${screen.height}: the first card's title ends above ${screen.height} px`, async () => {
      const el = await demoAtWidth(screen);
      const top = el.getBoundingClientRect().top;
      const title = box(el, '.card-title');
      expect(top, 'the directory starts at the top of the page').to.be.below(2);
      expect(title.height, 'the title is rendered').to.be.above(0);
      expect(Math.round(title.bottom - top), 'bottom of the first title, from the top of the directory').to.be.at.most(
        screen.height,
      );
      // Where the driver sets the viewport, the real first screen is measured too.
      if (commandSupport.setViewport) expect(title.bottom).to.be.at.most(window.innerHeight);
    });
  }

  it('in English too, at 390 px', async () => {
    const el = await demoAtWidth(PHONE, { lang: 'en' });
    expect(Math.round(box(el, '.card-title').bottom - el.getBoundingClientRect().top)).to.be.at.most(PHONE.height);
  });
});
