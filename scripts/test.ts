/**
 * `npm test`: build, typecheck, lint, node tests, the browser tests in Chromium and
 * @wwe-kit/testing's Playwright specs, then one summary line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const cache = 'node_modules/.cache';
const totals = { passed: 0, failed: 0 };
const failures: string[] = [];

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const node = (args: string[]) => run(process.execPath, ['--conditions=source', '--import', 'tsx', ...args]);

/** A check that is one test: it passes or fails as a whole. */
function check(name: string, ok: boolean) {
  console.log(`\n${ok ? '✓' : '✗'} ${name}`);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(name);
}

/** A suite that reports its own counts into a file. */
function suite(
  name: string,
  ok: boolean,
  countsFile: string,
  read: (text: string) => { passed: number; failed: number },
) {
  const counts = existsSync(countsFile) ? read(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0 };
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!ok && counts.failed === 0) check(`${name} (did not run to the end)`, false);
  else if (counts.failed) failures.push(`${name}: ${counts.failed} failed`);
}

console.log('▶ build');
check('build (package dist, wwe-service-client-api.js, dist/apps)', node(['scripts/build.ts']));

console.log('\n▶ packages (npm pack of each, then publint and attw on the tarball)');
check('packages (publint and attw on every tarball)', node(['scripts/pack-check.ts']));

console.log('\n▶ typecheck (TypeScript 7, tsc -b)');
check('typecheck', run(process.execPath, ['node_modules/typescript/bin/tsc', '-b']));

console.log('\n▶ lint (eslint with typescript-eslint, lit and wc; prettier --check)');
check('lint', node(['scripts/lint.ts']));

// Some node tests drive Chromium too.
const haveChromium = ensureChromium();

/** Runs node:test over the `*.test.ts` files of `dir`, its counts read from a TAP file. */
function nodeSuite(name: string, dir: string, options: string[] = []) {
  const tap = `${cache}/${dir.replaceAll('/', '-')}.tap`;
  rmSync(tap, { force: true });
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${dir}/${file}`);
  const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap'];
  const ok = node(['--test', ...options, ...reporters, `--test-reporter-destination=${tap}`, ...files]);
  suite(name, ok, tap, (text) => ({
    passed: Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0),
    failed: Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0),
  }));
}

console.log('\n▶ node tests');
nodeSuite('node tests', 'test/node');
nodeSuite('@wwe-kit/testing node tests', 'packages/testing/test/node');

console.log('\n▶ end-to-end tests (the shell and the apps in Chromium, served as npm start serves them)');
if (haveChromium) nodeSuite('end-to-end tests', 'test/e2e', ['--test-concurrency=1']);
else check('end-to-end tests (Chromium missing)', false);

console.log('\n▶ browser tests (Chromium)');
if (haveChromium) {
  const countsFile = `${cache}/wtr-counts.json`;
  rmSync(countsFile, { force: true });
  const wtrOk = run(process.execPath, [
    'node_modules/@web/test-runner/dist/bin.js',
    '--config',
    'web-test-runner.config.mjs',
  ]);
  suite('browser tests', wtrOk, countsFile, (json) => JSON.parse(json) as { passed: number; failed: number });
} else {
  check('browser tests (Chromium missing)', false);
}

console.log('\n▶ Playwright fixture tests (@wwe-kit/testing/playwright: the shell with the apps as the user pages)');
if (haveChromium) {
  // playwright.config.ts writes the json report there; its stats count the tests.
  const report = `${cache}/playwright-report.json`;
  rmSync(report, { force: true });
  const playwrightOk = run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test']);
  suite('Playwright fixture tests', playwrightOk, report, (json) => {
    const { stats } = JSON.parse(json) as { stats: { expected: number; unexpected: number; flaky: number } };
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  });
} else {
  check('Playwright fixture tests (Chromium missing)', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
