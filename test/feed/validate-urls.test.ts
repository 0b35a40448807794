import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { feedWithNetwork, only } from './fixtures.js';

const contactUrl = (url: unknown) => {
  const r = validateFeed(feedWithNetwork({ contact: { name: 'X', url } }));
  return { r, contact: r.feed!.networks[0].contact };
};

describe('validateFeed: URLs', () => {
  for (const url of [
    'https://example.org',
    'http://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG/',
    'https://bücher.de/straße',
  ]) {
    it(`accepts ${url}`, () => {
      const { r, contact } = contactUrl(url);
      expect(r.problems).to.deep.equal([]);
      expect(contact?.url).to.equal(url);
    });
  }

  it('trims a URL', () => {
    expect(contactUrl('  https://example.org/x \n').contact?.url).to.equal('https://example.org/x');
  });

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'mailto:a@example.org',
    'file:///etc/passwd',
  ]) {
    it(`refuses ${JSON.stringify(url)} as url-not-http`, () => {
      const { r, contact } = contactUrl(url);
      expect(only(r)).to.include({ code: 'url-not-http', level: 'field', path: 'networks[0].contact.url' });
      expect(contact).to.deep.equal({ name: { de: 'X' } });
    });
  }

  for (const url of ['/foo', 'foo.html', '//example.org/x', 'www.example.org', 'https://', 'http://[::1', '', '   ']) {
    it(`refuses ${JSON.stringify(url)} as url-invalid`, () => {
      const { r, contact } = contactUrl(url);
      expect(only(r)).to.include({ code: 'url-invalid', level: 'field', path: 'networks[0].contact.url' });
      expect(contact).to.not.have.property('url');
    });
  }

  it('refuses a non-string URL as wrong-type', () => {
    expect(only(contactUrl(42).r)).to.include({ code: 'wrong-type', path: 'networks[0].contact.url' });
  });

  it('checks the coordinator and publisher URLs too', () => {
    const r = validateFeed({
      ...feedWithNetwork({ coordinator: { name: 'C', url: 'data:x' } }),
      publisher: { name: 'P', url: 'javascript:x' },
    });
    expect(r.problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['url-not-http', 'publisher.url'],
      ['url-not-http', 'networks[0].coordinator.url'],
    ]);
    expect(r.feed?.publisher).to.deep.equal({ name: { de: 'P' } });
    expect(r.feed?.networks[0].coordinator).to.deep.equal({ name: { de: 'C' } });
  });

  it('accepts exactly what new URL() parses as http(s) with // after the scheme, also for tricky hosts', () => {
    const corpus = [
      'https://a.de',
      'http://a',
      'https://a.de/',
      'https://a.de?x',
      'https://a.de#x',
      'https://a-.-b.de/x y',
      'https://1.2.3.4/',
      'https://1.2.3.999/',
      'https://0x7f.1/',
      'https://a.0x1/',
      'https://a.123/',
      'https://a.b1/',
      'https://xn--a.de/',
      'https://xn--bcher-kva.de/',
      'https://XN--A.de',
      'https://a..de/',
      'https://.a.de/',
      'https://a.de./',
      'https://a.de:443/',
      'https://a.de:99999/',
      'https://user@a.de/',
      'https://a.de\\x',
      'https://a_b.de/',
      'https://[::1]/',
      'https://a.de/\u0000',
      'https://a.de/%zz',
      'https://a.de/\n/x',
      'https:/a.de',
      'https:a.de',
      'https://',
      'https://-/',
    ];
    for (const url of corpus) {
      let expected: boolean;
      try {
        // `https:/a.de` and `https:a.de` parse, but in a link on an https page they are relative.
        expected = ['http:', 'https:'].includes(new URL(url).protocol) && /^https?:[/\\]{2}/i.test(url);
      } catch {
        expected = false;
      }
      const accepted = contactUrl(url).r.problems.length === 0;
      expect(accepted, url).to.equal(expected);
    }
  });
});
