import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { feedWithNetwork, minimalFeed, only } from './fixtures.js';

const network = (fields: Record<string, unknown>) => {
  const r = validateFeed(feedWithNetwork(fields));
  return { r, n: r.feed!.networks[0] };
};

describe('validateFeed: e-mail', () => {
  for (const email of ['a@example.org', 'first.last+tag@sub.example.co.uk', ' a@b.de ']) {
    it(`accepts ${email}`, () => {
      const { r, n } = network({ contact: { email } });
      expect(r.problems).to.deep.equal([]);
      expect(n.contact?.email).to.equal(email.trim());
    });
  }
  for (const email of [
    'a@localhost',
    'a.example.org',
    'a @b.de',
    '<a@b.de>',
    'a@b@c.de',
    '@b.de',
    'a@.b.de',
    'a@b.de.',
    'a@b..de',
    'a@b.de,c@d.de',
    '',
    'a@' + 'b'.repeat(260) + '.de',
  ]) {
    it(`refuses ${JSON.stringify(email).slice(0, 30)} as email-invalid`, () => {
      const { r, n } = network({ contact: { email, name: 'N' } });
      expect(only(r)).to.include({ code: 'email-invalid', level: 'field', path: 'networks[0].contact.email' });
      expect(n.contact).to.deep.equal({ name: { de: 'N' } });
    });
  }
  it('checks the publisher e-mail', () => {
    expect(only(validateFeed({ ...minimalFeed(), publisher: { email: 'x' } }))).to.include({
      code: 'email-invalid',
      path: 'publisher.email',
    });
  });
});

describe('validateFeed: phone', () => {
  for (const phone of ['+49 (911) 231-0', '0911/2310', '112', ' 0911 123 ']) {
    it(`accepts ${phone}`, () => {
      const { r, n } = network({ contact: { phone } });
      expect(r.problems).to.deep.equal([]);
      expect(n.contact?.phone).to.equal(phone.trim());
    });
  }
  for (const phone of ['12', '+ ( ) / -', '0911 CALL', '0911;1', 'tel:0911', '', '0911\u00a0123']) {
    it(`refuses ${JSON.stringify(phone)} as phone-invalid`, () => {
      expect(only(network({ contact: { phone } }).r)).to.include({
        code: 'phone-invalid',
        path: 'networks[0].contact.phone',
      });
    });
  }
  it('refuses a number as wrong-type (leading zeros would be lost)', () => {
    expect(only(network({ contact: { phone: 9112310 } }).r).code).to.equal('wrong-type');
  });
});

describe('validateFeed: dates', () => {
  for (const founded of ['1998', '1998-02', '2000-02-29', '1999-12-31']) {
    it(`accepts founded ${founded}`, () => {
      const { r, n } = network({ founded });
      expect(r.problems).to.deep.equal([]);
      expect(n.founded).to.equal(founded);
    });
  }
  for (const founded of [
    '98',
    '1998-2',
    '1998-00',
    '1998-13',
    '1900-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-01-00',
    '1998 ',
    '1998-01-01T00:00',
    '01.02.1998',
  ]) {
    it(`refuses founded ${JSON.stringify(founded)} as date-invalid`, () => {
      const { r, n } = network({ founded });
      expect(only(r)).to.include({ code: 'date-invalid', level: 'field', path: 'networks[0].founded' });
      expect(only(r).params.format).to.equal('partial');
      expect(n).to.not.have.property('founded');
    });
  }
  it('refuses a numeric founded year as wrong-type', () => {
    expect(only(network({ founded: 1998 }).r)).to.include({ code: 'wrong-type', path: 'networks[0].founded' });
  });
  for (const updated of ['2024', '2024-05', '2025-02-30', '2024-5-1']) {
    it(`refuses entry updated ${updated} (day precision only)`, () => {
      const p = only(network({ updated }).r);
      expect(p).to.include({ code: 'date-invalid', path: 'networks[0].updated' });
      expect(p.params.format).to.equal('day');
    });
  }
  it('accepts and checks the feed updated date', () => {
    expect(validateFeed({ ...minimalFeed(), updated: '2024-02-29' }).feed?.updated).to.equal('2024-02-29');
    expect(only(validateFeed({ ...minimalFeed(), updated: '2023-02-29' }))).to.include({
      code: 'date-invalid',
      path: 'updated',
    });
  });
});

describe('validateFeed: licence', () => {
  for (const license of ['CC-BY-4.0', 'CC0-1.0', 'GPL-2.0+', 'MIT', 'https://creativecommons.org/licenses/by/4.0/']) {
    it(`accepts ${license}`, () => {
      const r = validateFeed({ ...minimalFeed(), license });
      expect(r.problems).to.deep.equal([]);
      expect(r.feed?.license).to.equal(license);
    });
  }
  for (const license of ['all rights reserved', '-MIT', '', 'javascript:alert(1)', 'CC BY 4.0']) {
    it(`refuses ${JSON.stringify(license)} as license-invalid`, () => {
      const r = validateFeed({ ...minimalFeed(), license });
      expect(only(r)).to.include({ code: 'license-invalid', level: 'field', path: 'license' });
      expect(r.feed).to.not.have.property('license');
    });
  }
  it('refuses a non-string licence as wrong-type', () => {
    expect(only(validateFeed({ ...minimalFeed(), license: { id: 'MIT' } })).code).to.equal('wrong-type');
  });
});
