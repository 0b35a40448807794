/**
 * A feed saved in another encoding than UTF-8 (Windows-1252, Notepad's and Excel's "ANSI";
 * UTF-16, their "Unicode"), fetched as real bytes from the test server
 * (test/fixtures/encodings, served byte for byte by test/config/fault-server.mjs, in pieces
 * of 7 bytes, so that characters are cut across pieces): the widget shows every character right ("Nürnberg", not
 * "N�rnberg"), loses no entry, and tells the editor in the console and in nd-feed-loaded
 * that the file is not UTF-8. A UTF-8 byte order mark is dropped without a word.
 */
import { expect } from '@open-wc/testing';
import { $, $$ } from '../components/helpers.js';
import { describeFeedProblem } from '../../src/feed/feed-problem-messages.js';
import { expectHostUnharmed, mountOn, problemStrings, unmountAll } from './helpers.js';

const bytesOf = (file: string) => `/__faults/bytes/${file}?chunk=7`;

/** What the directory shows: title, description and every card's name and summary. */
const shownText = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('.title, .feed-description, .card .name, .card .summary')].map((n) =>
    n.textContent!.trim(),
  );

const EXPECTED = [
  'Netzwerke in Nürnberg',
  'Gespeichert im Editor als „ANSI“ – mit Umlauten, ß und €.',
  'Nürnberger Bündnis für Vielfalt',
  'Größer, schöner – „gemeinsam“ für 5 € im Monat.',
  'Fürther Straßenfest-Netzwerk',
  'Café, Grüße und Äpfel.',
];

describe('feeds saved in other encodings than UTF-8', () => {
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    unmountAll();
    expectHostUnharmed();
  });

  for (const [file, note] of [
    ['feed-utf-8.json', undefined],
    ['feed-utf-8-bom.json', undefined],
    ['feed-windows-1252.json', 'windows-1252'],
    ['feed-utf-16le-bom.json', 'utf-16le'],
    ['feed-utf-16be-bom.json', 'utf-16be'],
  ] as const) {
    it(`${file}: every character right, both entries shown, ${note ? `and a note that it was read as ${note}` : 'and no note'}`, async () => {
      const { el, outcome } = await mountOn(bytesOf(file));
      expect(outcome.type).to.equal('nd-feed-loaded');
      expect(shownText(el)).to.deep.equal(EXPECTED);
      expect(shownText(el).join(' ')).not.to.contain('\uFFFD');
      expect(problemStrings(outcome.problems)).to.deep.equal(note ? ['field encoding-not-utf-8 '] : []);
      if (note) {
        expect(outcome.problems[0].params).to.deep.equal({ encoding: note });
        const sentence = describeFeedProblem(outcome.problems[0], 'en');
        expect(sentence).to.contain('not saved as UTF-8');
        expect(
          warnings.filter((w) => w.includes(sentence)).length,
          'the sentence in the console, for the editor',
        ).to.equal(1);
      } else {
        expect(warnings).to.deep.equal([]);
      }
    });
  }

  it('a Windows-1252 feed that is also broken JSON: the reader sees the JSON problem, the console both', async () => {
    const { el, outcome } = await mountOn(bytesOf('feed-windows-1252-broken.json'));
    expect(outcome.type).to.equal('nd-feed-failed');
    expect(outcome.problems.map((p) => p.code)).to.deep.equal(['not-json', 'encoding-not-utf-8']);
    if (outcome.type === 'nd-feed-failed') expect(outcome.message).to.contain('kein gültiges JSON');
    expect($(el, '.message.error')?.textContent).to.contain('kein gültiges JSON');
    expect(
      warnings.some((w) => w.includes('not saved as UTF-8')),
      'the encoding note in the console',
    ).to.equal(true);
    expect($$(el, '.card').length).to.equal(0);
  });
});
