// Prints, after web-test-runner's own report, the names of the tests that failed and one
// closing line that people and CI can read:
//   FAILED firefox test/hosts/x.test.ts › suite › test name
//          AssertionError: expected 1 to equal 2
//   browser-tests: 33 passed, 0 failed, 3 skipped  (one word before the colon: the form CI reads)
// The runner's report names a failure where the file finishes, which in a long CI log has
// scrolled away by the end; the list repeats it where the log is read: at its tail.
// Counts are summed over all engines (a test that runs in 3 engines counts 3 times). A test
// file that failed to load or run (no test results, or an error outside any test) counts as
// one failure, so that a broken file can never read as "0 failed".
function firstLine(text) {
  return String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);
}

/** `12.3 s`, right-aligned, for the timing lists. */
const seconds = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

function countSuite(suite, counts, failures, where, path, timings) {
  if (!suite) return;
  const names = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    timings.push({ where: `${where} › ${[...names, test.name].join(' › ')}`, ms: test.duration ?? 0 });
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      failures.push({ where, name: [...names, test.name].join(' › '), error: firstLine(test.error?.message) });
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, failures, where, names, timings);
}

/** Collects pass/fail counts over all sessions and prints failed test names and a summary line on exit. */
export function summaryLineReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      const timings = [];
      // Per file: its tests' time, summed (the page's start and set-up not counted).
      const fileTimes = [];
      for (const session of sessions) {
        const before = counts.failed;
        const firstTiming = timings.length;
        const where = `${session.browser.name} ${session.testFile.replace(process.cwd() + '/', '')}`;
        countSuite(session.testResults, counts, failures, where, [], timings);
        fileTimes.push({ where, ms: timings.slice(firstTiming).reduce((sum, t) => sum + t.ms, 0) });
        if (!session.passed && counts.failed === before) {
          counts.failed += 1;
          const error = session.errors?.[0]?.message ?? 'the file did not finish (no test failed inside it)';
          failures.push({ where, name: '(the file as a whole)', error: firstLine(error) });
        }
      }
      // The slowest files and tests: where the suite's time goes, and what nears a time-out.
      const slowestFiles = fileTimes.sort((a, b) => b.ms - a.ms).slice(0, 8);
      const slowestTests = timings.sort((a, b) => b.ms - a.ms).slice(0, 5);
      const engines = [...new Set(sessions.map((s) => s.browser.name))].join(', ');
      const files = new Set(sessions.map((s) => s.testFile)).size;
      // on exit: after the runner's own final report, so that these are the last lines
      process.once('exit', () => {
        console.log("slowest test files (their tests' time, summed):");
        for (const file of slowestFiles) console.log(`  ${seconds(file.ms)}  ${file.where}`);
        console.log('slowest tests:');
        for (const test of slowestTests) console.log(`  ${seconds(test.ms)}  ${test.where}`);
        for (const failure of failures) {
          console.log(`FAILED ${failure.where} › ${failure.name}`);
          if (failure.error) console.log(`       ${failure.error}`);
        }
        console.log(`(${engines}; ${files} test files)`);
        console.log(`browser-tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      });
    },
  };
}
