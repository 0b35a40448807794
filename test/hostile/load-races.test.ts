/**
 * Loads that overlap: a newer `src` (or `feed`) aborts the running request, a late answer
 * never overwrites a newer one, and a failed reload keeps the last good entries on screen,
 * marked as possibly out of date.
 */
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { cardIds, minimalFeed } from '../components/helpers.js';
import {
  expectFailureMessage,
  expectHostUnharmed,
  mountOn,
  nextOutcome,
  problemStrings,
  unmountAll,
  waitForServer,
  rid,
  serverLog,
  type ServerLog,
} from './helpers.js';

const slow = (id: string, entry: string, ms = 4000) => `/__faults/slow?ms=${ms}&id=${id}&entry=${entry}`;
const fast = (entry: string) => `/__faults/feed?entry=${entry}`;

/** Counts the outcome events of `el` from now on. */
function countOutcomes(el: NetworkDirectory) {
  const seen: string[] = [];
  el.addEventListener('nd-feed-loaded', (e) =>
    seen.push(`loaded ${e.detail.feed.networks.map((x) => x.id).join(',')}`),
  );
  el.addEventListener('nd-feed-failed', (e) => seen.push(`failed ${e.detail.problems[0]?.code}`));
  return seen;
}

/** An empty directory (no URL state), in the page. */
async function emptyDirectory(): Promise<NetworkDirectory> {
  return fixture<NetworkDirectory>(html`<network-directory lang="de" no-url-state></network-directory>`);
}

const started = (id: string) =>
  waitForServer<ServerLog | null>(serverLog(id), (log) => log !== null, `request ${id} never reached the server`);
const aborted = (id: string) =>
  waitForServer<ServerLog | null>(serverLog(id), (log) => log?.aborted === true, `request ${id} was never aborted`);

describe('load races', () => {
  afterEach(() => {
    unmountAll();
    expectHostUnharmed();
  });

  it('changing src while a load runs aborts it (the server sees the request end early)', async () => {
    const el = await emptyDirectory();
    const events = countOutcomes(el);
    const first = rid('race-abort');
    el.src = slow(first, 'slow-one');
    await started(first);
    const outcome = nextOutcome(el);
    el.src = fast('fast-one');
    expect((await outcome).type).to.equal('nd-feed-loaded');
    await el.updateComplete;
    const log = await aborted(first);
    expect(log!.finished).to.equal(false);
    expect(cardIds(el)).to.deep.equal(['fast-one']);
    expect(events).to.deep.equal(['loaded fast-one']);
  });

  it('a late answer never overwrites a newer one: slow first, fast second, the fast entries stay', async () => {
    const el = await emptyDirectory();
    const events = countOutcomes(el);
    el.src = slow(rid('race-late'), 'slow-one', 600);
    await aTimeout(50);
    el.src = fast('fast-one');
    await aTimeout(1200); // well past the slow answer's time
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['fast-one']);
    expect(events).to.deep.equal(['loaded fast-one']);
  });

  it('setting `feed` while src loads wins over the late answer', async () => {
    const el = await emptyDirectory();
    const events = countOutcomes(el);
    const id = rid('race-feed');
    el.src = slow(id, 'slow-one', 600);
    await started(id);
    el.feed = minimalFeed([{ id: 'from-property', name: 'Eigenschaft' }]);
    await aTimeout(1000);
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['from-property']);
    expect(events).to.deep.equal(['loaded from-property']);
  });

  it('ten src changes in a row: only the last is shown, every earlier request is aborted', async () => {
    const el = await emptyDirectory();
    const events = countOutcomes(el);
    const ids = Array.from({ length: 9 }, (_, i) => rid(`burst-${i}`));
    for (const [i, id] of ids.entries()) {
      el.src = slow(id, `slow-${i}`);
      await el.updateComplete;
      await started(id);
    }
    const outcome = nextOutcome(el);
    el.src = fast('the-last');
    await outcome;
    await el.updateComplete;
    for (const id of ids) await aborted(id);
    expect(cardIds(el)).to.deep.equal(['the-last']);
    expect(events).to.deep.equal(['loaded the-last']);
  });

  it('removing the element mid-load aborts the request; putting it back loads afresh', async () => {
    const el = await emptyDirectory();
    const id = rid('race-remove');
    el.src = slow(id, 'slow-one', 800);
    await started(id);
    const parent = el.parentNode!;
    el.remove();
    await aborted(id);
    const outcome = nextOutcome(el);
    parent.append(el);
    expect((await outcome).type).to.equal('nd-feed-loaded');
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['slow-one']);
  });

  it('a failed reload (HTTP 500) keeps the last good entries, marked as possibly out of date', async () => {
    const { el } = await mountOn(fast('good'));
    const outcome = nextOutcome(el);
    el.src = '/__faults/status/500';
    const failed = await outcome;
    await el.updateComplete;
    expect(failed.type).to.equal('nd-feed-failed');
    if (failed.type !== 'nd-feed-failed') return;
    expect(failed.stale).to.equal(true);
    expect(cardIds(el)).to.deep.equal(['good']);
    await expectFailureMessage(el, failed.problems[0], { stale: true, extra: { de: ['500'], en: ['500'] } });
  });

  it('a reload that times out keeps the entries too; a later good load clears the warning', async () => {
    const { el } = await mountOn(fast('good'), { attrs: { timeout: '800' } });
    let outcome = nextOutcome(el);
    el.src = '/__faults/hang';
    const failed = await outcome;
    await el.updateComplete;
    expect(failed.type === 'nd-feed-failed' && failed.stale).to.equal(true);
    expect(problemStrings(failed.problems)).to.deep.equal(['feed timeout ']);
    expect(cardIds(el)).to.deep.equal(['good']);
    await expectFailureMessage(el, failed.problems[0], { stale: true });

    outcome = nextOutcome(el);
    el.src = fast('newer');
    expect((await outcome).type).to.equal('nd-feed-loaded');
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['newer']);
    expect(el.shadowRoot!.querySelector('.message.error')?.textContent ?? null, 'text of .message.error').to.equal(
      null,
    );
  });

  it('a reload that is no feed at all (HTML page) keeps the entries, stale', async () => {
    const { el } = await mountOn(fast('good'));
    const outcome = nextOutcome(el);
    el.src = '/__faults/html-200';
    const failed = await outcome;
    expect(failed.type === 'nd-feed-failed' && failed.stale).to.equal(true);
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['good']);
  });
});
