/**
 * Each problem carries what its sentence shows the editor (problem-messages.ts): its
 * level, the path to the value, and the params, i.e. the value found (shortened), the
 * kind expected and found. A code alone would give "should be  but is ;" or "„“".
 */
import { expect } from 'chai';
import { parseFeedText, validateFeed } from '../../src/feed/validate.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { feedWithNetwork, minimalFeed } from './fixtures.js';

const problemsOf = (raw: unknown): FeedProblem[] =>
  JSON.parse(JSON.stringify(validateFeed(raw).problems)) as FeedProblem[];
const p = (level: string, path: string, code: string, params: Record<string, string | number> = {}) => ({
  level,
  path,
  code,
  params,
});
const entryProblems = (fields: Record<string, unknown>) => problemsOf(feedWithNetwork(fields));

describe('validateFeed: each problem carries its level, path and params', () => {
  it('a feed that is not an object names what it is', () => {
    expect(problemsOf([])).to.deep.equal([p('feed', '', 'not-object', { found: 'array' })]);
    expect(problemsOf(null)).to.deep.equal([p('feed', '', 'not-object', { found: 'null' })]);
    expect(problemsOf('{}')).to.deep.equal([p('feed', '', 'not-object', { found: 'text' })]);
    expect(problemsOf(5)).to.deep.equal([p('feed', '', 'not-object', { found: 'number' })]);
  });

  it("text that is not JSON carries the parser's message", () => {
    const [problem] = parseFeedText('{"version": 1,').problems;
    expect([problem.code, problem.level, problem.path]).to.deep.equal(['not-json', 'feed', '']);
    expect(problem.params.error).to.be.a('string').with.length.above(5);
  });

  it('a bad version shows the value: numbers and booleans as written, objects by their kind, long texts cut to 80', () => {
    const version = (value: unknown) => problemsOf({ ...minimalFeed(), version: value });
    expect(version(0)).to.deep.equal([p('feed', 'version', 'version-invalid', { value: '0' })]);
    expect(version(true)).to.deep.equal([p('feed', 'version', 'version-invalid', { value: 'true' })]);
    expect(version('eins')).to.deep.equal([p('feed', 'version', 'version-invalid', { value: 'eins' })]);
    expect(version([1])).to.deep.equal([p('feed', 'version', 'version-invalid', { value: 'array' })]);
    expect(version({ major: 1 })).to.deep.equal([p('feed', 'version', 'version-invalid', { value: 'object' })]);
    expect(version('v'.repeat(80))[0].params.value).to.equal('v'.repeat(80));
    expect(version('v'.repeat(81))[0].params.value).to.equal('v'.repeat(79) + '…');
  });

  it('a newer version names itself and the one understood, at the path version', () => {
    expect(problemsOf({ ...minimalFeed(), version: 2 })).to.deep.equal([
      p('feed', 'version', 'version-unsupported', { value: 2, max: 1 }),
    ]);
  });

  it('missing networks names what was there', () => {
    expect(problemsOf({ ...minimalFeed(), networks: {} })).to.deep.equal([
      p('feed', 'networks', 'networks-missing', { found: 'object' }),
    ]);
  });

  it('a bad language shows it; an absent one shows nothing', () => {
    expect(problemsOf({ ...minimalFeed(), language: 'deutsch!' })).to.deep.equal([
      p('field', 'language', 'language-invalid', { value: 'deutsch!' }),
    ]);
    expect(problemsOf({ ...minimalFeed(), language: undefined })).to.deep.equal([
      p('field', 'language', 'language-invalid'),
    ]);
  });

  it('texts: a bad language key, a non-text value, a wrong type name the key and kinds', () => {
    expect(entryProblems({ summary: { deutsch: 'x' } })).to.deep.equal([
      p('field', 'networks[0].summary.deutsch', 'text-language-invalid', { value: 'deutsch' }),
    ]);
    expect(entryProblems({ summary: { de: 5 } })).to.deep.equal([
      p('field', 'networks[0].summary.de', 'wrong-type', { expected: 'text', found: 'number' }),
    ]);
    expect(entryProblems({ summary: 5 })).to.deep.equal([
      p('field', 'networks[0].summary', 'wrong-type', { expected: 'text', found: 'number' }),
    ]);
    expect(entryProblems({ shortName: ['AK'] })).to.deep.equal([
      p('field', 'networks[0].shortName', 'wrong-type', { expected: 'text', found: 'array' }),
    ]);
  });

  it('addresses, e-mails, phones, dates, ids show the value', () => {
    expect(entryProblems({ contact: { url: 'javascript:alert(1)' } })).to.deep.equal([
      p('field', 'networks[0].contact.url', 'url-not-http', { value: 'javascript:alert(1)' }),
    ]);
    expect(entryProblems({ contact: { email: 'a@localhost' } })).to.deep.equal([
      p('field', 'networks[0].contact.email', 'email-invalid', { value: 'a@localhost' }),
    ]);
    expect(entryProblems({ founded: 1998 })).to.deep.equal([
      p('field', 'networks[0].founded', 'wrong-type', { expected: 'text', found: 'number' }),
    ]);
    expect(entryProblems({ id: 'AKIM' })).to.deep.equal([
      p('entry', 'networks[0].id', 'id-invalid', { value: 'AKIM' }),
    ]);
  });

  it('facets: a wrong list, a duplicate, an unknown facet or term name them', () => {
    expect(problemsOf({ ...minimalFeed(), facets: {} })).to.deep.equal([
      p('field', 'facets', 'wrong-type', { expected: 'array', found: 'object' }),
    ]);
    expect(validateFeed({ ...minimalFeed(), facets: {} }).feed!.facets).to.deep.equal([]);
    expect(problemsOf({ ...minimalFeed(), facets: ['topic'] })).to.deep.equal([
      p('field', 'facets[0]', 'wrong-type', { expected: 'object', found: 'text' }),
    ]);
    expect(
      problemsOf({
        ...minimalFeed(),
        facets: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
      }),
    ).to.deep.equal([p('field', 'facets[1].id', 'facet-duplicate', { value: 'a' })]);
    const terms = [
      { id: 't', label: 'T' },
      { id: 't', label: 'U' },
    ];
    expect(problemsOf({ ...minimalFeed(), facets: [{ id: 'a', label: 'A', terms }] })).to.deep.equal([
      p('field', 'facets[0].terms[1].id', 'term-duplicate', { value: 't' }),
    ]);
    expect(problemsOf({ ...minimalFeed(), facets: [{ id: 'a', label: 'A', terms: 't' }] })).to.deep.equal([
      p('field', 'facets[0].terms', 'wrong-type', { expected: 'array', found: 'text' }),
    ]);
    expect(
      validateFeed({ ...minimalFeed(), facets: [{ id: 'a', label: 'A', terms: 't' }] }).feed!.facets[0].terms,
    ).to.deep.equal([]);
    expect(entryProblems({ facets: { colour: ['red'] } })).to.deep.equal([
      p('field', 'networks[0].facets.colour', 'facet-unknown', { value: 'colour' }),
    ]);
    expect(entryProblems({ facets: { scope: 5 } })).to.deep.equal([
      p('field', 'networks[0].facets.scope', 'wrong-type', { expected: 'array', found: 'number' }),
    ]);
    expect(entryProblems({ facets: { scope: ['local', 7] } })).to.deep.equal([
      p('field', 'networks[0].facets.scope[1]', 'wrong-type', { expected: 'text', found: 'number' }),
    ]);
  });

  it('a link that is not an object names what it is', () => {
    expect(entryProblems({ links: ['https://example.org'] })).to.deep.equal([
      p('field', 'networks[0].links[0]', 'wrong-type', { expected: 'object', found: 'text' }),
    ]);
  });

  it('an entry that is not an object names what it is', () => {
    expect(problemsOf({ ...minimalFeed(), networks: [null] })).to.deep.equal([
      p('entry', 'networks[0]', 'entry-not-object', { found: 'null' }),
    ]);
  });
});
