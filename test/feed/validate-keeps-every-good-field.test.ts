/**
 * Nothing good is lost: every field of FEED.md that passes reaches the validated feed,
 * and the edges of the scalar rules (FEED.md: e-mail up to 254 characters, phone with at
 * least three digits, real calendar dates, http(s) addresses) fall on the right side.
 */
import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { feedWithNetwork, fullFeed } from './fixtures.js';

const entry = (fields: Record<string, unknown>) => {
  const r = validateFeed(feedWithNetwork(fields));
  return { codes: r.problems.map((p) => p.code), n: r.feed!.networks[0] };
};

describe('validateFeed keeps every good field', () => {
  it('of the feed and of an entry, with its text in each language', () => {
    const r = validateFeed(fullFeed());
    expect(r.problems).to.deep.equal([]);
    const feed = r.feed!;
    expect({ ...feed.description }).to.deep.equal({
      de: 'Netzwerke in Nürnberg.\n\nZweiter Absatz.',
      en: 'Networks in Nuremberg.',
    });
    expect(feed.updated).to.equal('2026-11-20');
    const akim = feed.networks[0];
    expect({ ...akim.meetings }).to.deep.equal({ de: 'Zweimal im Jahr', en: 'Twice a year' });
    expect({ ...akim.members }).to.deep.equal({ de: 'Vereine, Behörden, Beratungsstellen' });
    expect({ ...akim.area }).to.deep.equal({ de: 'Stadt Nürnberg', en: 'City of Nuremberg' });
    expect(akim.updated).to.equal('2024-02-29');
  });
});

describe('validateFeed: the edges of the scalar rules', () => {
  it('takes an e-mail address of 254 characters, refuses one of 255', () => {
    const address = (length: number) => 'a@' + 'b'.repeat(length - 5) + '.de';
    expect(entry({ contact: { email: address(254) } }).codes).to.deep.equal([]);
    expect(entry({ contact: { email: address(255) } }).codes).to.deep.equal(['email-invalid']);
  });

  it('counts only digits in a phone number, 0 and 9 included', () => {
    for (const phone of ['110', '999', '0 0 0']) expect(entry({ contact: { phone } }).codes, phone).to.deep.equal([]);
    for (const phone of ['(+49)', '+ 1 - 2'])
      expect(entry({ contact: { phone } }).codes, phone).to.deep.equal(['phone-invalid']);
  });

  it('knows the months of 30 days', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(entry({ updated: `2025-${month}-30` }).codes, month).to.deep.equal([]);
      expect(entry({ updated: `2025-${month}-31` }).codes, month).to.deep.equal(['date-invalid']);
    }
    expect(entry({ updated: '2025-12-31' }).codes).to.deep.equal([]);
  });

  it('takes a language code with spaces around it', () => {
    const r = validateFeed({ ...fullFeed(), language: ' de ' });
    expect(r.problems).to.deep.equal([]);
    expect(r.feed!.language).to.equal('de');
  });

  it('refuses http:/ with one slash (relative to the page) even when a full address follows', () => {
    expect(entry({ contact: { url: 'http:/example.org/?from=https://example.org' } }).codes).to.deep.equal([
      'url-invalid',
    ]);
  });

  it('takes http as well as https for an address that needs the full parser (a German domain)', () => {
    for (const url of ['http://bücher.de/', 'https://bücher.de/', 'HTTP://xn--bcher-kva.de/']) {
      expect(entry({ contact: { url } }).codes, url).to.deep.equal([]);
    }
  });
});
