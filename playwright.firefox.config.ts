import { defineConfig } from '@playwright/test';

/**
 * The Firefox suite drives the built Firefox add-on (.output/firefox-mv3) in Firefox ESR through
 * puppeteer-core over WebDriver BiDi; Playwright is only the test runner here. One worker: each test
 * starts its own Firefox, and the Chromium suite has already had both cores.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  testMatch: '**/*.ff.ts',
  outputDir: 'test-results/firefox-artifacts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/firefox.json' }]],
});
