// Mutation testing of the pure stages (docs/testing.md): `npm run test:mutation`.
// StrykerJS changes the sources one small fault at a time (a flipped condition, an emptied
// string, a removed call…) and runs the Node unit tests (.mocharc.json) that cover each
// change; a change no test notices is a "survived" mutant: a gap in the tests or an
// equivalent change (listed with reasons in docs/testing.md).
// One folder at a time: `npm run test:mutation -- --mutate 'src/state/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // the unit tests import the TypeScript sources through tsx, also in Stryker's workers
  testRunnerNodeArgs: ['--import', 'tsx'],
  // ND_MUTATION_SPEC=test/state,test/csv narrows the tests to those folders' (globs allowed):
  // a mutant in code that also runs while modules load makes Stryker restart its worker,
  // which reloads every spec file; fewer files, faster restarts.
  mochaOptions: {
    config: '.mocharc.json',
    ...(process.env.ND_MUTATION_SPEC && {
      spec: process.env.ND_MUTATION_SPEC.split(',').map((dir) => (dir.endsWith('.ts') ? dir : `${dir}/**/*.test.ts`)),
    }),
  },
  mutate: [
    'src/feed/**/*.ts',
    '!src/feed/load.ts', // fetches: tested in the browser (test/components, test/hostile)
    '!src/feed/types.ts', // types only
    'src/search/**/*.ts',
    'src/state/**/*.ts',
    '!src/state/ui-language.ts', // walks the DOM (lang of ancestors): tested in the browser
    'src/cli/import-csv.ts',
    'src/cli/csv-*.ts',
    'src/cli/export-csv.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as the id patterns) need the whole suite
  // each, ~1 min apiece here, 96 % of a run's time: left out, and listed as such in the
  // report. Their patterns have direct tests (test/state/url-state.test.ts: 64/65 chars).
  ignoreStatic: true,
  // the machine running it is often shared: raise with --concurrency on a free one
  concurrency: 2,
  timeoutMS: 20_000,
  // the first full run, on a loaded machine, took over Stryker's default 5 minutes
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    maxTestsToLog: 0,
    reportScoreTable: true,
    reportMutants: true,
  },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Later runs test only what changed since the last (sources or tests): reports/ stays out of git.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'lib',
    'build-tsc',
    'bench',
    'reports',
    '.stryker-tmp',
    'test/hostile/feeds',
    'custom-elements.json',
  ],
  cleanTempDir: 'always',
};
