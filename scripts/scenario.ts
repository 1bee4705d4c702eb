/**
 * `npm run scenario -- my.yaml [more.yaml…] [--options my-options.yaml]`: runs scenario scripts
 * headless, for CI. It checks every file first, starts the shell and the apps on free ports (as
 * `npm start` does, no browser window), opens the shell in headless Chromium and runs each file in a
 * fresh shell, doing the view steps (click, fill, select) with Playwright inside the view's frame
 * (scenario-page.ts, which also keeps the views' pages from calling the run's bindings).
 * Each step is printed as it ends. Exits 0 when every step passed, 1 when a step failed (named),
 * 2 on a file that is not a valid scenario, on bad usage, or when Chromium is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parseScript, ScriptProblems } from '../apps/workspace/src/scenario-script/parse.js';
import type { StepResult } from '../apps/workspace/src/scenario-script/types.js';
import { chromiumPath, ensureChromium } from './chromium.js';
import { chromiumFlags } from './chromium-flags.mjs';
import { runInShell, type ScenarioPageListener } from './scenario-page.js';
import { defaultOptionsPath, startWorkspace } from './serve.js';

const USAGE =
  'Usage: npm run scenario -- <scenario.yaml> [more.yaml…] [--options <option-file.yaml>]\n' +
  '  Runs each scenario headless against the shell and the apps; --options defaults to apps/workspace/options.yaml.';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function readArguments(argv: string[]): { files: string[]; optionsPath: string } {
  const files: string[] = [];
  let optionsPath = defaultOptionsPath;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (argument === '--options') {
      const next = argv[++index];
      if (!next) fail(`npm run scenario: --options needs a file.\n${USAGE}`, 2);
      optionsPath = resolve(next);
    } else if (argument.startsWith('--options=')) optionsPath = resolve(argument.slice('--options='.length));
    else if (argument.startsWith('-')) fail(`npm run scenario: unknown option ${argument}.\n${USAGE}`, 2);
    else files.push(resolve(argument));
  }
  if (!files.length) fail(`npm run scenario: give at least one scenario file.\n${USAGE}`, 2);
  return { files, optionsPath };
}

/** Every file read and checked before anything starts: a bad file stops the run with code 2. */
function readScripts(files: string[]): Array<{ file: string; text: string }> {
  let bad = false;
  const scripts = files.map((file) => {
    if (!existsSync(file)) {
      bad = true;
      console.error(`✗ ${file}: no such file. Check the path.`);
      return { file, text: '' };
    }
    const text = readFileSync(file, 'utf8');
    try {
      parseScript(text);
    } catch (error) {
      bad = true;
      const problems = error instanceof ScriptProblems ? error.problems : [String(error)];
      console.error(
        `✗ ${basename(file)} is not a valid scenario:\n${problems.map((problem) => `  ${problem.replaceAll('\n', '\n  ')}`).join('\n')}`,
      );
    }
    return { file, text };
  });
  if (bad) process.exit(2);
  return scripts;
}

const mark: Record<string, string> = { passed: '✓', failed: '✗', skipped: '-' };

/** The files whose first step has started. */
const started = new Set<string>();

function printStep(file: string, step: StepResult): void {
  started.add(file);
  if (!mark[step.status]) return;
  console.log(`${mark[step.status]} ${step.index} ${step.label}${step.status === 'skipped' ? ' (skipped)' : ''}`);
  if (step.status === 'failed') console.log(`    ${step.detail.replaceAll('\n', '\n    ')}`);
}

/** Prints each step of `file` as it ends, and the run's notes. */
const printer = (file: string): ScenarioPageListener => ({
  onStep: (step) => printStep(file, step),
  onNote: (note) => console.log(note),
});

const { files, optionsPath } = readArguments(process.argv.slice(2));
const scripts = readScripts(files);
if (!ensureChromium()) fail(`npm run scenario: Chromium is needed to run the shell headless (${chromiumPath()}).`, 2);

let servers;
try {
  servers = await startWorkspace({ port: 0, appsPort: 0, logLevel: 'silent', optionsPath });
} catch (error) {
  fail(`npm run scenario: ${(error as Error).message}`, 2);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
const failures: string[] = [];
try {
  for (const { file, text } of scripts) {
    console.log(`\n▶ ${basename(file)} (options: ${optionsPath})`);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const run = async () =>
        runInShell(await context.newPage(), servers.shellOrigin, basename(file), text, printer(file));
      const result = await run().catch(async (error: Error) => {
        // The dev server reloads the page when it optimises a dependency it found late, or when a source
        // file changes: a run cut off before its first step starts again once, in a fresh page.
        if (started.has(file) || !/Execution context was destroyed/.test(error.message)) throw error;
        console.log('  (the shell page reloaded before the first step; starting again)');
        return run();
      });
      if (result.problems.length) {
        console.error(
          `✗ ${basename(file)} is not a valid scenario for these options:\n  ${result.problems.join('\n  ')}`,
        );
        process.exitCode = 2;
        continue;
      }
      const failed = result.steps.find((step) => step.status === 'failed');
      const passed = result.steps.filter((step) => step.status === 'passed').length;
      if (failed) failures.push(`${basename(file)}: step ${failed.index} failed: ${failed.label}. ${failed.detail}`);
      console.log(
        failed
          ? `✗ ${result.name}: step ${failed.index} failed (${passed} passed, ${result.steps.length - passed - 1} skipped).`
          : `✓ ${result.name}: all ${passed} steps passed.`,
      );
    } catch (error) {
      // The shell did not start, or the page went away: the scenario could not run to the end.
      const reason = (error as Error).message.split('\n')[0];
      console.log(`✗ ${basename(file)}: the run broke off: ${reason}`);
      failures.push(`${basename(file)}: the run broke off: ${reason}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await servers.close();
}
if (failures.length) {
  console.error(`\n${failures.length} scenario(s) failed:\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
  process.exitCode = 1;
}
