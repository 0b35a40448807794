// Our bundle is on the page first; a host app then loads its own Lit and @lit/localize and
// configures localization: the host's configuration must succeed, and both keep their languages.
// The order matters, so it runs in a page of its own (an iframe).
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_SEEN, mountDemo, seen } from './helpers.js';
import { greetingText } from './pages/host-app.js';

describe('our bundle first, then a host app with its own Lit and @lit/localize', () => {
  let frame: HTMLIFrameElement;
  let win: Window & { hostApp?: any };
  let doc: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = new URL('./pages/bundle-before-host-app.html', import.meta.url).pathname;
    frame.style.width = '1000px';
    frame.style.height = '800px';
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as any)?.hostApp?.ready, 'the page did not get ready', {
      timeout: 8000,
    });
    win = frame.contentWindow as typeof win;
    doc = frame.contentDocument!;
  });

  after(() => frame.remove());

  it('registers our element once, and the host element', () => {
    expect(win.hostApp.defines.get('network-directory')).to.equal(1);
    expect(win.customElements.get('network-directory')).to.equal(win.hostApp.ours.NetworkDirectory);
    expect(win.customElements.get('host-greeting')).to.be.a('function');
  });

  it('our element renders in its own language: lang="de" and lang="en" side by side', async () => {
    const de = await mountDemo(doc, 'de');
    const en = await mountDemo(doc, 'en');
    expect(seen(de)).to.deep.equal(DEMO_SEEN.de);
    expect(seen(en)).to.deep.equal(DEMO_SEEN.en);
  });

  it('the host element renders and switches locale; ours stay as they were', async () => {
    const greeting = doc.createElement('host-greeting') as HTMLElement & { updateComplete: Promise<boolean> };
    doc.body.append(greeting);
    await greeting.updateComplete;
    expect(win.hostApp.getLocale()).to.equal('de');
    expect(greetingText(greeting)).to.equal('Hallo');
    await win.hostApp.setLocale('en');
    await greeting.updateComplete;
    expect(greetingText(greeting)).to.equal('Hello');

    const de = await mountDemo(doc, 'de');
    const en = await mountDemo(doc, 'en');
    expect(seen(de)).to.deep.equal(DEMO_SEEN.de);
    expect(seen(en)).to.deep.equal(DEMO_SEEN.en);
  });

  it('nothing threw: no uncaught error, no unhandled rejection', () => {
    expect(win.hostApp.errors).to.deep.equal([]);
  });
});
