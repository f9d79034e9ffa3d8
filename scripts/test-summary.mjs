// Sums every runner's results in one or more folders into one closing line: "N passed, N failed".
// Reads vitest and Playwright JSON reports and step files ({ "step": "lint", "ok": true }).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dirs = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function fromPlaywright(report) {
  const s = report.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (report.errors?.length ? 1 : 0), skipped: s.skipped ?? 0 };
}

function fromVitest(report) {
  const errored = report.success === false && (report.numFailedTests ?? 0) === 0 ? 1 : 0;
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + errored, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

const files = dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).sort() : []).map((name) => ({ dir, name })));
for (const { dir, name: file } of files) {
  if (!file.endsWith(".json")) continue;
  const name = dirs.length > 1 ? `${path.basename(dir)}/${file}` : file;
  let data;
  try {
    data = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  } catch {
    lines.push(`${name}: unreadable report, counted as 1 failed`);
    failed += 1;
    continue;
  }
  const r = "step" in data ? { passed: data.ok ? 1 : 0, failed: data.ok ? 0 : 1, skipped: 0 } : "numTotalTests" in data ? fromVitest(data) : fromPlaywright(data);
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
  lines.push(`${name.replace(/\.json$/, "")}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
}

console.log("\nTest summary");
for (const l of lines) console.log(`  ${l}`);
const expected = Number(process.env.EXPECTED_REPORTS ?? 0);
if (lines.length < expected) {
  console.log(`  ${expected - lines.length} runner(s) left no report, counted as failed`);
  failed += expected - lines.length;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
