// Browser tests: real Debian Chromium through Playwright, TypeScript through esbuild.
// Pages load from http://localhost:<port>; cross-origin frames from http://127.0.0.1:<port>
// (the dev server listens on every interface, so one server gives two origins).
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumFlags } from './scripts/chromium-flags.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Writes pass/fail counts for scripts/test.ts to add to its summary line. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && session.errors.length) counts.sessionErrors += 1;
      }
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

export default {
  files: [
    'packages/*/test/**/*.test.ts',
    'apps/*/test/**/*.test.ts',
    'test/browser/**/*.test.ts',
    'test/contract/**/*.test.ts',
    // A package's node:test files run under node (scripts/test.ts), not in the browser.
    '!packages/*/test/node/**',
  ],
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 2,
  // Limits only for what a busy machine makes slow and no test can await: a real browser starting, and
  // a whole file of real-browser tests. Tests themselves never wait for time; these only turn a hang into
  // a failure, so they are generous (see npm run test:stress).
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
  // Each test awaits what it means; mocha's limit only reports a hang, with room for a loaded machine.
  testFramework: { config: { timeout: 60_000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter('node_modules/.cache/wtr-counts.json'),
  ],
};
