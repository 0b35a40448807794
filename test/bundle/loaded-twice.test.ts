// A CMS may put the script tag in twice (a template and a content block), or load the bundle
// beside the npm build of the same element: nothing may throw, the first registration stays,
// and the element works.
import { expect } from '@open-wc/testing';
import { BUNDLE_URL, DEMO_SEEN, countDefines, importUrl, mountDemo, recordErrors, seen } from './helpers.js';

describe('the bundle loaded twice, and beside lib/define.js', () => {
  const errors = recordErrors();
  const defines = countDefines();
  let first: any;
  let second: any;
  let fromLib: any;
  const mounted: HTMLElement[] = [];

  before(async () => {
    first = await importUrl(`${BUNDLE_URL}?copy=1`);
    second = await importUrl(`${BUNDLE_URL}?copy=2`);
    fromLib = await importUrl('/lib/define.js');
  });

  after(() => mounted.forEach((el) => el.remove()));

  it('evaluates each copy (three classes) and registers the tag once, with the first class', () => {
    expect(first.NetworkDirectory).to.be.a('function');
    expect(second.NetworkDirectory).to.be.a('function').and.not.equal(first.NetworkDirectory);
    expect(fromLib.NetworkDirectory).to.be.a('function').and.not.equal(first.NetworkDirectory);
    expect(defines.get('network-directory')).to.equal(1);
    expect(customElements.get('network-directory')).to.equal(first.NetworkDirectory);
  });

  it('renders the demo feed in German and in English', async () => {
    const de = await mountDemo(document, 'de');
    const en = await mountDemo(document, 'en');
    mounted.push(de, en);
    expect(de).to.be.instanceOf(first.NetworkDirectory);
    expect(seen(de)).to.deep.equal(DEMO_SEEN.de);
    expect(seen(en)).to.deep.equal(DEMO_SEEN.en);
  });

  it('a further defineNetworkDirectory() from any copy is harmless', () => {
    expect(() => second.defineNetworkDirectory()).not.to.throw();
    expect(() => fromLib.defineNetworkDirectory()).not.to.throw();
    expect(customElements.get('network-directory')).to.equal(first.NetworkDirectory);
  });

  it('nothing threw: no uncaught error, no unhandled rejection', () => {
    expect(errors).to.deep.equal([]);
  });
});
