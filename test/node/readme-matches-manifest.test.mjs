// README.md documents the element's API by hand; custom-elements.json is generated from the
// code (npm run build:manifest, part of npm run build). They must agree both ways: every
// attribute, public property and method, event, CSS custom property, CSS part and named slot
// of the manifest has its place in the README, and the README names none that the code lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifestUrl = new URL('custom-elements.json', root);

/** The code spans of a piece of markdown: `a`, ``b``. */
function codeSpans(text) {
  return [...text.matchAll(/(`+)(.+?)\1/g)].map((m) => m[2].trim());
}

/** Splits a table row into cells; a `|` inside a code span does not split. */
function cells(row) {
  const out = [];
  let cell = '';
  let inCode = false;
  const line = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '`') inCode = !inCode;
    if (ch === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

/** README.md in parts: its prose (fenced code removed), its code blocks, its tables, its paragraphs. */
function readReadme() {
  const text = readFileSync(new URL('README.md', root), 'utf8');
  const codeBlocks = [];
  const prose = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => {
    codeBlocks.push(block);
    return '';
  });
  const lines = prose.split('\n');
  const tables = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim().startsWith('|') || !/^\s*\|?[\s:|-]+\|?\s*$/.test(lines[i + 1] ?? '')) continue;
    const header = cells(lines[i]).map((h) => h.toLowerCase());
    const rows = [];
    for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(cells(lines[i]));
    tables.push({ header, rows });
  }
  const paragraphs = prose.split(/\n\s*\n/);
  return { text, prose, codeBlocks, tables, paragraphs };
}

/** Code spans in the column named `column` of every table whose first header is one of `kinds`. */
function tableColumn(readme, kinds, column = 0) {
  const names = new Set();
  for (const { header, rows } of readme.tables) {
    if (!kinds.includes(header[0])) continue;
    const index = typeof column === 'number' ? column : header.indexOf(column);
    if (index < 0) continue;
    for (const row of rows) for (const span of codeSpans(row[index] ?? '')) names.add(span);
  }
  return names;
}

/** What the README documents, by kind. */
function documented(readme) {
  const attributes = tableColumn(readme, ['attribute']);
  const properties = new Set([...tableColumn(readme, ['attribute'], 'property'), ...tableColumn(readme, ['property'])]);
  const methods = new Set([...tableColumn(readme, ['method'])].map((m) => m.replace(/\(.*$/, '')));
  const events = tableColumn(readme, ['event']);
  const cssProperties = tableColumn(readme, ['custom property', 'css custom property', 'css property']);
  const slots = tableColumn(readme, ['slot']);
  // Parts: a table of them, or the paragraph that introduces `::part()` with the list.
  const parts = tableColumn(readme, ['part', 'css part']);
  for (const paragraph of readme.paragraphs) {
    if (!paragraph.includes('::part(')) continue;
    for (const span of codeSpans(paragraph)) if (/^[a-z][a-z0-9-]*$/.test(span)) parts.add(span);
  }
  return { attributes, properties, methods, events, cssProperties, slots, parts };
}

/**
 * Names the README uses anywhere, code samples included: an event is a code span that is just
 * `nd-…` or a quoted 'nd-…' in a code sample (URL parameters like `?nd-q=…` are not events);
 * `--nd-…` anywhere; `::part(…)` anywhere.
 */
function mentioned(readme) {
  const all = readme.text;
  const eventName = /^nd-[a-z0-9]+(?:-[a-z0-9]+)*$/;
  return {
    events: new Set([
      ...codeSpans(readme.prose).filter((span) => eventName.test(span)),
      ...readme.codeBlocks.flatMap((block) => [...block.matchAll(/(['"`])(nd-[a-z0-9-]+)\1/g)].map((m) => m[2])),
    ]),
    cssProperties: new Set(all.match(/--nd-[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []),
    parts: new Set([...all.matchAll(/::part\(\s*([a-z][a-z0-9-]*)\s*\)/g)].map((m) => m[1])),
  };
}

/** The element's API as the manifest describes it. */
function fromManifest() {
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  assert.equal(elements.length, 1, `custom-elements.json should describe one element, found ${elements.length}`);
  const [el] = elements;
  assert.equal(el.tagName, 'network-directory', 'custom-elements.json: tag name');
  const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name);
  return {
    attributes: new Set((el.attributes ?? []).map((a) => a.name)),
    properties: new Set((el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m)).map((m) => m.name)),
    methods: new Set((el.members ?? []).filter((m) => m.kind === 'method' && isPublic(m)).map((m) => m.name)),
    events: new Set((el.events ?? []).map((e) => e.name).filter(Boolean)),
    cssProperties: new Set((el.cssProperties ?? []).map((p) => p.name)),
    parts: new Set((el.cssParts ?? []).map((p) => p.name)),
    slots: new Set((el.slots ?? []).map((s) => s.name).filter(Boolean)),
  };
}

const LABELS = {
  attributes: 'attribute',
  properties: 'property',
  methods: 'method',
  events: 'event',
  cssProperties: 'CSS custom property',
  parts: 'CSS part',
  slots: 'slot',
};

const difference = (a, b) => [...a].filter((x) => !b.has(x)).sort();
const list = (kind, names) => names.map((n) => `  ${LABELS[kind]} \`${n}\``).join('\n');

test('custom-elements.json exists (npm run build writes it)', () => {
  assert.ok(
    existsSync(manifestUrl),
    'custom-elements.json is missing: run `npm run build` (or `npm run build:manifest`) first',
  );
});

test('README.md documents everything custom-elements.json has', { skip: !existsSync(manifestUrl) }, () => {
  const manifest = fromManifest();
  const readme = documented(readReadme());
  assert.ok(
    manifest.attributes.size > 0 && manifest.events.size > 0,
    'the manifest lists no attributes or events: is the analyzer set up?',
  );
  const missing = [];
  for (const kind of Object.keys(LABELS)) {
    const names = difference(manifest[kind], readme[kind]);
    if (names.length) missing.push(list(kind, names));
  }
  assert.ok(
    missing.length === 0,
    `README.md lacks rows (in its API tables, or the ::part() list) for what custom-elements.json has:\n${missing.join('\n')}`,
  );
});

test('README.md documents nothing that custom-elements.json lacks', { skip: !existsSync(manifestUrl) }, () => {
  const manifest = fromManifest();
  const readme = readReadme();
  const inTables = documented(readme);
  const anywhere = mentioned(readme);
  const extra = [];
  for (const kind of Object.keys(LABELS)) {
    const names = new Set([...inTables[kind], ...(anywhere[kind] ?? [])]);
    const unknown = difference(names, manifest[kind]);
    if (unknown.length) extra.push(list(kind, unknown));
  }
  assert.ok(
    extra.length === 0,
    `README.md documents what custom-elements.json does not have (renamed or removed in the code?):\n${extra.join('\n')}`,
  );
});
