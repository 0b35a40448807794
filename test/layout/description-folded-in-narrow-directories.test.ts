/**
 * The feed description in a narrow directory shows its first paragraph and a "Mehr lesen"
 * disclosure (issue #15: results first); a wide directory shows all of it.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { commandSupport } from '../config/engine.js';
import { $, $$, LAPTOP, PHONE, demoAtWidth, demoFeedJson, resetPage, shown } from './helpers.js';

const shownParagraphs = (el: Parameters<typeof shown>[0]) =>
  $$(el, '.feed-description p').filter((p) => p.getClientRects().length > 0).length;

describe('the feed description', () => {
  afterEach(resetPage);
  after(async () => {
    if (commandSupport.setViewport) await setViewport({ width: 800, height: 600 });
  });

  it('narrow: first paragraph and a disclosure that shows the rest and folds it again', async () => {
    const el = await demoAtWidth(PHONE);
    const button = $<HTMLButtonElement>(el, '.description-toggle')!;
    expect($$(el, '.feed-description p').length).to.equal(2);
    expect(shownParagraphs(el)).to.equal(1);
    expect([button.textContent!.trim(), button.getAttribute('aria-expanded')]).to.deep.equal(['Mehr lesen', 'false']);
    expect(
      el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)?.querySelector('.feed-description') != null,
    ).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(shownParagraphs(el)).to.equal(2);
    expect([button.textContent!.trim(), button.getAttribute('aria-expanded')]).to.deep.equal([
      'Weniger anzeigen',
      'true',
    ]);
    button.click();
    await el.updateComplete;
    expect(shownParagraphs(el)).to.equal(1);
  });

  it('wide: all of it, no disclosure', async () => {
    const el = await demoAtWidth(LAPTOP);
    expect(shownParagraphs(el)).to.equal(2);
    expect(shown(el, '.description-toggle')).to.equal(false);
  });

  it('a description of one paragraph has no disclosure', async () => {
    const feed = await demoFeedJson();
    feed.description = { de: 'Ein Absatz.', en: 'One paragraph.' };
    const el = await demoAtWidth(PHONE, { feed });
    expect($(el, '.description-toggle') === null).to.equal(true);
    expect(shownParagraphs(el)).to.equal(1);
  });
});
