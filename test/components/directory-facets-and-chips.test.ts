import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, cardIds, clickTerm, demoDirectory, termBox, typeQuery } from './helpers.js';

const countOf = (box: HTMLInputElement) =>
  Number(box.parentElement!.querySelector('.count')!.textContent!.replace(/\D/g, ''));

describe('facets', () => {
  it('renders one group per feed facet, in feed order, with a legend in the reader’s language', async () => {
    const el = await demoDirectory('en');
    expect($$(el, '.facet legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Reach',
      'Type',
      'Topic',
      'Who takes part',
    ]);
  });

  it('ORs terms within a group', async () => {
    const el = await demoDirectory();
    await clickTerm(el, 'scope', 'local');
    const local = cardIds(el);
    await clickTerm(el, 'scope', 'national');
    expect(cardIds(el)).to.include.members([...local, 'qualitaetszirkel-integrationspolitik']);
    expect(cardIds(el)).to.have.length(local.length + 1);
  });

  it('ANDs across groups', async () => {
    const el = await demoDirectory();
    await clickTerm(el, 'scope', 'local');
    await clickTerm(el, 'audience', 'professionals');
    expect(cardIds(el)).to.deep.equal(['akim']);
  });

  it('counts what each term would yield given the other groups’ choices', async () => {
    const el = await demoDirectory();
    expect(countOf(termBox(el, 'scope', 'regional'))).to.equal(2);
    await clickTerm(el, 'scope', 'local');
    // Within the chosen group the counts stay: choosing one term does not zero its siblings.
    expect(countOf(termBox(el, 'scope', 'regional'))).to.equal(2);
    // Other groups count within the choice: only AKIM among the local ones has professionals.
    expect(countOf(termBox(el, 'audience', 'professionals'))).to.equal(1);
  });

  it('counts follow the search text', async () => {
    const el = await demoDirectory();
    await typeQuery(el, 'akim');
    expect(countOf(termBox(el, 'scope', 'local'))).to.equal(1);
    expect(countOf(termBox(el, 'scope', 'regional'))).to.equal(0);
  });

  it('fires nd-filters-changed with the query and the chosen terms', async () => {
    const el = await demoDirectory();
    const changed = oneEvent(el, 'nd-filters-changed');
    termBox(el, 'topic', 'integration').click();
    const event = await changed;
    expect(event.detail).to.deep.equal({ query: '', selected: { topic: ['integration'] } });
  });
});

describe('chips', () => {
  it('shows each chosen term as a removable chip with an accessible name', async () => {
    const el = await demoDirectory();
    await clickTerm(el, 'scope', 'local');
    await clickTerm(el, 'topic', 'integration');
    const chips = $$(el, '.chip');
    expect(chips.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      'Filter entfernen: Reichweite: Lokal',
      'Filter entfernen: Thema: Integration',
    ]);
  });

  it('removing a chip unchecks its term and widens the result', async () => {
    const el = await demoDirectory();
    await clickTerm(el, 'scope', 'local');
    $(el, '.chip')!.click();
    await el.updateComplete;
    expect(termBox(el, 'scope', 'local').checked).to.equal(false);
    expect(cardIds(el)).to.have.length(6);
    expect(Boolean($(el, '.chip')), '.chip is present').to.equal(false);
  });

  it('"clear all" removes every filter and the search text', async () => {
    const el = await demoDirectory();
    await typeQuery(el, 'integration');
    await clickTerm(el, 'scope', 'local');
    $(el, '.clear-all')!.click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(6);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
    expect(Boolean($(el, '.chips')), '.chips is present').to.equal(false);
  });
});
