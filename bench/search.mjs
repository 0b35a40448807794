// npm run bench:search — the search and the facet counts alone, without a browser:
// `deriveResults` for every keystroke of the bench's queries and for its facet clicks,
// on the bench's generated feeds. It separates what the element computes from what the
// browser renders: `npm run bench` measures both together, from the event to the
// painted frame.
//
// Options (environment):
//   BENCH_SIZES     comma-separated entry counts (default 1000,10000)
//   BENCH_ROUNDS    repetitions; the median of each step is printed (default 7)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateFeed } from './generate-feed.mjs';
import { FACET_CLICK_ROUND, QUERIES, median } from './measure.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'bench', '.out', 'search');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// The modules the element uses, bundled from src for Node (no DOM in any of them).
mkdirSync(out, { recursive: true });
const bundle = join(out, 'search.mjs');
execFileSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  ['--bundle', '--format=esm', '--platform=node', `--outfile=${bundle}`, '--log-level=warning'],
  {
    cwd: root,
    input: ['validate', 'search-index', 'derive']
      .map((name, i) => `export * from './src/${i ? 'search' : 'feed'}/${name}.ts';`)
      .join('\n'),
    stdio: ['pipe', 'inherit', 'inherit'],
  },
);
const { validateFeed, buildSearchIndex, deriveResults } = await import(pathToFileURL(bundle).href);

const ms = (n) => `${n.toFixed(1)} ms`;

for (const size of SIZES) {
  const { feed } = validateFeed(JSON.parse(JSON.stringify(generateFeed(size, 7))));
  let t0 = performance.now();
  const index = buildSearchIndex(feed, 'de');
  const buildTime = performance.now() - t0;
  t0 = performance.now();
  void index.haystacks.length; // folds every entry's texts
  const foldTime = performance.now() - t0;

  // One round: every query typed one key at a time, then the facet clicks on and off,
  // as the browser bench does it. Each step's time is kept by its label.
  const steps = new Map();
  const step = (label, state) => {
    const start = performance.now();
    const result = deriveResults(feed, index, state);
    const time = performance.now() - start;
    const kept = steps.get(label) ?? { times: [], matches: result.matches.length };
    kept.times.push(time);
    steps.set(label, kept);
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++)
        step(`key "${query.slice(0, i)}"`, { query: query.slice(0, i), selected: {} });
      step('cleared', { query: '', selected: {} });
    }
    const selected = {};
    for (const [facet, term] of FACET_CLICK_ROUND) {
      const on = !(selected[facet] ?? []).includes(term);
      selected[facet] = on ? [term] : [];
      step(`click ${on ? 'on ' : 'off'} ${facet}/${term}`, { query: '', selected: { ...selected } });
    }
  }

  const rows = [...steps].map(([label, { times, matches }]) => ({ label, time: median(times), matches }));
  const keys = rows.filter((row) => row.label.startsWith('key')).map((row) => row.time);
  const clicks = rows.filter((row) => row.label.startsWith('click')).map((row) => row.time);
  console.log(`\n## ${size.toLocaleString('en')} entries (median of ${ROUNDS} rounds, Node ${process.version})`);
  console.log(`index: facets ${ms(buildTime)}, folding every text ${ms(foldTime)} (once per feed and language)`);
  console.log(
    `keystroke: median ${ms(median(keys))}, slowest ${ms(Math.max(...keys))}; facet click: median ${ms(median(clicks))}, slowest ${ms(Math.max(...clicks))}`,
  );
  for (const { label, time, matches } of rows)
    console.log(`  ${label.padEnd(44)} ${ms(time).padStart(8)}  ${matches} matches`);
}
