// An editor opens the German Excel CSV (Windows-1252, `;`, CRLF, line breaks in cells)
// with no head file: the preview shows its entries, the defaults are listed as notices,
// and the JSON download is exactly what `network-directory import` writes for it.
import { expect, waitUntil } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import {
  $,
  $$,
  bytesOf,
  EXCEL_CSV,
  EXCEL_EXPECTED,
  catchDownloads,
  openFixture,
  previewTitles,
  previews,
  previewsShow,
  problemTexts,
  textOf,
  workbench,
} from './helpers.js';

describe('workbench: German Excel CSV without a head file', () => {
  it('shows its six entries in both previews, German and English', async () => {
    const el = await workbench();
    await openFixture(el, EXCEL_CSV, 'netzwerke-excel.csv');
    await previewsShow(el, 6);
    const [de, en] = previews(el);
    expect(de.getAttribute('lang')).to.equal('de');
    expect(en.getAttribute('lang')).to.equal('en');
    expect(previewTitles(de)).to.include('Nürnberger Netzwerk Integration');
    expect(previewTitles(en)).to.include('Nuremberg Integration Network');
    expect($(el, '.status')!.textContent).to.contain('netzwerke-excel.csv geöffnet: 6 Einträge.');
  });

  it('lists each default of the missing head and the encoding as notices, with their cells', async () => {
    const el = await workbench();
    await openFixture(el, EXCEL_CSV, 'netzwerke-excel.csv');
    const problems = problemTexts(el);
    expect(problems.length).to.equal(7);
    expect(problems[0]).to.contain('Die Datei ist nicht als UTF-8 gespeichert');
    expect(problems[1]).to.contain('Ohne Kopfdatei heißt der Feed nach der Datei: „netzwerke-excel“');
    expect(problems[2]).to.contain('Zeile 1, Spalte B (name.de)');
    expect(problems[4]).to.contain('Zeile 1, Spalte J (facets.kind)');
    expect($(el, '.check .summary')!.textContent).to.equal('6 Netzwerke gelesen, 0 übersprungen, 7 Hinweise');
  });

  it('downloads JSON that the validator accepts and that equals the CLI import of the same file', async () => {
    const el = await workbench();
    await openFixture(el, EXCEL_CSV, 'netzwerke-excel.csv');
    const files = catchDownloads(el);
    [...$$<HTMLButtonElement>(el, '.save button')].find((b) => b.textContent!.includes('JSON'))!.click();
    expect(files.map((f) => f.fileName)).to.deep.equal(['netzwerke-excel.json']);
    const cli = await textOf(EXCEL_EXPECTED);
    expect(files[0].text).to.equal(cli);
    const result = validateFeed(JSON.parse(files[0].text));
    expect(result.problems.map((p) => p.code)).to.deep.equal([]);
    expect(result.feed?.networks.length).to.equal(6);
  });

  it('downloads the table and its head file, which open again to the same feed', async () => {
    const el = await workbench();
    await openFixture(el, EXCEL_CSV, 'netzwerke-excel.csv');
    const files = catchDownloads(el);
    [...$$<HTMLButtonElement>(el, '.save button')].find((b) => b.textContent!.includes('CSV'))!.click();
    expect(files.map((f) => f.fileName)).to.deep.equal(['netzwerke-excel.csv', 'netzwerke-excel.head.json']);
    expect(files[0].text.startsWith('\uFEFFid;name.de;name.en;')).to.equal(true);
    expect(JSON.parse(files[1].text).title).to.equal('netzwerke-excel');
    expect(JSON.parse(files[1].text)).not.to.have.property('networks');
  });

  for (const lang of ['de', 'en']) {
    it(`is accessible in ${lang} before and after the file is open`, async function () {
      this.timeout(30_000);
      const el = await workbench(lang);
      await expect(el).to.be.accessible();
      await openFixture(el, EXCEL_CSV, 'netzwerke-excel.csv');
      await previewsShow(el, 6);
      expect($(el, '#wb-check-heading')!.textContent).to.equal(lang === 'de' ? 'Prüfen' : 'Check');
      await expect(el).to.be.accessible();
    });
  }

  it('opens a file dropped on it', async () => {
    const el = await workbench();
    const bytes = await bytesOf(EXCEL_CSV);
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'netzwerke-excel.csv', { type: 'text/csv' }));
    $(el, '.workbench')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await waitUntil(() => previews(el).length === 2, 'the dropped table opened', { timeout: 5000 });
    await previewsShow(el, 6);
  });
});
