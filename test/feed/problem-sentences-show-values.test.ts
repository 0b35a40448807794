/**
 * The sentences show the editor the value at fault, quoted in the reader's language,
 * and still read well when the loader or validator passed fewer params than usual.
 */
import { expect } from 'chai';
import { describeProblem } from '../../src/feed/problem-messages.js';
import { describeFeedProblem } from '../../src/feed/feed-problem-messages.js';
import type { ProblemCode } from '../../src/feed/types.js';

type Params = Readonly<Record<string, string | number>>;
const say = (code: ProblemCode, params: Params, lang: 'de' | 'en', path = 'networks[0].license') =>
  describeProblem({ code, params, path }, lang);

describe('problem sentences: values the editor has to find', () => {
  it('quote the value at fault with the quotation marks of each language', () => {
    expect(say('license-invalid', { value: 'alle Rechte' }, 'de')).to.contain(
      'Die Lizenz „alle Rechte“ in networks[0].license',
    );
    expect(say('license-invalid', { value: 'all rights' }, 'en')).to.contain(
      'The licence “all rights” in networks[0].license',
    );
  });

  it('show a missing value as empty quotes, never as "undefined"', () => {
    expect(say('license-invalid', {}, 'de')).to.contain('Die Lizenz „“ in');
    expect(say('license-invalid', {}, 'en')).to.contain('The licence “” in');
  });

  it('quote the bad language code, and leave it out when there was none', () => {
    expect(say('language-invalid', { value: 'deutsch!' }, 'de', 'language')).to.equal(
      'Die Sprache des Feeds („language“: „deutsch!“) fehlt oder ist kein Sprachcode. Tragen Sie z. B. "de" oder "en" ein.',
    );
    expect(say('language-invalid', { value: 'deutsch!' }, 'en', 'language')).to.contain(
      '(“language”: “deutsch!”) is missing',
    );
    expect(say('language-invalid', {}, 'de', 'language')).to.contain('Die Sprache des Feeds („language“) fehlt');
    expect(say('language-invalid', {}, 'en', 'language')).to.contain("The feed's language (“language”) is missing");
  });

  it('ask for a full date where only a day will do, else for any of the three forms', () => {
    const date = (format: string, lang: 'de' | 'en') =>
      say('date-invalid', { value: '2025-02-30', format }, lang, 'updated');
    expect(date('day', 'de')).to.match(/Schreiben Sie ein echtes Datum als JJJJ-MM-TT\.$/);
    expect(date('partial', 'de')).to.match(/Schreiben Sie ein echtes Datum als JJJJ, JJJJ-MM oder JJJJ-MM-TT\.$/);
    expect(date('day', 'en')).to.match(/Write a real date as YYYY-MM-DD\.$/);
    expect(date('partial', 'en')).to.match(/Write a real date as YYYY, YYYY-MM or YYYY-MM-DD\.$/);
  });

  it('name a kind of value they have no words for as it is, and a missing one as "?"', () => {
    expect(say('wrong-type', { expected: 'text', found: 'date' }, 'de', 'networks[0].name')).to.equal(
      'networks[0].name sollte ein Text sein, ist aber date; die Angabe wird ignoriert.',
    );
    expect(say('wrong-type', { expected: 'text' }, 'en', 'networks[0].name')).to.contain('but is ?;');
  });
});

describe("feed-level sentences: the loader's params", () => {
  const feedLevel = (code: ProblemCode, params: Params, lang: 'de' | 'en') =>
    describeFeedProblem({ code, params, path: '' }, lang);

  it('show "?" for a size limit the loader did not pass', () => {
    expect(feedLevel('too-large', {}, 'de')).to.contain('(?)');
    expect(feedLevel('too-large', { limit: 'much' }, 'en')).to.contain('(?)');
  });

  it('say "a web page" when the content type is unknown', () => {
    expect(feedLevel('not-json-content', {}, 'de')).to.contain('Die Adresse liefert eine Webseite statt');
    expect(feedLevel('not-json-content', {}, 'en')).to.contain('The address delivers a web page instead');
    expect(feedLevel('not-json-content', { type: 'text/html' }, 'de')).to.contain(
      'Die Adresse liefert text/html statt',
    );
  });

  it("name an encoding they have no editor's name for as it is", () => {
    expect(feedLevel('encoding-not-utf-8', { encoding: 'koi8-r' }, 'de')).to.contain('wurde als koi8-r gelesen');
    expect(feedLevel('encoding-not-utf-8', { encoding: 'utf-16le' }, 'en')).to.contain(
      'was read as UTF-16 (“Unicode”)',
    );
  });

  it('give other problems their path and code, "/" for the whole document', () => {
    expect(feedLevel('url-not-http', {}, 'de')).to.equal('/: url-not-http');
  });
});
