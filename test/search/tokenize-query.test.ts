import { expect } from 'chai';
import { tokenizeQuery } from '../../src/search/fold.js';

describe('tokenizeQuery', () => {
  it('folds and splits on whitespace', () => {
    expect(tokenizeQuery('  Ärzte   in\tKöln ')).to.deep.equal(['arzte', 'in', 'koln']);
  });

  it('splits on punctuation', () => {
    expect(tokenizeQuery('Flucht/Asyl, Arbeit; "Bildung" (Fürth)')).to.deep.equal([
      'flucht',
      'asyl',
      'arbeit',
      'bildung',
      'furth',
    ]);
    expect(tokenizeQuery('AK-IM')).to.deep.equal(['ak', 'im']);
  });

  it('drops empty words and gives none for a blank or punctuation-only query', () => {
    expect(tokenizeQuery('')).to.deep.equal([]);
    expect(tokenizeQuery('   ')).to.deep.equal([]);
    expect(tokenizeQuery(' - , / ')).to.deep.equal([]);
  });

  it('removes duplicates, also those that differ only in spelling', () => {
    expect(tokenizeQuery('Köln koeln KOLN Bonn')).to.deep.equal(['koln', 'bonn']);
  });

  it('keeps digits and letters of other scripts', () => {
    expect(tokenizeQuery('Україна 2024')).to.deep.equal(['украіна', '2024']);
  });

  it('does not split at invisible characters in pasted text', () => {
    expect(tokenizeQuery('Nürn\u200Bberg')).to.deep.equal(['nurnberg']);
  });
});
