/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after Jest's own summary,
 * so that any tool reading the end of the log can count the tests without knowing Jest.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stdout.write(
      `${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
