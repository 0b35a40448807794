/**
 * Bytes → text, for every way a feed is read (the widget's fetch, the command line's files
 * and addresses, the spreadsheet import): one decoder, so that all of them judge a file alike.
 *
 * RFC 8259 §8.1: JSON exchanged between systems is UTF-8; a byte order mark MAY be ignored.
 * Strict UTF-8 first (a malformed byte is an error, not a silent U+FFFD that turns
 * "Nürnberg" into "N�rnberg"). A file that is not UTF-8 is read as what editors on Windows
 * save instead, and said so, so that nothing good is lost and the editor can fix the file:
 *  - a UTF-16 byte order mark: Notepad's and Excel's "Unicode" (UTF-16 LE), or UTF-16 BE;
 *  - anything else: Windows-1252 (Notepad's and Excel's "ANSI" in Western Europe), in which
 *    every byte is a character, so it always decodes.
 */
import { problem } from './problem.js';
import type { FeedProblem } from './types.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text, without a byte order mark. */
  readonly text: string;
  /** What the bytes were read as. */
  readonly encoding: TextEncoding;
}

/** Decodes `bytes` as described above; never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  // TextDecoder drops the byte order mark of its own encoding (its ignoreBOM is false).
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text: text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c),
      encoding: 'windows-1252',
    };
  }
}

/**
 * Windows-1252's bytes 0x80–0x9F (€ „ “ – …), from the WHATWG Encoding table. Node 20's
 * TextDecoder decodes them as Latin-1 control characters instead (fixed only in later Node);
 * browsers already decode them so, and then nothing is left to replace.
 */
const CP1252_HIGH = Array.from('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ');

/** A feed's text, and the problem to report when it was not UTF-8 (none when it was). */
export interface DecodedFeed extends DecodedText {
  readonly problems: readonly FeedProblem[];
}

/**
 * A feed's bytes as text, with an `encoding-not-utf-8` problem for the whole document
 * (path ``, level `field`: the feed is still shown, as after an ignored field) when they
 * were not UTF-8.
 */
export function decodeFeedBytes(bytes: Uint8Array): DecodedFeed {
  const decoded = decodeText(bytes);
  const problems =
    decoded.encoding === 'utf-8' ? [] : [problem('field', '', 'encoding-not-utf-8', { encoding: decoded.encoding })];
  return { ...decoded, problems };
}
