import { expect } from '@open-wc/testing';
import { $$, clickTerm, demoDirectory, directoryWith, liveRegionSays, minimalFeed, typeQuery } from './helpers.js';

describe('result count', () => {
  it('is announced in one polite live region: "3 von 6 Netzwerken"', async () => {
    const el = await demoDirectory();
    const regions = $$(el, '[aria-live]');
    expect(regions).to.have.length(1);
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
    expect(regions[0].getAttribute('role')).to.equal('status');
    await liveRegionSays(el, '6 Netzwerke');
    await clickTerm(el, 'scope', 'local');
    await typeQuery(el, 'integration');
    await liveRegionSays(el, '2 von 6 Netzwerken');
  });

  it('speaks English with English plurals: "1 of 6 networks"', async () => {
    const el = await demoDirectory('en');
    await typeQuery(el, 'akim');
    await liveRegionSays(el, '1 of 6 networks');
  });

  it('uses the singular for a list of one', async () => {
    const de = await directoryWith(minimalFeed([{ id: 'a', name: 'A' }]), 'de');
    await liveRegionSays(de, '1 Netzwerk');
    await typeQuery(de, 'zzz');
    await liveRegionSays(de, '0 von 1 Netzwerk');
    const en = await directoryWith(minimalFeed([{ id: 'a', name: 'A' }]), 'en');
    await typeQuery(en, 'zzz');
    await liveRegionSays(en, '0 of 1 network');
  });

  it('formats large numbers for the reader: "1.234 Netzwerke"', async () => {
    const networks = Array.from({ length: 1234 }, (_, i) => ({ id: `n${i}`, name: `Netz ${i}` }));
    const el = await directoryWith(minimalFeed(networks), 'de');
    await liveRegionSays(el, '1.234 Netzwerke');
  });

  it('is announced once typing pauses, not per keystroke', async () => {
    const el = await demoDirectory();
    await liveRegionSays(el, '6 Netzwerke');
    await typeQuery(el, 'a');
    await typeQuery(el, 'ak');
    await typeQuery(el, 'aki');
    const region = $$(el, '[role="status"]')[0];
    expect(region.textContent).to.contain('6 Netzwerke'); // not yet: typing goes on
    await liveRegionSays(el, '1 von 6 Netzwerken');
  });
});
