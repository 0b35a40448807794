import { expect } from '@open-wc/testing';
import { cardIds, cardNames, demoDirectory, typeQuery } from './helpers.js';

describe('search as you type', () => {
  for (const query of ['fürth', 'furth', 'fuerth', 'FÜRTH']) {
    it(`"${query}" finds the networks that mention Fürth`, async () => {
      const el = await demoDirectory();
      await typeQuery(el, query);
      expect(cardNames(el)).to.deep.equal(['Fachtreffen der Frauen in der Migrantinnenarbeit']);
    });
  }

  for (const query of ['nürnberg', 'nuernberg', 'nurnberg']) {
    it(`"${query}" matches the same entries`, async () => {
      const el = await demoDirectory();
      await typeQuery(el, 'nürnberg');
      const expected = cardNames(el);
      await typeQuery(el, query);
      expect(cardNames(el)).to.deep.equal(expected);
      expect(expected.length).to.be.greaterThan(0);
    });
  }

  it('finds an entry by its short name', async () => {
    const el = await demoDirectory();
    await typeQuery(el, 'akim');
    expect(cardNames(el)).to.deep.equal(['Arbeitskreis Integration und Migrationsfragen']);
  });

  it('several words narrow the result: all must match', async () => {
    const el = await demoDirectory();
    await typeQuery(el, 'integration');
    const broad = cardNames(el).length;
    await typeQuery(el, 'integration stuttgart');
    expect(cardNames(el)).to.deep.equal(['Kommunaler Qualitätszirkel zur Integrationspolitik']);
    expect(broad).to.be.greaterThan(1);
  });

  it('searches the coordinator and facet labels in the current language', async () => {
    const el = await demoDirectory('en');
    await typeQuery(el, 'nationwide'); // the English label of a facet term
    expect(cardIds(el)).to.deep.equal(['qualitaetszirkel-integrationspolitik']);
    await typeQuery(el, 'bundesweit'); // its German label: not what an English reader sees
    expect(cardIds(el)).to.deep.equal([]);
    await typeQuery(el, 'stuttgart'); // the coordinator
    expect(cardIds(el)).to.deep.equal(['qualitaetszirkel-integrationspolitik']);
  });

  it('clearing the query shows everything again', async () => {
    const el = await demoDirectory();
    await typeQuery(el, 'akim');
    await typeQuery(el, '');
    expect(cardNames(el)).to.have.length(6);
  });
});
