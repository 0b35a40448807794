// decodeFeedBytes / decodeText (src/feed/decode.ts): the one decoder for every way a feed is
// read. Strict UTF-8 (RFC 8259 §8.1), its byte order mark dropped; else UTF-16 by its byte
// order mark, else Windows-1252, each with a note for the editor. Pure: runs under mocha.
import { expect } from 'chai';
import { decodeFeedBytes, decodeText } from '../../src/feed/decode.js';
import { parseDecodedFeed } from '../../src/feed/load.js';
import { describeProblem } from '../../src/feed/problem-messages.js';
import { describeFeedProblem } from '../../src/feed/feed-problem-messages.js';

/** Windows-1252's characters at 0x80–0x9F; the other bytes are Latin-1. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** `text` as a Windows-1252 ("ANSI") editor saves it. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (c) => {
    const high = CP1252_HIGH.indexOf(c);
    if (high >= 0) return 0x80 + high;
    const code = c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`${c} is not in Windows-1252`);
    return code;
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** UTF-16 code units of `text` as bytes, little or big end first. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(out);
}

const SAMPLE = '{"name": "Nürnberger Bündnis – „gemeinsam“ für 5 €, Straße, Œuvre, ™"}';
const FEED = JSON.stringify({
  version: 1,
  language: 'de',
  title: 'Netzwerke in Nürnberg',
  networks: [{ id: 'nuernberg', name: 'Nürnberger Bündnis', summary: '„gemeinsam“ – 5 €' }],
});

describe('decodeText: bytes → text, for the widget and the command line alike', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(utf8(SAMPLE))).to.deep.equal({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark silently (RFC 8259 §8.1 lets a reader ignore it)', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE)))).to.deep.equal({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array(0))).to.deep.equal({ text: '', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, every character right, with no U+FFFD', () => {
    const decoded = decodeText(windows1252(SAMPLE));
    expect(decoded.encoding).to.equal('windows-1252');
    expect(decoded.text).to.equal(SAMPLE);
    expect(decoded.text).not.to.contain('\uFFFD');
  });

  it("maps each of Windows-1252's bytes 0x80–0x9F to its character (€ „ “ – …), not to a control character", () => {
    const all = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const { text, encoding } = decodeText(all);
    expect(encoding).to.equal('windows-1252');
    expect(text).to.equal(CP1252_HIGH);
  });

  it('falls back on a single bad byte too: a UTF-8 sequence cut short at the end, or a lone continuation byte', () => {
    expect(decodeText(bytes(utf8('Stra'), [0xc3]))).to.deep.equal({ text: 'StraÃ', encoding: 'windows-1252' });
    expect(decodeText(bytes(utf8('a'), [0xa9], utf8('b')))).to.deep.equal({ text: 'a©b', encoding: 'windows-1252' });
  });

  it('reads UTF-16 by its byte order mark, little end first ("Unicode" in Notepad) or big', () => {
    expect(decodeText(bytes([0xff, 0xfe], utf16(SAMPLE, 'le')))).to.deep.equal({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(bytes([0xfe, 0xff], utf16(SAMPLE, 'be')))).to.deep.equal({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('takes only both bytes of a byte order mark for UTF-16: a Windows-1252 file may begin with one of them', () => {
    // ÿ is 0xFF and þ is 0xFE in Windows-1252
    for (const text of ['ÿes', 'aþ', 'þa', 'aÿ']) {
      expect(decodeText(windows1252(text)), text).to.deep.equal({ text, encoding: 'windows-1252' });
    }
  });
});

describe('decodeFeedBytes: the text and the note for the editor', () => {
  it('has no note for UTF-8, with or without byte order mark', () => {
    expect(decodeFeedBytes(utf8(FEED)).problems).to.deep.equal([]);
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], utf8(FEED))).problems).to.deep.equal([]);
  });

  for (const [name, encoded, encoding] of [
    ['Windows-1252', windows1252(FEED), 'windows-1252'],
    ['UTF-16 LE', bytes([0xff, 0xfe], utf16(FEED, 'le')), 'utf-16le'],
    ['UTF-16 BE', bytes([0xfe, 0xff], utf16(FEED, 'be')), 'utf-16be'],
  ] as const) {
    it(`notes a ${name} file for the whole document (path "", level field: the feed is still shown)`, () => {
      const decoded = decodeFeedBytes(encoded);
      expect(decoded.text).to.equal(FEED);
      expect(decoded.problems).to.deep.equal([
        { level: 'field', path: '', code: 'encoding-not-utf-8', params: { encoding } },
      ]);
    });
  }

  it("a Windows-1252 feed is shown whole and right, and the note comes after the validator's problems", () => {
    const result = parseDecodedFeed(decodeFeedBytes(windows1252(FEED)));
    expect(result.feed?.title).to.deep.equal({ de: 'Netzwerke in Nürnberg' });
    expect(result.feed?.networks.map((n) => n.name)).to.deep.equal([{ de: 'Nürnberger Bündnis' }]);
    expect(result.problems.map((p) => p.code)).to.deep.equal(['encoding-not-utf-8']);

    const broken = parseDecodedFeed(decodeFeedBytes(windows1252(FEED.replace('"version":1,', '"version":1'))));
    expect(broken.feed).to.equal(null);
    expect(broken.problems.map((p) => p.code)).to.deep.equal(['not-json', 'encoding-not-utf-8']);
  });

  it("the note is a sentence an editor can act on, in German and English, also in the widget's own table", () => {
    const note = decodeFeedBytes(windows1252(FEED)).problems[0];
    const de = describeProblem(note, 'de');
    const en = describeProblem(note, 'en');
    expect(de).to.equal(
      'Die Feed-Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (Westeuropäisch, „ANSI“) gelesen. Prüfen Sie Umlaute und Sonderzeichen und speichern Sie die Datei als UTF-8 (im Editor: „Speichern unter“, Codierung UTF-8).',
    );
    expect(en).to.contain('not saved as UTF-8').and.to.contain('Windows-1252').and.to.contain('save the file as UTF-8');
    expect(describeFeedProblem(note, 'de')).to.equal(de);
    expect(describeFeedProblem(note, 'en')).to.equal(en);
    const utf16Note = decodeFeedBytes(bytes([0xff, 0xfe], utf16(FEED, 'le'))).problems[0];
    expect(describeProblem(utf16Note, 'en')).to.contain('was read as UTF-16 (“Unicode”)');
  });
});
