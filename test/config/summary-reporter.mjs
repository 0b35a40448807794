// Prints one closing line that people and CI can read, after web-test-runner's own report:
//   browser-tests: 33 passed, 0 failed, 3 skipped  (one word before the colon: the form CI reads)
// Counts are summed over all engines (a test that runs in 3 engines counts 3 times). A test
// file that failed to load or run (no test results, or an error outside any test) counts as
// one failure, so that a broken file can never read as "0 failed".
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryLineReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        countSuite(session.testResults, counts);
        if (!session.passed && counts.failed === before) counts.failed += 1;
      }
      const engines = [...new Set(sessions.map((s) => s.browser.name))].join(', ');
      const files = new Set(sessions.map((s) => s.testFile)).size;
      // on exit: after the runner's own final report, so that this is the last line
      process.once('exit', () => {
        console.log(`(${engines}; ${files} test files)`);
        console.log(`browser-tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      });
    },
  };
}
