import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NetworkDirectory } from '../../src/components/network-directory.js';
import { $, cardNames, directoryWith, failedDirectory, MISSING_FEED_URL, minimalFeed, typeQuery } from './helpers.js';

describe('states', () => {
  it('a failed request shows what went wrong, in words an editor can act on, and fires nd-feed-failed', async () => {
    const { el, detail } = await failedDirectory('de');
    expect(detail.problems[0].code).to.equal('http-status');
    expect(detail.stale).to.equal(false);
    const message = $(el, '.message.error')!.textContent!;
    expect(message).to.contain('Die Liste konnte nicht geladen werden.');
    expect(message).to.contain('404');
    expect(detail.message).to.contain('404');
  });

  it('the failure message follows the reader’s language', async () => {
    const { el } = await failedDirectory('en');
    expect($(el, '.message.error')!.textContent).to.contain('The list could not be loaded.');
  });

  it('a feed that is not JSON is reported at feed level', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory></network-directory>`);
    const failed = oneEvent(el, 'nd-feed-failed');
    el.innerHTML = '<script type="application/json">{"version": 1, </script>';
    const event = await failed;
    expect(event.detail.problems[0].code).to.equal('not-json');
  });

  it('a failed reload keeps the last good entries, marked as possibly out of date', async () => {
    const el = await directoryWith(minimalFeed([{ id: 'a', name: 'Gut' }]));
    const failed = oneEvent(el, 'nd-feed-failed');
    el.feed = undefined;
    el.src = MISSING_FEED_URL;
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.stale).to.equal(true);
    expect(cardNames(el)).to.deep.equal(['Gut']);
    expect($(el, '.message.error')!.textContent).to.contain('nicht mehr aktuell');
  });

  it('an empty feed says so', async () => {
    const el = await directoryWith(minimalFeed([]), 'en');
    expect($(el, '.message.empty')!.textContent).to.contain('does not contain any networks yet');
    expect(Boolean($(el, '.results')), '.results is present').to.equal(false);
  });

  it('no matches offers to clear the filters, which brings every entry back', async () => {
    const el = await directoryWith(
      minimalFeed([
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ]),
    );
    await typeQuery(el, 'zzzz');
    expect(cardNames(el)).to.deep.equal([]);
    const box = $(el, '.no-matches')!;
    expect(box.textContent).to.contain('Keine Netzwerke passen');
    box.querySelector('button')!.click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Alpha', 'Beta']);
  });

  it('without src or inline feed, tells the editor what to add', async () => {
    const el = await fixture<NetworkDirectory>(html`<network-directory lang="en"></network-directory>`);
    await el.updateComplete;
    expect($(el, '.message.error')!.textContent).to.match(/src/);
  });
});
