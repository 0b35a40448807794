import { expect } from 'chai';
import { foldForIndex, foldForSearch } from '../../src/search/fold.js';

describe('foldForSearch: case, accents and pasted text', () => {
  it('lowercases without regard to the locale (Turkish İ and ı become i)', () => {
    expect(foldForSearch('İSTANBUL')).to.equal('istanbul');
    expect(foldForSearch('İstanbul')).to.equal('istanbul');
    expect(foldForSearch('Kırşehir')).to.equal(foldForSearch('Kirsehir'));
  });

  it('strips accents: é, è, ñ, ç, å, č', () => {
    expect(foldForSearch('Café Crème')).to.equal('cafe creme');
    expect(foldForSearch('España')).to.equal('espana');
    expect(foldForSearch('Français')).to.equal('francais');
    expect(foldForSearch('Čapek')).to.equal('capek');
  });

  it('strips accents written as combining marks (NFD input) like precomposed ones', () => {
    expect(foldForSearch('Cafe\u0301')).to.equal(foldForSearch('Café'));
    expect(foldForSearch('Fu\u0308rth')).to.equal('furth');
  });

  it('treats æ, ø and œ as the digraphs ae, oe, which fold like ä and ö', () => {
    expect(foldForSearch('æ')).to.equal(foldForSearch('ae'));
    expect(foldForSearch('æ')).to.equal(foldForSearch('ä'));
    expect(foldForSearch('Ø')).to.equal(foldForSearch('ö'));
    expect(foldForSearch('Œuvre')).to.equal(foldForSearch('oeuvre'));
  });

  it('folds letters that do not decompose: ł, đ, þ', () => {
    expect(foldForSearch('Łódź')).to.equal('lodz');
    expect(foldForSearch('Đorđe')).to.equal('dorde');
    expect(foldForSearch('Þór')).to.equal('thor');
  });

  it('unfolds ligatures and full-width letters', () => {
    expect(foldForSearch('ﬁnanzen')).to.equal('finanzen');
    expect(foldForSearch('ＫＯＥＬＮ')).to.equal('koln');
  });

  it('removes zero-width characters, word joiner, BOM and soft hyphens', () => {
    for (const pasted of [
      'Nürn\u200Bberg',
      'Nürn\u200Cberg',
      'Nürn\u200Dberg',
      '\uFEFFNürnberg',
      'Nürn\u2060berg',
      'Nürn\u00ADberg',
    ]) {
      expect(foldForSearch(pasted), JSON.stringify(pasted)).to.equal('nurnberg');
    }
  });

  it('removes bidi marks from pasted right-to-left text', () => {
    expect(foldForSearch('\u200Fسوريا\u200E')).to.equal('سوريا');
  });

  it('collapses whitespace of every kind and trims', () => {
    expect(foldForSearch('  Haus \n\t am\u00A0See\u2003 ')).to.equal('haus am see');
  });

  it('turns control characters into spaces, so the index separator cannot occur in folded text', () => {
    expect(foldForSearch('a\u0000b')).to.equal('a b');
  });

  it('keeps letters of other scripts searchable', () => {
    // Cyrillic diacritics are stripped too (ї → і, й → и), in query and index alike.
    expect(foldForSearch('Україна')).to.equal('украіна');
    expect(foldForSearch('ΑΘΗΝΑ')).to.equal('αθηνα');
  });
});

describe('foldForIndex', () => {
  it('joins words split by hyphens, apostrophes and dots, so akim finds AK-IM', () => {
    expect(foldForIndex('AK-IM')).to.equal('akim');
    expect(foldForIndex('Caritas-Verband e.V.')).to.equal('caritasverband ev.');
    expect(foldForIndex('Women’s Network')).to.equal('womens network');
  });

  it('folds the digraphs of each part before joining, so the parts still match', () => {
    expect(foldForIndex('Foto-Essay')).to.include(foldForSearch('essay'));
  });

  it('keeps a dot or dash that does not sit between two letters', () => {
    expect(foldForIndex('Nürnberg. Fürth – Erlangen')).to.equal('nurnberg. furth – erlangen');
  });
});
