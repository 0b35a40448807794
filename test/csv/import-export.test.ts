import { expect } from 'chai';
import { columnLetter, isoDate, sheetToFeed } from '../../src/cli/import-csv.js';
import { feedToSheet, headOf, jsonText } from '../../src/cli/export-csv.js';
import type { Feed } from '../../src/feed/types.js';

const head = { version: 1, language: 'de', title: { de: 'T' } };

describe('spreadsheet to feed', () => {
  it('column letters as spreadsheets show them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).to.deep.equal([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('dates as German spreadsheets save them turn back into ISO dates; anything else stays', () => {
    expect(isoDate('20.11.2026')).to.equal('2026-11-20');
    expect(isoDate('1.2.2026')).to.equal('2026-02-01');
    for (const v of ['2026-11-20', '2011-05', '20.11.26', 'x20.11.2026', '20.11.2026x', '123.1.2026'])
      expect(isoDate(v), v).to.equal(v);
  });

  it('builds each row’s network in FEED.md key order; texts, values, dates, terms and numbered links', () => {
    const rows = [
      [
        'updated',
        'links.2.url',
        'links.2.label.de',
        'facets.topic',
        'name.de',
        'name.en',
        'id',
        'contact.url',
        'founded',
        'links.1.url',
      ],
      [
        '20.11.2026',
        'https://b.example/',
        'Zwei',
        ',integration, work;x  y;',
        'Alpha',
        'Alpha EN',
        'alpha',
        'https://c.example/',
        '1.2.2011',
        'https://a.example/',
      ],
    ];
    const { feed, notices } = sheetToFeed(rows, head, 'n.csv');
    expect(notices).to.deep.equal([]);
    const [n] = feed.networks as Record<string, unknown>[];
    expect(Object.keys(n)).to.deep.equal(['id', 'name', 'facets', 'founded', 'contact', 'links', 'updated']);
    expect(n).to.deep.equal({
      id: 'alpha',
      name: { de: 'Alpha', en: 'Alpha EN' },
      facets: { topic: ['integration', 'work', 'x', 'y'] },
      founded: '2011-02-01',
      contact: { url: 'https://c.example/' },
      links: [{ url: 'https://a.example/' }, { url: 'https://b.example/', label: { de: 'Zwei' } }],
      updated: '2026-11-20',
    });
  });

  it('a plain text is a string, or goes under the head’s language when the same text has language columns', () => {
    const rows = [
      ['id', 'name', 'summary', 'summary.en', 'note.en', 'note'],
      ['a', 'Name', 'Kurz', 'Short', 'Note', 'Notiz'],
    ];
    const [n] = sheetToFeed(rows, { ...head, language: ' fr ' }, 'n.csv').feed.networks as Record<string, unknown>[];
    expect(n.name).to.equal('Name');
    expect(n.summary).to.deep.equal({ fr: 'Kurz', en: 'Short' });
    expect(n.note).to.deep.equal({ en: 'Note', fr: 'Notiz' });
  });

  it('a plain text and a column for the head’s own language: the language column wins', () => {
    const [n] = sheetToFeed(
      [
        ['id', 'name.de', 'name'],
        ['a', 'Sprache', 'Schlicht'],
      ],
      head,
      'f',
    ).feed.networks as Record<string, unknown>[];
    expect(n.name).to.deep.equal({ de: 'Sprache' });
  });

  it('without a head language, plain texts go under "und"', () => {
    for (const language of [undefined, '  ', 5]) {
      const [n] = sheetToFeed(
        [
          ['id', 'name.en', 'name'],
          ['a', 'E', 'U'],
        ],
        { ...head, language },
        'f',
      ).feed.networks as Record<string, unknown>[];
      expect(n.name, String(language)).to.deep.equal({ en: 'E', und: 'U' });
    }
  });

  it('skips blank rows and trims cells; an empty cell sets nothing', () => {
    const rows = [
      ['id', 'name.de', 'summary.de', '#Notiz'],
      ['  a ', ' A ', '   ', 'x'],
      ['', ' ', '', 'nur Notiz'],
      [''],
      ['b', 'B'],
    ];
    const { feed } = sheetToFeed(rows, head, 'f');
    expect(feed.networks).to.deep.equal([
      { id: 'a', name: { de: 'A' } },
      { id: 'b', name: { de: 'B' } },
    ]);
  });

  it('keeps the head’s key order, networks where the head had them, else last', () => {
    const rows = [
      ['id', 'name.de'],
      ['a', 'A'],
    ];
    expect(Object.keys(sheetToFeed(rows, { version: 1, networks: [], language: 'de' }, 'f').feed)).to.deep.equal([
      'version',
      'networks',
      'language',
    ]);
    expect(Object.keys(sheetToFeed(rows, { version: 1, language: 'de' }, 'f').feed)).to.deep.equal([
      'version',
      'language',
      'networks',
    ]);
  });

  it('reports unknown and duplicate columns (cell and first column), and ignores them', () => {
    const rows = [
      ['id', ' nme.de ', 'Name.DE', 'ID', 'name.de', '#x'],
      ['a', 'x', 'A', 'b', 'B', 'y'],
    ];
    const { feed, notices } = sheetToFeed(rows, head, 'n.csv');
    expect(notices).to.deep.equal([
      {
        code: 'column-unknown',
        level: 'field',
        params: { column: 'nme.de' },
        place: { file: 'n.csv', row: 1, csvColumn: 'nme.de', cell: 'B1' },
      },
      {
        code: 'column-duplicate',
        level: 'field',
        params: { column: 'ID', first: 'A' },
        place: { file: 'n.csv', row: 1, csvColumn: 'ID', cell: 'D1' },
      },
      {
        code: 'column-duplicate',
        level: 'field',
        params: { column: 'name.de', first: 'C' },
        place: { file: 'n.csv', row: 1, csvColumn: 'name.de', cell: 'E1' },
      },
    ]);
    expect(feed.networks).to.deep.equal([{ id: 'a', name: { DE: 'A' } }]); // language tags as written
  });

  it('reports a missing id or name column, but not for an empty sheet', () => {
    const missing = (rows: string[][]) =>
      sheetToFeed(rows, head, 'f').notices.map((n) => [n.code, n.level, n.params.column, n.place.row]);
    expect(missing([['summary.de']])).to.deep.equal([
      ['column-missing', 'feed', 'id', 1],
      ['column-missing', 'feed', 'name.de / name.en', 1],
    ]);
    expect(missing([['id', 'links.1.label']])).to.deep.equal([['column-missing', 'feed', 'name.de / name.en', 1]]);
    expect(missing([['id', 'name']])).to.deep.equal([]);
    expect(missing([['', '']])).to.deep.equal([
      ['column-missing', 'feed', 'id', 1],
      ['column-missing', 'feed', 'name.de / name.en', 1],
    ]);
    expect(missing([])).to.deep.equal([]);
    expect(missing([['']])).to.deep.equal([]);
    expect(missing([[' ']])).to.deep.equal([]);
    expect(missing([[' id ', 'name.en']])).to.deep.equal([]);
  });

  it('reports filled cells beyond the header, with the first such cell', () => {
    const { notices } = sheetToFeed(
      [
        ['id', 'name.de'],
        ['a', 'A', 'Rest', ' ', 'mehr'],
        ['b', 'B', '  '],
      ],
      head,
      'n.csv',
    );
    expect(notices).to.deep.equal([
      {
        code: 'cells-extra',
        level: 'field',
        params: { row: 2, count: 2 },
        place: { file: 'n.csv', row: 2, cell: 'C2' },
      },
    ]);
  });

  describe('the cell behind a validator path', () => {
    const rows = [
      ['id', 'Name.DE', 'name.en', 'facets.topic', 'links.3.url', 'links.3.label.de', 'contact.address', 'links.1.url'],
      ['a', 'A', '', 'x', 'https://three.example/', 'Drei', 'Markt 1', 'https://one.example/'],
      [''],
      ['b', 'B', 'B en', '', '', '', '', ''],
    ];
    // Built in each test, not while the file loads or in a hook: Stryker counts code run at
    // load as static (a worker restart per mutant) and credits no test with a hook's coverage.
    const cellOf = (path: string) => sheetToFeed(rows, head, 'n.csv').cellOf(path);

    it('an exact column, in the entry’s own row (blank rows counted)', () => {
      expect(cellOf('networks[0].id')).to.deep.equal({ file: 'n.csv', row: 2, csvColumn: 'id', cell: 'A2' });
      expect(cellOf('networks[1].name.en')).to.deep.equal({ file: 'n.csv', row: 4, csvColumn: 'name.en', cell: 'C4' });
    });
    it('a text as a whole: its first language column', () => {
      expect(cellOf('networks[0].name')).to.deep.equal({ file: 'n.csv', row: 2, csvColumn: 'Name.DE', cell: 'B2' });
    });
    it('a language of a plain column: the plain column', () => {
      expect(cellOf('networks[0].contact.address.fr')).to.deep.equal({
        file: 'n.csv',
        row: 2,
        csvColumn: 'contact.address',
        cell: 'G2',
      });
    });
    it('a term: its facet column', () => {
      expect(cellOf('networks[0].facets.topic[0]')).to.deep.equal({
        file: 'n.csv',
        row: 2,
        csvColumn: 'facets.topic',
        cell: 'D2',
      });
    });
    it('a link by its place in the entry: the column group of its number', () => {
      expect(cellOf('networks[0].links[1].url')).to.deep.equal({
        file: 'n.csv',
        row: 2,
        csvColumn: 'links.3.url',
        cell: 'E2',
      });
      expect(cellOf('networks[0].links[0].url')).to.deep.equal({
        file: 'n.csv',
        row: 2,
        csvColumn: 'links.1.url',
        cell: 'H2',
      });
      expect(cellOf('networks[0].links[1].label.de')).to.deep.equal({
        file: 'n.csv',
        row: 2,
        csvColumn: 'links.3.label.de',
        cell: 'F2',
      });
    });
    it('a link the entry does not have: counted from 1, named without a cell', () => {
      expect(cellOf('networks[1].links[4].url')).to.deep.equal({ file: 'n.csv', row: 4, csvColumn: 'links.5.url' });
    });
    it('a field without a column: the row and the field’s name', () => {
      expect(cellOf('networks[1].summary')).to.deep.equal({ file: 'n.csv', row: 4, csvColumn: 'summary' });
    });
    it('a field named like the start of a column (identifier, id): no cell', () => {
      expect(cellOf('networks[1].identifier')).to.deep.equal({ file: 'n.csv', row: 4, csvColumn: 'identifier' });
    });
    it('all links of an entry: the first link column', () => {
      expect(cellOf('networks[0].links')).to.deep.equal({
        file: 'n.csv',
        row: 2,
        csvColumn: 'links.3.url',
        cell: 'E2',
      });
    });
    it('the entry as a whole: only its row', () => {
      expect(cellOf('networks[1]')).to.deep.equal({ file: 'n.csv', row: 4 });
    });
    it('nothing for paths outside the networks, entries that do not exist, or malformed paths', () => {
      for (const path of [
        'title.de',
        'facets[0].id',
        'networks',
        'networks.x',
        'networks.length',
        'networks[2].id',
        'networks[',
        '.networks[0]',
        '',
      ]) {
        expect(cellOf(path), path).to.equal(undefined);
      }
    });
  });
});

