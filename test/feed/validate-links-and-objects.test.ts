import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { feedWithNetwork, minimalFeed, only } from './fixtures.js';

const network = (fields: Record<string, unknown>) => {
  const r = validateFeed(feedWithNetwork(fields));
  return { r, n: r.feed!.networks[0] };
};

describe('validateFeed: links', () => {
  it('is always an array, empty when absent', () => {
    const { r, n } = network({});
    expect(r.problems).to.deep.equal([]);
    expect(n.links).to.deep.equal([]);
  });

  it('drops a bad link alone and keeps the others in order', () => {
    const { r, n } = network({
      links: [
        { label: 'Eins', url: 'https://example.org/1' },
        { label: 'Zwei', url: 'javascript:alert(2)' },
        { label: 'Drei', url: 'https://example.org/3' },
      ],
    });
    expect(only(r)).to.include({ code: 'url-not-http', level: 'field', path: 'networks[0].links[1].url' });
    expect(n.links.map((l) => l.label.de)).to.deep.equal(['Eins', 'Drei']);
  });

  it('drops a link without a valid label', () => {
    for (const label of [undefined, '', {}, 3]) {
      const { r, n } = network({ links: [{ label, url: 'https://example.org' }] });
      expect(only(r)).to.include({ code: 'label-missing', path: 'networks[0].links[0].label' });
      expect(n.links).to.deep.equal([]);
    }
  });

  it('drops a link without url as url-missing', () => {
    expect(only(network({ links: [{ label: 'x' }] }).r)).to.include({
      code: 'url-missing',
      path: 'networks[0].links[0].url',
    });
  });

  it('reports a link that is not an object, and links that are not an array', () => {
    expect(only(network({ links: ['https://example.org'] }).r)).to.include({
      code: 'wrong-type',
      path: 'networks[0].links[0]',
    });
    const { r, n } = network({ links: { label: 'x', url: 'https://example.org' } });
    expect(only(r)).to.include({ code: 'wrong-type', path: 'networks[0].links' });
    expect(only(r).params.expected).to.equal('array');
    expect(n.links).to.deep.equal([]);
  });

  it('normalizes the link label and trims the url', () => {
    const { n } = network({ links: [{ label: { en: 'Statutes' }, url: ' https://example.org/s ' }] });
    expect(n.links).to.deep.equal([{ label: { en: 'Statutes' }, url: 'https://example.org/s' }]);
  });
});

describe('validateFeed: coordinator, contact, publisher', () => {
  it('keeps the good sub-fields of a contact and drops the bad ones alone', () => {
    const { r, n } = network({
      contact: { name: 'Frau Muster', email: 'kaputt', phone: '0911 1', url: 'https://example.org', address: 7 },
    });
    expect(r.problems.map((p) => p.path)).to.deep.equal(['networks[0].contact.email', 'networks[0].contact.address']);
    expect(n.contact).to.deep.equal({ name: { de: 'Frau Muster' }, phone: '0911 1', url: 'https://example.org' });
  });

  it('omits an object when nothing remains', () => {
    expect(network({ contact: { email: 'kaputt' } }).n).to.not.have.property('contact');
    expect(network({ coordinator: {} }).n).to.not.have.property('coordinator');
    expect(validateFeed({ ...minimalFeed(), publisher: { url: 'ftp://x' } }).feed).to.not.have.property('publisher');
  });

  for (const key of ['coordinator', 'contact']) {
    it(`reports a ${key} that is not an object as wrong-type`, () => {
      const { r, n } = network({ [key]: 'Amt für Integration' });
      expect(only(r)).to.include({ code: 'wrong-type', path: `networks[0].${key}` });
      expect(only(r).params).to.deep.equal({ expected: 'object', found: 'text' });
      expect(n).to.not.have.property(key);
    });
  }

  it('reports a publisher that is not an object', () => {
    expect(only(validateFeed({ ...minimalFeed(), publisher: ['x'] }))).to.include({
      code: 'wrong-type',
      path: 'publisher',
    });
  });

  it('keeps a full coordinator and publisher', () => {
    const r = validateFeed({
      ...feedWithNetwork({ coordinator: { name: { de: 'Amt', en: 'Office' }, url: 'https://a.de' } }),
      publisher: { name: 'Stadt', url: 'https://stadt.de', email: 'a@stadt.de' },
    });
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.publisher).to.deep.equal({ name: { de: 'Stadt' }, url: 'https://stadt.de', email: 'a@stadt.de' });
    expect(r.feed?.networks[0].coordinator).to.deep.equal({ name: { de: 'Amt', en: 'Office' }, url: 'https://a.de' });
  });
});

describe('validateFeed: unknown fields', () => {
  it('ignores unknown fields anywhere without a problem and does not copy them', () => {
    const r = validateFeed({
      ...feedWithNetwork({
        colour: 'red',
        contact: { fax: '1', email: 'a@b.de' },
        links: [{ label: 'L', url: 'https://a.de', rel: 'x' }],
      }),
      extra: { deep: [1, 2] },
      publisher: { name: 'P', logo: 'x' },
      facets: [{ id: 'f', label: 'F', icon: 'x', terms: [{ id: 't', label: 'T', colour: 'red' }] }],
    });
    expect(r.problems).to.deep.equal([]);
    const n = r.feed!.networks[0];
    expect(n).to.not.have.property('colour');
    expect(n.contact).to.deep.equal({ email: 'a@b.de' });
    expect(n.links[0]).to.deep.equal({ label: { de: 'L' }, url: 'https://a.de' });
    expect(r.feed).to.not.have.property('extra');
    expect(r.feed?.facets).to.deep.equal([{ id: 'f', label: { de: 'F' }, terms: [{ id: 't', label: { de: 'T' } }] }]);
  });
});
