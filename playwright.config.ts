/**
 * Playwright Test (`npx playwright test`): @wwe-kit/testing's own fixture specs, and the bundled apps'
 * e2e specs (apps/<app>/e2e), written as a user writes them. Both drive the prebuilt shell (npm run
 * build) with the apps as the user's pages. One worker: each project's worker starts the apps' dev
 * server once. Chromium is the fixture's (/usr/bin/chromium or CHROMIUM_PATH); nothing is downloaded.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  projects: [
    { name: 'testing', testDir: 'packages/testing/test/playwright' },
    // `@wwe-kit/testing/playwright` as a user imports it: the package's build (dist), as npm test builds it.
    { name: 'apps', testDir: 'apps', testMatch: '*/e2e/**/*.spec.ts' },
  ],
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // The json report is what `npm test` counts (scripts/test.ts); the line reporter is for people.
  reporter: [['line'], ['json', { outputFile: 'node_modules/.cache/playwright-report.json' }]],
  outputDir: 'node_modules/.cache/playwright-output',
  use: { headless: true, trace: 'off' },
});
