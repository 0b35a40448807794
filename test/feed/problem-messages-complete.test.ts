import { expect } from 'chai';
import { describeProblem } from '../../src/feed/problem-messages.js';
import { describeFeedProblem } from '../../src/feed/feed-problem-messages.js';
import type { ProblemCode } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';
import { badCases } from './fixtures.js';

/** Every code of types.ts; `satisfies` keeps this list in step with ProblemCode. */
const ALL = {
  'no-source': 1,
  'not-json': 1,
  'empty-response': 1,
  'too-large': 1,
  'http-status': 1,
  'network-error': 1,
  timeout: 1,
  'not-json-content': 1,
  'not-object': 1,
  'version-missing': 1,
  'version-invalid': 1,
  'version-unsupported': 1,
  'networks-missing': 1,
  'entry-not-object': 1,
  'id-missing': 1,
  'id-invalid': 1,
  'id-duplicate': 1,
  'name-missing': 1,
  'language-invalid': 1,
  'title-missing': 1,
  'wrong-type': 1,
  'text-empty': 1,
  'text-language-invalid': 1,
  'url-invalid': 1,
  'url-not-http': 1,
  'email-invalid': 1,
  'phone-invalid': 1,
  'date-invalid': 1,
  'facet-unknown': 1,
  'term-unknown': 1,
  'facet-duplicate': 1,
  'term-duplicate': 1,
  'license-invalid': 1,
  'label-missing': 1,
  'url-missing': 1,
  'encoding-not-utf-8': 1,
} satisfies Record<ProblemCode, 1>;
const CODES = Object.keys(ALL) as ProblemCode[];

const PARAMS = {
  value: 'VALUE',
  expected: 'array',
  found: 'number',
  first: 2,
  facet: 'FACET',
  format: 'day',
  error: 'ERROR',
  status: 404,
  seconds: 10,
  type: 'text/html',
  max: 1,
  encoding: 'windows-1252',
};

describe('describeProblem', () => {
  for (const code of CODES) {
    it(`has a German and an English sentence for ${code}`, () => {
      const p = { code, params: PARAMS, path: 'networks[3].contact.url' };
      const de = describeProblem(p, 'de');
      const en = describeProblem(p, 'en');
      for (const s of [de, en]) {
        expect(s).to.match(/^\S.*[.!]$/s);
        expect(s).to.not.match(/undefined|\[object|NaN|\$\{/);
        expect(s.length).to.be.within(25, 300);
      }
      expect(de).to.not.equal(en);
    });
  }

  it('names the path and says what happens', () => {
    const p = { code: 'url-not-http' as const, params: { value: 'javascript:x' }, path: 'networks[3].contact.url' };
    expect(describeProblem(p, 'de')).to.equal(
      'Die Adresse in networks[3].contact.url beginnt nicht mit https:// oder http:// und wird nicht verlinkt. Tragen Sie eine Webadresse ein, die mit https:// beginnt.',
    );
    expect(describeProblem(p, 'en')).to.contain('networks[3].contact.url');
  });

  it("names both kinds in wrong-type in the reader's words", () => {
    const p = { code: 'wrong-type' as const, params: { expected: 'array', found: 'text' }, path: 'networks[0].links' };
    expect(describeProblem(p, 'de')).to.equal(
      'networks[0].links sollte eine Liste in eckigen Klammern […] sein, ist aber ein Text; die Angabe wird ignoriert.',
    );
    expect(describeProblem(p, 'en')).to.equal(
      'networks[0].links should be a list in square brackets […] but is a text; it is ignored.',
    );
  });

  it('tells the format of a bad date', () => {
    const p = (format: string) => ({
      code: 'date-invalid' as const,
      params: { value: '2025-02-30', format },
      path: 'updated',
    });
    expect(describeProblem(p('day'), 'de')).to.contain('JJJJ-MM-TT');
    expect(describeProblem(p('partial'), 'en')).to.contain('YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('shows the size limit and content type the loader passes', () => {
    expect(describeProblem({ code: 'too-large', params: { max: '2 MB' }, path: '' }, 'de')).to.contain('(2 MB)');
    expect(describeProblem({ code: 'not-json-content', params: { type: 'text/html' }, path: '' }, 'en')).to.contain(
      'text/html',
    );
  });

  it('copes with loader codes whose params are missing', () => {
    for (const code of ['too-large', 'http-status', 'timeout', 'not-json-content', 'network-error'] as const) {
      expect(() => describeProblem({ code, params: {}, path: '' }, 'de')).to.not.throw();
    }
  });

  it('describes every problem the validator reports, in both languages, without holes', () => {
    for (const { feed } of badCases()) {
      for (const p of validateFeed(JSON.parse(JSON.stringify(feed)) as unknown).problems) {
        expect(describeProblem(p, 'en')).to.not.match(/undefined|\[object/);
        expect(describeProblem(p, 'de')).to.not.match(/undefined|\[object/);
      }
    }
  });
});

describe('feed-level sentences in the widget bundle', () => {
  it('are the same sentences the full table gives', () => {
    const p = { code: 'http-status' as const, params: { status: 404 }, path: '' };
    expect(describeFeedProblem(p, 'de')).to.equal(describeProblem(p, 'de'));
    expect(describeFeedProblem(p, 'en')).to.contain('404');
  });
  it('name path and code for the problems whose sentences the widget does not carry', () => {
    const p = { code: 'url-not-http' as const, params: {}, path: 'networks[3].contact.url' };
    expect(describeFeedProblem(p, 'de')).to.equal('networks[3].contact.url: url-not-http');
  });
});
