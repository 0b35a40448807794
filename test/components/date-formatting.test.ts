/**
 * Feed dates are written from LOCALE_DATA, not with Intl.DateTimeFormat (the first Intl
 * formatter in a page loads the engine's locale data: src/localization.ts has the figures):
 * they must read exactly as Intl writes them (month: 'long'), in every UI language, in
 * every engine.
 */
import { expect } from '@open-wc/testing';
import { formatFeedDate } from '../../src/components/format.js';
import { UI_LOCALES } from '../../src/localization.js';

const pad = (n: number) => String(n).padStart(2, '0');

describe('feed dates: written as Intl.DateTimeFormat writes them', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale}: every month, with and without a day`, () => {
      const withDay = new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });
      const monthOnly = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      for (const year of [1999, 2009, 2026]) {
        for (let month = 1; month <= 12; month++) {
          expect(formatFeedDate(`${year}-${pad(month)}`, locale)).to.equal(
            monthOnly.format(Date.UTC(year, month - 1, 1)),
          );
          for (const day of [1, 9, 10, 28]) {
            const value = `${year}-${pad(month)}-${pad(day)}`;
            expect(formatFeedDate(value, locale), value).to.equal(withDay.format(Date.UTC(year, month - 1, day)));
          }
        }
      }
    });
  }

  it('a year alone stays as written; the examples of FEED.md', () => {
    expect(formatFeedDate('2009', 'de')).to.equal('2009');
    expect(formatFeedDate('2026-11-20', 'de')).to.equal('20. November 2026');
    expect(formatFeedDate('2026-11-20', 'en')).to.equal('November 20, 2026');
    expect(formatFeedDate('2009-03', 'de')).to.equal('März 2009');
  });
});