describe('feed to spreadsheet', () => {
  const feed = {
    version: 1,
    language: 'de',
    title: { de: 'T' },
    facets: [{ id: 'topic', label: { de: 'Thema' }, terms: [] }],
    networks: [
      { id: 'a', name: { de: 'A' }, facets: { topic: ['x', 'y'] }, links: [] },
      {
        id: 'b',
        name: { de: 'B', en: 'B en' },
        facets: {},
        links: [{ label: { de: 'L' }, url: 'https://b.example/' }],
      },
    ],
  } as unknown as Feed;

  it('a header row, then one row per network, each as long as the header', () => {
    const rows = feedToSheet(feed);
    expect(rows).to.have.length(3);
    expect(rows[0].slice(0, 3)).to.deep.equal(['id', 'name.de', 'name.en']);
    for (const row of rows) expect(row).to.have.length(rows[0].length);
    expect(rows[1].slice(0, 3)).to.deep.equal(['a', 'A', '']);
    expect(rows[2][rows[0].indexOf('links.1.url')]).to.equal('https://b.example/');
    expect(rows[1][rows[0].indexOf('facets.topic')]).to.equal('x; y');
  });

  it('round-trips: the sheet read back gives the same networks', () => {
    const back = sheetToFeed(feedToSheet(feed), { language: 'de' }, 'f').feed.networks;
    expect(back).to.deep.equal([
      { id: 'a', name: { de: 'A' }, facets: { topic: ['x', 'y'] } },
      { id: 'b', name: { de: 'B', en: 'B en' }, links: [{ label: { de: 'L' }, url: 'https://b.example/' }] },
    ]);
  });

  it('the head: everything but the networks, in its order', () => {
    const head = headOf({ version: 1, networks: [1], title: 'x', extra: { a: 1 } });
    expect(head).to.deep.equal({ version: 1, title: 'x', extra: { a: 1 } });
    expect(Object.keys(head)).to.deep.equal(['version', 'title', 'extra']);
  });

  it('JSON with two spaces and a final line break', () => {
    expect(jsonText({ a: [1] })).to.equal('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
