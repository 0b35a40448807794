// The page already runs Lit and @lit/localize (its own copies, its own configureLocalization
// and setLocale) before our bundle arrives: both keep working, each in its own language.
import { expect } from '@open-wc/testing';
import { BUNDLE_URL, DEMO_SEEN, importUrl, mountDemo, recordErrors, seen } from './helpers.js';
import { greetingText, startHostApp } from './pages/host-app.js';

describe('beside a host app that configured its own Lit and @lit/localize first', () => {
  const errors = recordErrors();
  const mounted: HTMLElement[] = [];
  let host: ReturnType<typeof startHostApp>;
  let greeting: HTMLElement & { updateComplete: Promise<boolean> };

  before(async () => {
    host = startHostApp();
    await host.setLocale('de');
    greeting = document.createElement('host-greeting') as typeof greeting;
    document.body.append(greeting);
    mounted.push(greeting);
    await greeting.updateComplete;
    expect(greetingText(greeting)).to.equal('Hallo');
    await importUrl(BUNDLE_URL);
  });

  after(() => mounted.forEach((el) => el.remove()));

  it('our element renders in its own language: lang="de" and lang="en" side by side', async () => {
    const de = await mountDemo(document, 'de');
    const en = await mountDemo(document, 'en');
    mounted.push(de, en);
    expect(seen(de)).to.deep.equal(DEMO_SEEN.de);
    expect(seen(en)).to.deep.equal(DEMO_SEEN.en);
  });

  it('the host keeps its locale and its element still renders and switches', async () => {
    expect(host.getLocale()).to.equal('de');
    expect(greetingText(greeting)).to.equal('Hallo');
    await host.setLocale('en');
    await greeting.updateComplete;
    expect(greetingText(greeting)).to.equal('Hello');
    await host.setLocale('de');
    await greeting.updateComplete;
    expect(greetingText(greeting)).to.equal('Hallo');
  });

  it('the host switching its locale does not change ours', async () => {
    const de = await mountDemo(document, 'de');
    const en = await mountDemo(document, 'en');
    mounted.push(de, en);
    await host.setLocale('en');
    (de as any).requestUpdate();
    (en as any).requestUpdate();
    await de.updateComplete;
    await en.updateComplete;
    expect(seen(de)).to.deep.equal(DEMO_SEEN.de);
    expect(seen(en)).to.deep.equal(DEMO_SEEN.en);
    await host.setLocale('de');
  });

  it('nothing threw: no uncaught error, no unhandled rejection', () => {
    expect(errors).to.deep.equal([]);
  });
});
