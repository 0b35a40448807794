/** Opening entries, paging, printing, the language, and views restored from a URL or a new feed. */
import { expect } from 'chai';
import * as view from '../../src/state/view-state.js';
import type { Feed } from '../../src/feed/types.js';
import { feed, plain } from './fixtures.js';

describe('view state: entries, pages, language, restore', () => {
  const start = view.initialViewState();

  it('openEntry and closeEntry', () => {
    const open = view.openEntry(start, 'b');
    expect(open.openId).to.equal('b');
    expect(view.closeEntry(open).openId).to.equal(null);
  });

  it('showMore adds a page; printing shows every match, without changing the limit', () => {
    expect(view.shownCount(start, 100)).to.equal(view.PAGE_SIZE);
    expect(view.shownCount(view.showMore(start), 100)).to.equal(2 * view.PAGE_SIZE);
    expect(view.shownCount(view.showMore(start), 10)).to.equal(10);
    const printing = view.printAll(start);
    expect(view.shownCount(printing, 100)).to.equal(100);
    expect(printing.limit).to.equal(view.PAGE_SIZE);
  });

  it('chooseLanguage sets the reader’s language; a URL without one keeps it', () => {
    const english = view.chooseLanguage(start, 'en');
    expect(english.language).to.equal('en');
    expect(view.chooseLanguage(english, 'de').language).to.equal('de');
    const saved = { query: 'x', selected: {}, open: null, lang: null };
    expect(view.restoreFromUrl(english, saved, feed).language).to.equal('en');
    expect(view.restoreFromUrl(start, { ...saved, lang: 'en' }, null).language).to.equal('en');
  });

  it('restoreFromUrl without a feed changes only the language', () => {
    const saved = { query: 'x', selected: { scope: ['local'] }, open: 'a', lang: 'en' as const };
    const s = view.restoreFromUrl(start, saved, null);
    expect(s.filters.query).to.equal('');
    expect(s.openId).to.equal(null);
  });

  it('restoreFromUrl with a feed: query, known terms, open entry', () => {
    const saved = { query: 'x', selected: { scope: ['local', 'nope'], nope: ['a'] }, open: 'c', lang: null };
    const s = view.restoreFromUrl(view.showMore(start), saved, feed);
    expect(s.filters.query).to.equal('x');
    expect(plain(s.filters.selected)).to.deep.equal({ scope: ['local'] });
    expect(s.openId).to.equal('c');
    expect(s.limit).to.equal(view.PAGE_SIZE);
  });

  it('applyFeed drops what the new feed lacks, and closes an entry that is gone', () => {
    const s = view.openEntry(
      view.toggleTerm(view.toggleTerm(start, 'scope', 'local', true, feed), 'topic', 'work', true, feed),
      'c',
    );
    const smaller = { ...feed, facets: feed.facets.slice(0, 1), networks: feed.networks.slice(0, 2) } as Feed;
    const next = view.applyFeed(s, smaller);
    expect(plain(next.filters.selected)).to.deep.equal({ scope: ['local'] });
    expect(next.openId).to.equal(null);
    expect(view.applyFeed(view.openEntry(s, 'a'), smaller).openId).to.equal('a');
  });

  it('revealOpenEntry grows the limit to the page that holds the open entry', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    expect(view.revealOpenEntry(view.openEntry(start, 'n24'), ids).limit).to.equal(2 * view.PAGE_SIZE);
    expect(view.revealOpenEntry(view.openEntry(start, 'n48'), ids).limit).to.equal(3 * view.PAGE_SIZE);
    expect(view.revealOpenEntry(view.openEntry(start, 'n3'), ids).limit).to.equal(view.PAGE_SIZE);
    expect(view.revealOpenEntry(view.openEntry(start, 'gone'), ids).limit).to.equal(view.PAGE_SIZE);
  });
});
