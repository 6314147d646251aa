/**
 * `npm test`: the unit suite (vitest); a fresh Chrome build and the end-to-end suite (Playwright driving
 * the built extension in Chromium); the headless demo check; a fresh Firefox build and the Firefox
 * suite (Firefox ESR driven over WebDriver BiDi). Every suite runs even when another fails, and the
 * last line adds them all up as "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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

for (const report of ['unit.json', 'e2e.json', 'firefox.json']) rmSync(`test-results/${report}`, { force: true });

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const buildStatus = run('npx', ['wxt', 'build']);
const e2eStatus = buildStatus === 0 ? run('npx', ['playwright', 'test']) : 1;
// The README's first command, headless: it must find and card the note's citations on this machine too.
const demoStatus = buildStatus === 0 ? run('npx', ['jiti', 'scripts/demo.ts'], { DEMO_HEADLESS: '1', DEMO_PORT: '0' }) : 1;
const firefoxBuildStatus = run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
const firefoxStatus = firefoxBuildStatus === 0 ? run('npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts']) : 1;

const unit = vitestCounts('test-results/unit.json');
const e2e = buildStatus === 0 ? playwrightCounts('test-results/e2e.json') : undefined;
const demo: Counts = demoStatus === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
const firefox = firefoxBuildStatus === 0 ? playwrightCounts('test-results/firefox.json') : undefined;
let passed = 0;
let failed = 0;
const suites = [
  ['unit', unit, unitStatus],
  ['e2e (Chromium)', e2e, e2eStatus],
  ['demo (headless)', demo, demoStatus],
  ['e2e (Firefox)', firefox, firefoxStatus],
] as const;
for (const [name, counts, status] of suites) {
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
process.exit(failed === 0 && suites.every(([, , status]) => status === 0) ? 0 : 1);
