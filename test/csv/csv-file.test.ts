import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { detectSeparator, parseSeparator, readSheet, writeSheet } from '../../src/cli/csv-file.js';
import { decodeText } from '../../src/feed/decode.js';

const fixture = (name: string) => decodeText(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url))).text;

describe('separator detection: the header row decides', () => {
  it('a German Excel export: ";" though its text cells hold more unquoted commas than the file has semicolons', () => {
    const text = fixture('excel-semicolon-commas-in-text.csv');
    // the trap: counted over the whole file, commas win
    expect(text.split(',').length).to.be.greaterThan(text.split(';').length);
    expect(detectSeparator(text)).to.equal(';');
    const sheet = readSheet(text);
    expect(sheet.ok && sheet.rows.map((r) => r.length)).to.deep.equal([6, 6, 6, 6]);
    expect(sheet.ok && sheet.rows[1][2]).to.equal('Beratung, Begleitung, Vermittlung');
  });

  it('a one-column file whose cells hold commas: ";" (one column), every cell whole', () => {
    const text = fixture('one-column-commas-in-text.csv');
    expect(detectSeparator(text)).to.equal(';');
    const sheet = readSheet(text);
    expect(sheet.ok && sheet.rows.slice(0, 4)).to.deep.equal([
      ['name.de'],
      ['Beratung, Begleitung, Vermittlung'],
      ['Austausch, Vernetzung'],
      ['Sprachkurse, Lernhilfe, Elterncafé'],
    ]);
  });

  it('a header with no separator at all: ";", though later rows hold tabs', () => {
    const text = fixture('header-without-separator.csv');
    expect(detectSeparator(text)).to.equal(';');
    const sheet = readSheet(text);
    expect(sheet.ok && sheet.rows[2]).to.deep.equal(['fidma\tzwei']);
  });

  it('counts each separator in the header', () => {
    expect(detectSeparator('id;name.de;name.en\n')).to.equal(';');
    expect(detectSeparator('id,name.de,name.en\n')).to.equal(',');
    expect(detectSeparator('id\tname.de\tname.en\n')).to.equal('\t');
    expect(detectSeparator('id,name.de;name.en,summary.de\n')).to.equal(',');
    expect(detectSeparator('id\tname.de,name.en\tsummary.de\n')).to.equal('\t');
  });

  it('stops at the first line end, \\n or \\r', () => {
    expect(detectSeparator('id;name\na,b,c,d,e')).to.equal(';');
    expect(detectSeparator('id;name\ra,b,c,d,e')).to.equal(';');
    expect(detectSeparator('id;name\r\na,b,c,d,e')).to.equal(';');
  });

  it('skips separators and line ends inside quoted header cells', () => {
    expect(detectSeparator('"a,b,c";"d"\n')).to.equal(';');
    expect(detectSeparator('"a;b;c",d\n')).to.equal(',');
    expect(detectSeparator('"line\nbreak, comma, comma";x;y\n')).to.equal(';');
  });

  it('a tie: ";" before "," before tab; an empty text: ";"', () => {
    expect(detectSeparator('a;b,c\n')).to.equal(';');
    expect(detectSeparator('a,b\tc\n')).to.equal(',');
    expect(detectSeparator('')).to.equal(';');
  });
});

describe('separator option', () => {
  it('takes the character or its name, in any case', () => {
    for (const v of [';', 'semicolon', 'SEMICOLON']) expect(parseSeparator(v), v).to.equal(';');
    for (const v of [',', 'comma', 'Comma']) expect(parseSeparator(v), v).to.equal(',');
    for (const v of ['\t', 'tab', 'TAB', '\\t']) expect(parseSeparator(v), v).to.equal('\t');
  });
  it('is undefined for anything else', () => {
    for (const v of ['', '|', 'semi', ' ;', 't']) expect(parseSeparator(v), JSON.stringify(v)).to.equal(undefined);
  });
});

// Decoding (UTF-8, Windows-1252, UTF-16) is one function for feeds and tables: test/feed/decode-feed-bytes.test.ts.

describe('reading rows', () => {
  it('keeps empty lines as one empty cell, so that row numbers match the spreadsheet', () => {
    const sheet = readSheet('id;name\r\n\r\na;b\r\n', ';');
    expect(sheet).to.deep.equal({ ok: true, rows: [['id', 'name'], [''], ['a', 'b']], separator: ';' });
  });
  it('turns line breaks inside cells into \\n, and keeps a stray quote inside an unquoted cell', () => {
    const sheet = readSheet('a,b\r\n"x\r\ny",5" Monitor\r\n"p\rq",z\r\n', ',');
    expect(sheet.ok && sheet.rows).to.deep.equal([
      ['a', 'b'],
      ['x\ny', '5" Monitor'],
      ['p\nq', 'z'],
    ]);
  });
  it('drops the byte order mark and reads rows of any length', () => {
    const sheet = readSheet('\uFEFFid;name\na\nb;c;d\n');
    expect(sheet.ok && sheet.rows).to.deep.equal([['id', 'name'], ['a'], ['b', 'c', 'd']]);
  });
  it('names the row and line of a syntax error (an unclosed quote)', () => {
    const sheet = readSheet('id;name\na;b\nc;"open\nd;e\n', ';');
    expect(sheet.ok).to.equal(false);
    if (sheet.ok) return;
    expect(sheet.code).to.equal('CSV_QUOTE_NOT_CLOSED');
    expect(sheet.row).to.equal(3);
    expect(sheet.line).to.equal(3);
    expect(sheet.reason).to.be.a('string').and.not.equal('');
  });
  it('names the first row for an error at the very start', () => {
    const sheet = readSheet('"id;name\n', ';');
    expect(!sheet.ok && [sheet.row, sheet.line]).to.deep.equal([1, 1]);
  });
});

describe('writing rows', () => {
  it('writes UTF-8 with byte order mark, CRLF, ";" by default', () => {
    expect(
      writeSheet([
        ['id', 'name'],
        ['a', 'b'],
      ]),
    ).to.equal('\uFEFFid;name\r\na;b\r\n');
  });
  it('uses the separator asked for', () => {
    expect(
      writeSheet(
        [
          ['id', 'name'],
          ['a', 'b'],
        ],
        '\t',
      ),
    ).to.equal('\uFEFFid\tname\r\na\tb\r\n');
  });
  it('quotes cells with separators, quotes, line breaks or edge spaces, and no others', () => {
    expect(writeSheet([['a;b', 'say "hi"', 'x\ny', ' lead', 'trail ', 'mid dle', 'a,b']])).to.equal(
      '\uFEFF"a;b";"say ""hi""";"x\ny";" lead";"trail ";mid dle;a,b\r\n',
    );
  });
  it('round-trips through readSheet', () => {
    const rows = [
      ['id', 'summary.de'],
      ['akim', 'Beratung, Begleitung; "Vermittlung"\nzweite Zeile'],
    ];
    const sheet = readSheet(writeSheet(rows));
    expect(sheet.ok && sheet.rows).to.deep.equal([...rows]);
  });
});
