#!/usr/bin/env node
// Prints the one closing line CI reads, `N passed, N failed`, from Vitest's JSON reports
// (the suites' and the soak's), summed.
import { existsSync, readFileSync } from 'node:fs';

const reportPaths = process.argv.length > 2 ? process.argv.slice(2) : ['test-results/vitest.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const reportPath of reportPaths) {
  if (!existsSync(reportPath)) {
    failed += 1;
    console.error(`no test report at ${reportPath}: the test run did not finish`);
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  // A file that fails to load counts as a failure even though none of its tests ran.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles.length;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
