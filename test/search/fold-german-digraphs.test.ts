import { expect } from 'chai';
import { foldForSearch } from '../../src/search/fold.js';

/** Asserts that all spellings fold to one key, and returns it. */
function expectSameKey(...spellings: string[]): string {
  const keys = spellings.map(foldForSearch);
  for (const [i, key] of keys.entries()) expect(key, spellings[i]).to.equal(keys[0]);
  return keys[0]!;
}

describe('foldForSearch: German umlauts, their digraphs and ß', () => {
  it('folds fürth, furth and fuerth to one key', () => {
    expect(expectSameKey('fürth', 'furth', 'fuerth', 'Fürth', 'FUERTH')).to.equal('furth');
  });

  it('folds nürnberg, nuernberg and nurnberg to one key', () => {
    expectSameKey('nürnberg', 'nuernberg', 'nurnberg', 'Nürnberg', 'NÜRNBERG');
  });

  it('folds Köln, Koeln and Koln to one key', () => {
    expect(expectSameKey('Köln', 'Koeln', 'Koln', 'KÖLN')).to.equal('koln');
  });

  it('folds Ärzte and Aerzte to one key', () => {
    expect(expectSameKey('Ärzte', 'Aerzte', 'ÄRZTE', 'Arzte')).to.equal('arzte');
  });

  it('folds straße, strasse, Straße and the capital ẞ to one key', () => {
    expect(expectSameKey('straße', 'strasse', 'Straße', 'STRASSE', 'STRAẞE')).to.equal('strasse');
  });

  it('keeps ue after q (Quelle) and in eu/au (Steuer, Feuer, neue, Dauer, Bauer, Frauen)', () => {
    for (const word of ['Quelle', 'Steuer', 'Feuer', 'neue', 'Dauer', 'Bauer', 'Frauen', 'Abenteuer', 'Treue']) {
      expect(foldForSearch(word), word).to.equal(word.toLowerCase());
    }
  });

  it('folds äu and aeu alike (Fräulein, Fraeulein) without touching the eu', () => {
    expect(expectSameKey('Fräulein', 'Fraeulein', 'Fraulein')).to.equal('fraulein');
  });

  it('keeps common words with eu/au apart from their umlaut look-alikes', () => {
    expect(foldForSearch('Steuer')).not.to.equal(foldForSearch('Stür'));
    expect(foldForSearch('neue')).not.to.equal(foldForSearch('nü'));
    expect(foldForSearch('Dauer')).not.to.equal(foldForSearch('Daür'));
  });

  it('folds Gütersloh written with ue after g', () => {
    expectSameKey('Gütersloh', 'Guetersloh', 'Gutersloh');
  });

  it('folds every word of a phrase, not just the first', () => {
    expect(foldForSearch('Ärzte in Köln und Fürth')).to.equal(foldForSearch('Aerzte in Koeln und Fuerth'));
  });
});

/**
 * Lucene's GermanNormalizationFilter state machine for ae/oe/ue, as written there
 * (on text whose umlauts are already stripped): the reference for our regexes.
 */
function luceneDigraphs(text: string): string {
  const N = 0,
    V = 1,
    U = 2;
  let state = N;
  let out = '';
  for (const c of text) {
    if (c === 'a' || c === 'o') state = U;
    else if (c === 'u') state = state === N ? U : V;
    else if (c === 'e') {
      const drop = state === U;
      state = V;
      if (drop) continue;
    } else if (c === 'i' || c === 'q' || c === 'y') state = V;
    else state = N;
    out += c;
  }
  return out;
}

describe('foldForSearch: the digraph rule is Lucene’s', () => {
  it('agrees with Lucene’s state machine on 5,000 random strings of vowels, q, y and others', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = 'aeiouqyxnst -';
    for (let i = 0; i < 5000; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      const expected = luceneDigraphs(text.replace(/ +/g, ' ').trim());
      expect(foldForSearch(text), JSON.stringify(text)).to.equal(expected);
    }
  });
});
