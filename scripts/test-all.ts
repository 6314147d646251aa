/**
 * `npm test`: the unit suite (vitest), a fresh Chrome build, then the end-to-end suite (Playwright
 * driving the built extension in Chromium). Both run even when the first fails, and the last line
 * adds every suite up as "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

interface Counts { passed: number; failed: number }

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  // A flaky test passed only on retry: count it as failed so it cannot hide. Skipped tests are failures here too.
  return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky + report.stats.skipped };
}

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const buildStatus = run('npx', ['wxt', 'build']);
const e2eStatus = buildStatus === 0 ? run('npx', ['playwright', 'test']) : 1;

const unit = vitestCounts('test-results/unit.json');
const e2e = buildStatus === 0 ? playwrightCounts('test-results/e2e.json') : undefined;
let passed = 0;
let failed = 0;
for (const [name, counts, status] of [['unit', unit, unitStatus], ['e2e', e2e, e2eStatus]] as const) {
  if (!counts) {
    console.error(`${name}: no report was written (exit ${status}); counted as one failure.`);
    failed += 1;
    continue;
  }
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
  if (status !== 0 && counts.failed === 0) failed += 1;
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failed === 0 && unitStatus === 0 && e2eStatus === 0 ? 0 : 1);
