// demo/embed-generator.html: the form writes the three snippets and the preview shows the
// embed page with the chosen configuration.
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, type FrameWindow } from '../isolation/helpers.js';

describe('demo/embed-generator.html', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let doc: Document;
  before(async () => {
    frame = await openFrame('/demo/embed-generator.html', 1100, 900);
    win = frame.contentWindow as FrameWindow;
    doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector<HTMLTextAreaElement>('#out-script')?.value,
      'the generator wrote no snippet',
      { timeout: 8000 },
    );
  });
  after(() => frame.remove());

  const set = (id: string, value: string) => {
    const input = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  const out = (id: string) => (doc.getElementById(id) as HTMLTextAreaElement).value;

  it('writes the link, the oEmbed command, the iframe and the script snippet for the chosen slice', () => {
    set('lang', 'en');
    set('filter', 'scope:local');
    set('hide-facets', 'scope');
    set('name', 'partner-en');
    expect(out('out-link')).to.equal('https://widgets.example.org/nd/partner-en.html');
    expect(out('out-oembed')).to.equal(
      "npx network-directory oembed feed.json --base https://widgets.example.org/nd/ --name partner-en --lang 'en' --filter 'scope:local' --hide-facets 'scope'",
    );
    expect(out('out-iframe')).to.include(
      '<iframe src="https://widgets.example.org/nd/embed.html?lang=en&amp;filter=scope:local&amp;hide-facets=scope"',
    );
    expect(out('out-iframe')).to.include("e.data?.type !== 'network-directory:height'");
    expect(out('out-script')).to.equal(
      '<script type="module" src="https://widgets.example.org/nd/network-directory.js"></script>\n<network-directory src="https://widgets.example.org/nd/feed.json" lang="en" filter="scope:local" hide-facets="scope"></network-directory>',
    );
  });

  it('marks a value the embed page would refuse', () => {
    set('filter', 'not a filter!');
    expect(doc.getElementById('filter')!.getAttribute('aria-invalid')).to.equal('true');
    set('filter', 'scope:local');
    expect(doc.getElementById('filter')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('the preview shows the embed page in that configuration and takes its height', async () => {
    const preview = doc.getElementById('preview') as HTMLIFrameElement;
    await waitUntil(
      () =>
        preview.src.includes('lang=en') &&
        preview.contentDocument?.querySelector('network-directory')?.shadowRoot?.querySelector('.card'),
      'the preview showed no entries',
      { timeout: 8000 },
    );
    const el = preview.contentDocument!.querySelector('network-directory') as HTMLElement & { currentLocale: string };
    expect(el.currentLocale).to.equal('en');
    expect(el.getAttribute('hide-facets')).to.equal('scope');
    await waitUntil(() => Number(preview.height) > 300, "the preview did not take the page's height", {
      timeout: 4000,
    });
  });

  it('every control has a label, and copying is announced in a live region', () => {
    const controls = [...doc.querySelectorAll('input, select, textarea')];
    expect(controls.length).to.be.above(10);
    const unlabelled = controls
      .filter((c) => !doc.querySelector(`label[for="${c.id}"]`))
      .map((c) => c.id || c.outerHTML);
    expect(unlabelled).to.deep.equal([]);
    expect(doc.getElementById('copied')!.getAttribute('role')).to.equal('status');
  });
});
