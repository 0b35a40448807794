import { expect } from 'chai';
import { primaryLanguage, resolveText } from '../../src/feed/text.js';

describe('primaryLanguage', () => {
  it('returns the lowercased primary subtag', () => {
    expect(primaryLanguage('de-AT')).to.equal('de');
    expect(primaryLanguage('EN')).to.equal('en');
    expect(primaryLanguage('zh-Hant-TW')).to.equal('zh');
    expect(primaryLanguage('')).to.equal('');
  });
});

describe('resolveText', () => {
  const both = { de: 'Zweimal im Jahr', en: 'Twice a year' };

  it('returns undefined for no text', () => {
    expect(resolveText(undefined, 'de', 'de')).to.equal(undefined);
    expect(resolveText({}, 'de', 'de')).to.equal(undefined);
  });

  it("picks the reader's language", () => {
    expect(resolveText(both, 'en', 'de')).to.deep.equal({ text: 'Twice a year', lang: 'en', fallback: false });
    expect(resolveText(both, 'de', 'en')).to.deep.equal({ text: 'Zweimal im Jahr', lang: 'de', fallback: false });
  });

  it('matches on the primary subtag: de-AT reads de', () => {
    expect(resolveText(both, 'de-AT', 'en')).to.deep.equal({ text: 'Zweimal im Jahr', lang: 'de', fallback: false });
    expect(resolveText({ 'de-CH': 'Grüezi', en: 'Hi' }, 'de', 'en')).to.deep.equal({
      text: 'Grüezi',
      lang: 'de-CH',
      fallback: false,
    });
  });

  it('prefers an exact tag, then the bare primary subtag, over a sibling region', () => {
    const t = { 'de-CH': 'CH', de: 'DE', 'de-AT': 'AT' };
    expect(resolveText(t, 'de-AT', 'en')?.text).to.equal('AT');
    expect(resolveText(t, 'de-at', 'en')?.text).to.equal('AT');
    expect(resolveText(t, 'de-LU', 'en')?.text).to.equal('DE');
  });

  it('falls back to the feed language and marks it', () => {
    expect(resolveText(both, 'fr', 'de')).to.deep.equal({ text: 'Zweimal im Jahr', lang: 'de', fallback: true });
    expect(resolveText({ en: 'E', 'de-AT': 'Ö' }, 'fr', 'de')).to.deep.equal({
      text: 'Ö',
      lang: 'de-AT',
      fallback: true,
    });
  });

  it('falls back to the first language present', () => {
    expect(resolveText({ tr: 'Türkçe', ar: 'عربي' }, 'de', 'en')).to.deep.equal({
      text: 'Türkçe',
      lang: 'tr',
      fallback: true,
    });
    expect(resolveText({ und: 'x' }, 'de', 'und')).to.deep.equal({ text: 'x', lang: 'und', fallback: true });
  });

  it('marks a fallback when the UI language is empty', () => {
    expect(resolveText({ de: 'x' }, '', 'de')).to.deep.equal({ text: 'x', lang: 'de', fallback: true });
  });

  it('does not call a regional variant of the UI language a fallback', () => {
    expect(resolveText({ 'en-GB': 'Colour' }, 'en-US', 'de')?.fallback).to.equal(false);
  });

  it('never returns inherited properties', () => {
    expect(resolveText({ de: 'x' }, 'constructor', 'toString')).to.deep.equal({
      text: 'x',
      lang: 'de',
      fallback: true,
    });
  });
});
