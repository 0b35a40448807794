// Editing beyond single fields: entries added, removed and reordered, terms chosen, the
// translation overview and the diff following the draft, leaving with unsaved changes.
import { expect, waitUntil } from '@open-wc/testing';
import { fieldId } from '../../src/workbench/fields.js';
import {
  $,
  $$,
  PROBLEMS_JSON,
  catchDownloads,
  openFixture,
  previewTitles,
  previews,
  previewsShow,
  type,
  workbench,
} from './helpers.js';

const button = (el: HTMLElement, text: string) => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter(
    (b) => b.textContent!.trim() === text,
  );
  if (found.length !== 1) throw new Error(`${found.length} buttons "${text}"`);
  return found[0];
};
const diffText = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('.save .diff')!.textContent!.replace(/\s+/g, ' ').trim();
const row = (el: HTMLElement, field: string) =>
  [...el.shadowRoot!.querySelectorAll(`.translations tr[data-field="${field}"] td .count`)].map((c) => c.textContent);

describe('workbench: editing', () => {
  it('adds an entry (its id field focused), reorders and removes entries; the diff and the preview follow', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    expect(diffText(el)).to.equal('Keine Änderungen gegenüber der geöffneten Datei.');
    button(el, 'Eintrag hinzufügen').click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id === fieldId('networks[4].id'),
      'the new entry’s id has focus',
    );
    type(el.shadowRoot!.activeElement as HTMLInputElement, 'neu');
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('networks[4].name.de')}`)!, 'Neues Netzwerk');
    await previewsShow(el, 3);
    expect(diffText(el)).to.equal('Gegenüber der geöffneten Datei: 0 geändert, 1 hinzugefügt, 0 entfernt.');

    button(el, 'Nach oben').click();
    await waitUntil(() => (el.draft as any).networks[3].id === 'neu', 'moved up');
    await waitUntil(
      () => previewTitles(previews(el)[0]).join('|') === 'AKIM|Neues Netzwerk|Bildung',
      'the preview shows the new order',
      {
        timeout: 5000,
      },
    );
    // A new entry moved among the old ones changes nothing in their order.
    expect(diffText(el)).not.to.contain('Reihenfolge');

    button(el, 'Eintrag entfernen').click();
    await waitUntil(() => (el.draft as any).networks.length === 4, 'removed');
    await previewsShow(el, 2);
    expect(diffText(el)).to.equal('Keine Änderungen gegenüber der geöffneten Datei.');

    button(el, 'Bildung').click();
    await el.updateComplete;
    button(el, 'Nach oben').click();
    await waitUntil(() => previewTitles(previews(el)[0]).join('|') === 'AKIM|Bildung', 'Bildung moved up', {
      timeout: 5000,
    });
    expect((el.draft as any).networks.map((n: any) => n.id)).to.deep.equal(['akim', 'akim', 'bildung', 'ohne-name']);
    expect(diffText(el)).to.equal(
      'Gegenüber der geöffneten Datei: 0 geändert, 0 hinzugefügt, 0 entfernt. Die Reihenfolge ist geändert.',
    );
  });

  it('counts per field the entries that lack English, and follows a translation typed in', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    // name: AKIM, AKIM doppelt (plain German strings) and Bildung ({ de }) lack English; nothing lacks German.
    expect(row(el, 'name')).to.deep.equal(['3', '0']);
    // Each entry named in the overview leads to the missing field.
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.translations tr[data-field="name"] td button')[2].click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id === fieldId('networks[3].name.en'),
      'Bildung’s English name has focus',
    );
    type(el.shadowRoot!.activeElement as HTMLInputElement, 'Education');
    await el.updateComplete;
    expect(row(el, 'name')).to.deep.equal(['2', '0']);
    expect((el.draft as any).networks[3].name).to.deep.equal({ de: 'Bildung', en: 'Education' });
  });

  it('chooses filter terms by checkbox, in the order of the group', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    await el.showProblem('networks[3].updated');
    const box = el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('networks[3].facets.topic')}`)!;
    expect(box.checked).to.equal(false);
    box.click();
    await el.updateComplete;
    expect((el.draft as any).networks[3].facets).to.deep.equal({ topic: ['work'] });
  });

  it('asks before the page is left with unsaved changes, not after they are downloaded', async () => {
    const el = await workbench();
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('networks[0].shortName')}`)!, 'AK');
    expect(el.unsaved).to.equal(true);
    expect(leave()).to.equal(true);
    const files = catchDownloads(el);
    button(el, 'Feed (JSON) herunterladen').click();
    expect(files.length).to.equal(1);
    expect(JSON.parse(files[0].text).networks[0].shortName).to.equal('AK');
    expect(leave()).to.equal(false);
    el.remove();
  });

  it('a file that is not JSON is refused with the line of the error; nothing else is shown', async () => {
    const el = await workbench();
    await el.openFile(new File(['{\n  "version": 1,\n  "networks": [,]\n}'], 'kaputt.json'));
    await el.updateComplete;
    const failure = $(el, '.failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent!.replace(/\s+/g, ' ')).to.match(/Feed · Zeile 3, Spalte 16/);
    expect(previews(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('edits the filter groups: a new group with a term shows as checkboxes in the entry', async () => {
    const el = await workbench('en');
    await openFixture(el, PROBLEMS_JSON, 'feed-problems.json');
    $(el, 'details.head')!.setAttribute('open', '');
    button(el, 'Add a filter group').click();
    await el.updateComplete;
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('facets[1].id')}`)!, 'scope');
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('facets[1].label.en')}`)!, 'Reach');
    $$<HTMLButtonElement>(el, 'button')
      .filter((b) => b.textContent!.trim() === 'Add a term')[1]
      .click();
    await el.updateComplete;
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('facets[1].terms[0].id')}`)!, 'local');
    type(el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId('facets[1].terms[0].label.de')}`)!, 'Lokal');
    await el.updateComplete;
    expect((el.draft as any).facets[1]).to.deep.equal({
      id: 'scope',
      label: { en: 'Reach' },
      terms: [{ id: 'local', label: 'Lokal' }],
    });
    const legends = $$(el, '.entry-form .terms legend').map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['topic', 'Reach'].map((x, i) => (i === 0 ? 'Thema' : x)));
  });
});
