// Reads vitest JSON reports given as `tier=path` (one per test tier), prints
// one line per tier and then the combined line "N passed, N failed".
// Exits 1 when a report is missing, a test failed, a test file failed
// outside its tests (an import error, a failing hook: it has no failed test
// to count, so it is reported on its own line), or a tier ran no test.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let bad = false;
for (const argument of process.argv.slice(2)) {
  const [tier, path] = argument.split("=");
  let report;
  try {
    report = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    console.error(`${tier} tier: no vitest JSON report at ${path}: ${error.message}`);
    failed += 1;
    bad = true;
    continue;
  }
  const tierPassed = report.numPassedTests ?? 0;
  const tierFailed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const files = report.testResults ?? [];
  const ends = files.map((file) => file.endTime ?? 0);
  const seconds = files.length > 0 && report.startTime ? Math.round((Math.max(...ends) - report.startTime) / 1000) : 0;
  console.log(
    // Worded apart from the totals line below, which alone reads "N passed, N failed".
    `${tier} tier: passed ${tierPassed}, failed ${tierFailed}, skipped ${skipped}, ${files.length} files, ${seconds} s`,
  );
  passed += tierPassed;
  failed += tierFailed;
  const brokenFiles = files.filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
  );
  for (const file of brokenFiles)
    console.error(
      `${tier} tier: test file failed outside its tests: ${file.name}: ${(file.message ?? "").split("\n")[0]}`,
    );
  if (report.numTotalTests === 0) console.error(`${tier} tier: vitest ran no test`);
  if (tierFailed > 0 || brokenFiles.length > 0 || report.numTotalTests === 0 || report.success === false) bad = true;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(bad ? 1 : 0);
