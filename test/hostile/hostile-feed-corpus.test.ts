/**
 * Every bad feed of the corpus, loaded by URL through the real element: what it shows
 * (cards, literal texts, links) and what it reports (event, problems with level, code and
 * path) follow FEED.md. The expectations are in ./expectations.ts.
 */
import { expect } from '@open-wc/testing';
import { $, $$, cardIds } from '../components/helpers.js';
import { PAGE_SIZE } from '../../src/components/network-directory.js';
import { HOSTILE_CASES } from './expectations.js';
import {
  card,
  expectFailureMessage,
  expectHostUnharmed,
  expectNothingRan,
  hrefsIn,
  mountOn,
  openEachCard,
  problemStrings,
  unmountAll,
} from './helpers.js';

const FEEDS = '/test/hostile/feeds/';

describe('hostile feed corpus: nothing lost, nothing run', () => {
  afterEach(() => {
    unmountAll();
    expectHostUnharmed();
  });

  it('has at least 40 cases, each file listed once', () => {
    expect(HOSTILE_CASES.length).to.be.at.least(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.file)).size).to.equal(HOSTILE_CASES.length);
  });

  for (const c of HOSTILE_CASES) {
    // A pending case states the FEED.md outcome that the code does not reach yet (see its `pending`).
    (c.pending ? it.skip : it)(`${c.file}: ${c.about}`, async () => {
      const { el, outcome } = await mountOn(FEEDS + c.file, { attrs: c.attrs, timeout: 15_000 });
      const reported = problemStrings(outcome.problems);

      if (c.outcome === 'failed') {
        expect(outcome.type, `outcome (problems: ${reported.join('; ')})`).to.equal('nd-feed-failed');
        if (outcome.type !== 'nd-feed-failed') return;
        expect(outcome.stale).to.equal(false);
        expect(outcome.problems.every((p) => p.level === 'feed')).to.equal(true);
        expect(outcome.message).to.be.a('string').and.not.equal('');
        await expectFailureMessage(el, outcome.problems[0]);
      } else {
        expect(outcome.type, `outcome (problems: ${reported.join('; ')})`).to.equal('nd-feed-loaded');
        if (outcome.type !== 'nd-feed-loaded') return;
        expect($(el, '.message.error')?.textContent ?? null, 'text of .message.error').to.equal(null);
        expect(outcome.problems.some((p) => p.level === 'feed')).to.equal(false);
        if (c.total !== undefined) {
          expect(outcome.total).to.equal(c.total);
          expect($(el, '.show-more'), 'a "show more" button for the rest').to.exist;
        } else {
          expect(outcome.total).to.equal(c.shown.length);
        }
      }

      if (c.problems) expect(reported).to.deep.equal([...c.problems].sort());
      if (c.problemCount !== undefined) expect(reported).to.have.length(c.problemCount);
      for (const p of c.someProblems ?? []) expect(reported).to.include(p);

      expect(cardIds(el)).to.deep.equal(c.shown);
      // A card's details are rendered when it is opened: every card is checked open.
      // Own keys only: ids such as `constructor` are part of the corpus.
      const expected = <T>(of: Record<string, T> | undefined, id: string) =>
        of && Object.hasOwn(of, id) ? of[id] : undefined;
      await openEachCard(el, (opened) => {
        const id = opened.dataset.id!;
        for (const t of expected(c.texts, id) ?? [])
          expect(opened.textContent, `card ${id} shows ${JSON.stringify(t)}`).to.contain(t);
        const hrefs = expected(c.hrefs, id);
        if (hrefs) expect(hrefsIn(opened), `links of card ${id}`).to.deep.equal(hrefs);
        expectNothingRan(el);
      });
      for (const id of [...Object.keys(c.texts ?? {}), ...Object.keys(c.hrefs ?? {})]) {
        expect(card(el, id), `card ${id}`).to.exist;
      }
      if (c.footer?.texts) for (const t of c.footer.texts) expect($(el, '.footer')!.textContent).to.contain(t);
      if (c.footer?.hrefs) expect(hrefsIn($(el, '.footer'))).to.deep.equal(c.footer.hrefs);

      expectNothingRan(el);
    });
  }

  it('long texts are shown whole: a 100,000-character name, and a 100 KB URL as a link', async () => {
    const { el } = await mountOn(FEEDS + 'generated/long-strings.json');
    const name = card(el, 'long-name')!.querySelector('.name')!.textContent!;
    expect(name).to.have.length(100_000);
    expect(name.startsWith('ÄÄÄ') && name.endsWith('xxx')).to.equal(true);
    let href = '';
    await openEachCard(el, (opened) => {
      if (opened.dataset.id === 'long-url') [href] = hrefsIn(opened);
    });
    expect(href).to.have.length('https://example.org/'.length + 100_000);
  });

  it('the 100,000-character id is reported shortened, not repeated in full', async () => {
    const { outcome } = await mountOn(FEEDS + 'generated/long-strings.json');
    const p = outcome.problems.find((x) => x.code === 'id-invalid')!;
    expect(String(p.params.value).length).to.be.at.most(80);
  });

  it('a feed of exactly max-bytes loads; one byte less is refused', async () => {
    const size = new TextEncoder().encode(await (await fetch(FEEDS + 'bom.json')).text()).length + 3; // + BOM bytes
    const exact = await mountOn(FEEDS + 'bom.json', { attrs: { 'max-bytes': String(size) } });
    expect(exact.outcome.type).to.equal('nd-feed-loaded');
    const below = await mountOn(FEEDS + 'bom.json', { attrs: { 'max-bytes': String(size - 1) } });
    expect(below.outcome.type).to.equal('nd-feed-failed');
    expect(problemStrings(below.outcome.problems)).to.deep.equal(['feed too-large ']);
  });

  it('10,000 entries: "show more" reveals the next page, the count says 10.000', async () => {
    const { el } = await mountOn(FEEDS + 'generated/ten-thousand-entries.json');
    expect($(el, 'p.count')!.textContent).to.contain('10.000');
    expect($(el, '.show-more')!.textContent).to.contain(`(${PAGE_SIZE} von 10.000 angezeigt)`);
    $(el, '.show-more')!.click();
    await el.updateComplete;
    expect($$(el, '.card')).to.have.length(2 * PAGE_SIZE);
  });
});
