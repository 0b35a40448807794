/**
 * A host page whose scripts add enumerable members to Object.prototype, Array.prototype
 * and String.prototype before our bundle runs (issue #13, kind 1). Nothing they add may
 * change what we compute: the demo feed's entries all show (with publisher and contact),
 * search and facets filter, and no error reaches the page. The built bundle runs in a
 * page of its own (an iframe), as a host would load it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_IDS } from '../bundle/helpers.js';

type Directory = HTMLElement & { updateComplete: Promise<boolean> };

describe('host page with polluted built-in prototypes', () => {
  let frame: HTMLIFrameElement;
  let win: Window & { hostErrors?: string[] };
  let el: Directory;

  const ids = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = new URL('./pages/prototype-pollution.html', import.meta.url).pathname;
    frame.style.width = '1000px';
    frame.style.height = '800px';
    document.body.append(frame);
    await waitUntil(
      () =>
        frame.contentDocument
          ?.querySelector('network-directory')
          ?.shadowRoot?.querySelector('.card, .message.error, .message.empty'),
      'the directory did not render',
      {
        timeout: 10000,
      },
    );
    win = frame.contentWindow as typeof win;
    el = frame.contentDocument!.querySelector('network-directory') as Directory;
    await el.updateComplete;
  });

  after(() => frame.remove());

  it('the page really is polluted', () => {
    const probe = new (win as any).Object();
    expect('first' in probe && 'polluted' in probe).to.equal(true);
  });

  it('shows every entry of the demo feed, and its footer', () => {
    expect(el.shadowRoot!.querySelector('.message.error')?.textContent ?? '').to.equal('');
    expect(ids()).to.deep.equal(DEMO_IDS);
    expect(el.shadowRoot!.querySelector('.footer')?.textContent ?? '').to.contain('Herausgeber');
  });

  it('filters by search text and by a facet term', async () => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'akim';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids()).to.deep.equal(['akim']);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('.facet input[type="checkbox"]')!;
    box.click();
    await el.updateComplete;
    const shown = ids();
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.length).to.be.lessThan(DEMO_IDS.length);
  });

  it('opens an entry with its contact details', async () => {
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.card .toggle')!;
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details:not([hidden]) .facts')).to.not.equal(null);
  });

  it('no error reached the host page', () => {
    expect(win.hostErrors).to.deep.equal([]);
  });
});
