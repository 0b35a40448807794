import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import { codes, feedWithNetwork, only } from './fixtures.js';

const network = (fields: Record<string, unknown>) => {
  const r = validateFeed(feedWithNetwork(fields));
  return { r, n: r.feed!.networks[0] };
};

describe('validateFeed: Text fields', () => {
  it('stores a plain string under the feed language, trimmed', () => {
    const { r, n } = network({ summary: '  Kurz.  ' });
    expect(r.problems).to.deep.equal([]);
    expect(n.summary).to.deep.equal({ de: 'Kurz.' });
  });

  it('keeps markup verbatim and paragraphs intact', () => {
    const text = '<script>alert(1)</script> & <b>fett</b>\n\n{{x}}';
    expect(network({ description: text }).n.description).to.deep.equal({ de: text });
  });

  it('keeps an object of languages and lowercases primary subtags', () => {
    const { r, n } = network({ summary: { de: 'A', EN: 'B', 'de-CH': 'C' } });
    expect(r.problems).to.deep.equal([]);
    expect(n.summary).to.deep.equal({ de: 'A', en: 'B', 'de-CH': 'C' });
  });

  it('reports a blank string as text-empty and drops the field', () => {
    const { r, n } = network({ meetings: ' \n ' });
    expect(only(r)).to.include({ code: 'text-empty', level: 'field', path: 'networks[0].meetings' });
    expect(n).to.not.have.property('meetings');
  });

  it('reports an empty object as text-empty', () => {
    expect(only(network({ area: {} }).r)).to.include({ code: 'text-empty', path: 'networks[0].area' });
  });

  for (const value of [5, true, null, ['a']]) {
    it(`reports ${JSON.stringify(value)} as wrong-type text`, () => {
      const { r, n } = network({ members: value });
      expect(only(r)).to.include({ code: 'wrong-type', level: 'field', path: 'networks[0].members' });
      expect(only(r).params.expected).to.equal('text');
      expect(n).to.not.have.property('members');
    });
  }

  it('drops a language with an invalid tag alone and keeps the others', () => {
    const { r, n } = network({ note: { de: 'Hinweis', 'xx yy': 'bad', deutsch: 'bad' } });
    expect(codes(r)).to.deep.equal(['text-language-invalid', 'text-language-invalid']);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['networks[0].note["xx yy"]', 'networks[0].note.deutsch']);
    expect(n.note).to.deep.equal({ de: 'Hinweis' });
  });

  it('drops a non-string or blank language value alone', () => {
    const { r, n } = network({ summary: { de: 'Ja', en: 3, fr: '  ' } });
    expect(r.problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['wrong-type', 'networks[0].summary.en'],
      ['text-empty', 'networks[0].summary.fr'],
    ]);
    expect(n.summary).to.deep.equal({ de: 'Ja' });
  });

  it('treats an object with nothing valid left as missing', () => {
    const { n } = network({ summary: { de: '' } });
    expect(n).to.not.have.property('summary');
  });

  it('reports paths of feed-level texts without a leading dot', () => {
    const r = validateFeed({ ...feedWithNetwork({}), description: { en: 1 } });
    expect(only(r).path).to.equal('description.en');
  });

  it('checks shortName as a non-empty plain string', () => {
    expect(network({ shortName: ' AKIM ' }).n.shortName).to.equal('AKIM');
    expect(only(network({ shortName: '' }).r)).to.include({ code: 'text-empty', path: 'networks[0].shortName' });
    expect(only(network({ shortName: { de: 'A' } }).r)).to.include({
      code: 'wrong-type',
      path: 'networks[0].shortName',
    });
  });
});
