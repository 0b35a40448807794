// The table and head file the workbench downloads open again together, by picking or
// dropping both: the title and labels written in the workbench come back, the entries too.
import { expect } from '@open-wc/testing';
import { fieldId } from '../../src/workbench/fields.js';
import {
  $,
  $$,
  EXCEL_CSV,
  catchDownloads,
  openFixture,
  previewsShow,
  problemTexts,
  type,
  workbench,
} from './helpers.js';

describe('workbench: table and head file, downloaded and opened again', () => {
  it('keeps the title typed in the workbench, without notices about a missing head', async () => {
    const el = await workbench();
    await openFixture(el, EXCEL_CSV, 'netzwerke-excel.csv');
    $(el, 'details.head')!.setAttribute('open', '');
    await el.updateComplete;
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('title.de')}`)!, 'Netzwerke Integration');
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('facets[0].label.en')}`)!, 'Reach');
    await el.updateComplete;
    const files = catchDownloads(el);
    [...$$<HTMLButtonElement>(el, '.save button')].find((b) => b.textContent!.includes('CSV'))!.click();
    expect(files.map((f) => f.fileName)).to.deep.equal(['netzwerke-excel.csv', 'netzwerke-excel.head.json']);

    const again = await workbench();
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.fileName));
    $(again, '.workbench')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await previewsShow(again, 6);
    const feed = again.draft as any;
    expect(feed.title).to.equal('Netzwerke Integration');
    expect(feed.facets[0].label).to.deep.equal({ de: 'scope', en: 'Reach' });
    expect(problemTexts(again).filter((p) => p.includes('Ohne Kopfdatei'))).to.deep.equal([]);
    expect(problemTexts(again)).to.deep.equal([]);
  });

  it('places a problem of the head file at its line in that file', async () => {
    const el = await workbench();
    const table = 'id;name.de\r\na;A\r\n';
    const head = '{\n  "version": 1,\n  "language": "de",\n  "title": "T",\n  "updated": "2026-13-01"\n}\n';
    await el.openFiles([new File([table], 'netze.csv'), new File([head], 'netze.head.json')]);
    await el.updateComplete;
    expect(problemTexts(el)).to.have.length(1);
    expect(problemTexts(el)[0]).to.match(/^Feld · netze\.head\.json: Zeile 5, Spalte 14 · updated /);
  });
});
