import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs drive the built extension (.output/chrome-mv3) in real Chromium. Each test gets its
 * own browser context; two workers match the two-core machines.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder at start; keep it apart from the suite reports in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
  // No spec measures wall time (figures belong to `npm run bench:page`), so every spec can share the cores.
  projects: [{ name: 'extension' }],
});
