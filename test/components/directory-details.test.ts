import { expect, oneEvent } from '@open-wc/testing';
import { $, demoDirectory, directoryWith, minimalFeed } from './helpers.js';
import type { NetworkDirectory } from '../../src/components/network-directory.js';

const card = (el: NetworkDirectory, id: string) => $(el, `.card[data-id="${id}"]`)!;
async function open(el: NetworkDirectory, id: string) {
  card(el, id).querySelector<HTMLButtonElement>('.toggle')!.click();
  await el.updateComplete;
  return card(el, id).querySelector<HTMLElement>('.details')!;
}

describe('details', () => {
  it('a card shows name, short name, summary and facet badges', async () => {
    const el = await demoDirectory();
    const akim = card(el, 'akim');
    expect(akim.querySelector('.card-title')!.textContent).to.contain('Arbeitskreis Integration und Migrationsfragen');
    expect(akim.querySelector('.short-name')!.textContent).to.equal('(AKIM)');
    expect(akim.querySelector('.summary')!.textContent!.trim()).to.not.equal('');
    expect([...akim.querySelectorAll('.badge')].map((b) => b.textContent!.trim())).to.include('Reichweite: Lokal');
  });

  it('the toggle is a disclosure: aria-expanded, aria-controls, hidden until opened', async () => {
    const el = await demoDirectory();
    const toggle = card(el, 'akim').querySelector<HTMLButtonElement>('.toggle')!;
    const details = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    await open(el, 'akim');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    expect(toggle.textContent!.trim()).to.equal('Details ausblenden');
  });

  it('a closed card renders no details, only their empty container; opening renders them, closing removes them', async () => {
    const el = await demoDirectory();
    const details = card(el, 'akim').querySelector<HTMLElement>('.details')!;
    expect(details.id).to.not.equal('');
    expect(details.children).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('.details .facts')).to.have.length(0);
    await open(el, 'akim');
    expect(details.querySelector('.facts')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('.details .facts')).to.have.length(1);
    await open(el, 'akim'); // the same toggle closes it
    expect(details.hidden).to.equal(true);
    expect(details.children).to.have.length(0);
  });

  it('shows description, meetings, coordinator, members, area, contact, links and last check', async () => {
    const el = await demoDirectory();
    const details = await open(el, 'akim');
    const text = details.textContent!.replace(/\s+/g, ' ');
    for (const label of [
      'Treffen',
      'Koordination',
      'Mitglieder',
      'Kontakt',
      'Weitere Informationen',
      'Zuletzt geprüft',
    ]) {
      expect(text).to.contain(label);
    }
    expect(text).to.contain('20. November 2026');
    expect(details.querySelectorAll('.description p').length).to.be.greaterThan(0);
  });

  it('shows a founding date as precise as the feed gives it, and a note', async () => {
    const el = await demoDirectory('en');
    const details = await open(el, 'allianz-gegen-rechtsextremismus');
    expect(details.textContent).to.contain('March 19, 2009');
    expect(details.querySelector('.note')!.textContent).to.contain('Note');
  });

  it('links contact as mailto:, tel: and https:', async () => {
    const el = await directoryWith(
      minimalFeed([
        {
          id: 'a',
          name: 'A',
          contact: { email: 'info@example.org', phone: '+49 (911) 231-0', url: 'https://example.org/kontakt' },
          links: [{ label: 'Mehr', url: 'https://example.org/mehr' }],
        },
      ]),
    );
    const details = await open(el, 'a');
    const hrefs = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members([
      'mailto:info@example.org',
      'tel:+499112310',
      'https://example.org/kontakt',
      'https://example.org/mehr',
    ]);
  });

  it('fires nd-entry-opened when a card opens', async () => {
    const el = await demoDirectory();
    const opened = oneEvent(el, 'nd-entry-opened');
    card(el, 'akim').querySelector<HTMLButtonElement>('.toggle')!.click();
    expect((await opened).detail).to.deep.equal({ id: 'akim' });
  });

  it('paragraphs of a long text are separated at blank lines', async () => {
    const el = await directoryWith(
      minimalFeed([{ id: 'a', name: 'A', description: 'Erster Absatz.\n\nZweiter Absatz.' }]),
    );
    const details = await open(el, 'a');
    expect([...details.querySelectorAll('.description p')].map((p) => p.textContent)).to.deep.equal([
      'Erster Absatz.',
      'Zweiter Absatz.',
    ]);
  });
});
