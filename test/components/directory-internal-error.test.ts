/**
 * An internal error (a fault in our own code, not in the feed) is reported as what it
 * is (issue #13, kind 2): a short sentence for the reader, the real error in
 * console.error and in `nd-feed-failed`'s `detail.error`, never "set the src attribute".
 *
 * The line between the two: a feed given as a property is copied through JSON first, so
 * whatever its getters, proxies or cycles throw is the feed's problem (`not-object`).
 * What fails after that copy is ours. The fault is provoked through the feed
 * controller's `validate` seam, the one function it calls with the copied data.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import type { FeedFailedDetail } from '../../src/events.js';
import { $ } from './helpers.js';

const good = { version: 1, language: 'de', title: 'T', networks: [{ id: 'a', name: 'A' }] };

describe('directory: internal errors', () => {
  let errors: unknown[][];
  let originalError: typeof console.error;
  beforeEach(() => {
    errors = [];
    originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
  });

  it('says an internal error occurred, logs it and hands it over in detail.error', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory lang="de"></network-directory>`);
    const fault = new TypeError('a bug of ours');
    (el as unknown as { _loader: { validate: () => never } })._loader.validate = () => {
      throw fault;
    };
    const failed = oneEvent(el, 'nd-feed-failed');
    el.feed = good;
    const { detail } = (await failed) as CustomEvent<FeedFailedDetail>;
    await el.updateComplete;
    expect(detail.error === fault).to.equal(true);
    expect(detail.problems).to.deep.equal([]);
    expect(detail.message).to.contain('interner Fehler');
    expect(detail.message).to.not.contain('src');
    const shown = $(el, '.message.error')!.textContent!;
    expect(shown).to.contain('Ein interner Fehler ist aufgetreten');
    expect(shown).to.not.contain('src');
    expect(errors.some((args) => args.includes(fault))).to.equal(true);
  });

  it('in English too', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory lang="en"></network-directory>`);
    (el as unknown as { _loader: { validate: () => never } })._loader.validate = () => {
      throw new RangeError('x');
    };
    const failed = oneEvent(el, 'nd-feed-failed');
    el.feed = good;
    const { detail } = (await failed) as CustomEvent<FeedFailedDetail>;
    expect(detail.message).to.equal('An internal error occurred. Please reload the page later.');
  });

  it('a feed object whose getter throws is the feed’s problem: not-object, no internal error', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory lang="de"></network-directory>`);
    const failed = oneEvent(el, 'nd-feed-failed');
    el.feed = {
      version: 1,
      get networks(): never {
        throw new Error('getter');
      },
    };
    const { detail } = (await failed) as CustomEvent<FeedFailedDetail>;
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['not-object']);
    expect(detail.error).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });
});
