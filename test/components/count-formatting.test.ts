/**
 * Counts are written from LOCALE_DATA, not with Intl.NumberFormat (the first Intl formatter
 * in a page loads the engine's locale data: src/localization.ts has the figures): they must
 * read exactly as Intl writes them, in every UI language, in every engine.
 */
import { expect } from '@open-wc/testing';
import { formatCount } from '../../src/components/format.js';
import { UI_LOCALES } from '../../src/localization.js';

const SAMPLES = [
  0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000, 12_345_678,
];

describe('counts: formatted as Intl.NumberFormat formats them', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale}: whole numbers from 0 to 12,345,678`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const n of SAMPLES) expect(formatCount(n, locale), String(n)).to.equal(intl.format(n));
    });
  }

  it('German groups with a point, English with a comma', () => {
    expect(formatCount(10_000, 'de')).to.equal('10.000');
    expect(formatCount(10_000, 'en')).to.equal('10,000');
  });
});
