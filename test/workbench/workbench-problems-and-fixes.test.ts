// A feed with problems: each is listed with its level, its line and column in the file and
// its path; choosing one brings its field into view and focuses it; fixing the field in
// the form makes the problem go away and the preview follow.
import { expect, waitUntil } from '@open-wc/testing';
import { fieldId } from '../../src/workbench/fields.js';
import {
  $,
  $$,
  PROBLEMS_JSON,
  openFixture,
  previewTitles,
  previews,
  previewsShow,
  problemTexts,
  type,
  workbench,
} from './helpers.js';

const field = (el: HTMLElement, path: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId(path)}`);

describe('workbench: a feed with problems', () => {
  it('lists every problem with level, line and column, path and the CLI sentence', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    // The same five problems, in the same places, as `network-directory validate` names them.
    expect(problemTexts(el)).to.deep.equal([
      'Feld · Zeile 12, Spalte 27 · networks[0].contact.url Die Adresse in networks[0].contact.url beginnt nicht mit https:// oder http:// und wird nicht verlinkt. Tragen Sie eine Webadresse ein, die mit https:// beginnt.',
      'Feld · Zeile 13, Spalte 37 · networks[0].facets.topic[1] Den Filterwert „sport“ in networks[0].facets.topic[1] gibt es in der Gruppe „topic“ nicht; er wird ignoriert. Prüfen Sie die Schreibweise oder ergänzen Sie ihn in der Gruppe.',
      'Eintrag · Zeile 15, Spalte 13 · networks[1].id Die Kennung „akim“ in networks[1].id ist schon an networks[0] vergeben, daher wird dieser Eintrag übersprungen. Vergeben Sie eine eigene Kennung.',
      'Eintrag · Zeile 16, Spalte 5 · networks[2].name In networks[2].name steht kein Name, daher wird dieser Eintrag übersprungen. Tragen Sie den Namen des Netzwerks ein.',
      'Feld · Zeile 17, Spalte 64 · networks[3].updated Das Datum in networks[3].updated („2026-02-30“) ist ungültig und wird ignoriert. Schreiben Sie ein echtes Datum als JJJJ-MM-TT.',
    ]);
    expect($(el, '.check .summary')!.textContent).to.equal('2 Netzwerke gelesen, 2 übersprungen, 5 Hinweise');
  });

  it('speaks English when the UI does', async () => {
    const el = await workbench('en');
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    const problems = problemTexts(el);
    expect(problems.length).to.equal(5);
    expect(problems[3]).to.match(/^entry · line 16, column 5 · networks\[2\]\.name /);
    // The switch re-words the list at once.
    [...$$<HTMLButtonElement>(el, '.language-switch button')].find((b) => b.lang === 'de')!.click();
    await el.updateComplete;
    expect(problemTexts(el)[3]).to.match(/^Eintrag · Zeile 16, Spalte 5 /);
  });

  it('choosing a problem selects its entry and focuses its field, which names the problem', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    const go = $$<HTMLButtonElement>(el, '.check button.go').find((b) => b.dataset.path === 'networks[3].updated')!;
    go.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id === fieldId('networks[3].updated'),
      'the date field has focus',
    );
    expect($(el, 'button.entry[aria-current="true"]')!.textContent!.trim()).to.equal('Bildung');
    const input = field(el, 'networks[3].updated')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.contain('„2026-02-30“) ist ungültig');
    // A missing name goes to the name's first language.
    expect(await el.showProblem('networks[2].name')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal(fieldId('networks[2].name.de'));
  });

  it('fixing a field in the form removes its problem and updates the preview', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    await previewsShow(el, 2);
    await el.showProblem('networks[2].name');
    type(field(el, 'networks[2].name.de')!, 'Netzwerk ohne Namen, jetzt mit');
    await waitUntil(() => problemTexts(el).length === 4, 'the name problem is gone', { timeout: 5000 });
    expect(problemTexts(el).some((p) => p.includes('networks[2].name'))).to.equal(false);
    await previewsShow(el, 3);
    expect(previewTitles(previews(el)[0])).to.include('Netzwerk ohne Namen, jetzt mit');
    expect(field(el, 'networks[2].name.de')!.getAttribute('aria-invalid')).to.equal('false');

    await el.showProblem('networks[0].contact.url');
    type(field(el, 'networks[0].contact.url')!, 'https://akim.example/');
    await waitUntil(() => problemTexts(el).length === 3, 'the URL problem is gone', { timeout: 5000 });
    expect((el.draft as any).networks[0].contact.url).to.equal('https://akim.example/');
  });

  it('a format error typed into a field shows beside it, in the validator’s words', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    type(field(el, 'networks[0].contact.email') ?? field(el, 'networks[0].id')!, 'nicht-eine-adresse');
    const input = field(el, 'networks[0].contact.email')!;
    await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'the email field is marked', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'nicht-eine-adresse',
    );
  });

  for (const lang of ['de', 'en']) {
    it(`is accessible with problems listed and fields marked (${lang})`, async function () {
      this.timeout(30_000);
      const el = await workbench(lang);
      await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
      await el.showProblem('networks[3].updated');
      await previewsShow(el, 2);
      await expect(el).to.be.accessible();
    });
  }
});
