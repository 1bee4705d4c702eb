/**
 * `npm run scenario -- my.yaml [more.yaml…] [--options my-options.yaml]`: runs scenario scripts
 * headless, for CI. It checks every file first, starts the shell and the apps on free ports (as
 * `npm start` does, no browser window), opens the shell in headless Chromium and runs each file in a
 * fresh shell, doing the view steps (click, fill, select) with Playwright inside the view's frame.
 * Each step is printed as it ends. Exits 0 when every step passed, 1 when a step failed (named),
 * 2 on a file that is not a valid scenario, on bad usage, or when Chromium is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { parseScript, ScriptProblems } from '../apps/workspace/src/scenario-script/parse.js';
import type { ScriptResult, StepResult, ViewAction } from '../apps/workspace/src/scenario-script/types.js';
import { chromiumPath, ensureChromium } from './chromium.js';
import { chromiumFlags } from './chromium-flags.mjs';
import { defaultOptionsPath, startWorkspace } from './serve.js';

const USAGE =
  'Usage: npm run scenario -- <scenario.yaml> [more.yaml…] [--options <option-file.yaml>]\n' +
  '  Runs each scenario headless against the shell and the apps; --options defaults to apps/workspace/options.yaml.';
/** How long the shell and its workspace-level views may take to start. */
const START_LIMIT = 60_000;
/** How long the workspace-level views may take to subscribe before the run starts anyway. */
const VIEWS_LIMIT = 15_000;

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

/** Does a view step in the view's frame, as the person would in the shell. */
async function performViewStep(page: Page, action: ViewAction): Promise<string> {
  const target = page.frameLocator(action.frameSelector).locator(action.selector).first();
  const where = `${action.selector} in ${action.label}`;
  try {
    if (action.action === 'click') await target.click({ timeout: action.timeout });
    else if (action.action === 'fill') await target.fill(action.value ?? '', { timeout: action.timeout });
    else await target.selectOption(action.value ?? '', { timeout: action.timeout });
  } catch (error) {
    // Playwright's message runs on with its call log: its first line says what went wrong.
    const reason = (error as Error).message.split('\n')[0]!.replace(/^[\w.]+: /, '');
    throw new Error(`Playwright could not ${action.action} ${where}: ${reason}`, { cause: error });
  }
  return `Playwright did it in the view's frame: ${action.action} ${action.value !== undefined ? `'${action.value}' in ` : ''}${where}.`;
}

/** Opens a fresh shell and runs one scenario in it. */
async function runInShell(page: Page, shellOrigin: string, file: string, text: string): Promise<ScriptResult> {
  await page.exposeFunction('wweScenarioStep', (step: StepResult) => printStep(file, step));
  await page.exposeFunction('wweScenarioViewStep', (action: ViewAction) => performViewStep(page, action));
  await page.goto(`${shellOrigin}/`);
  await page.waitForFunction('"wweShell" in window', undefined, { timeout: START_LIMIT });
  // The workspace-level views (a background lookup, say) listen before the first call rings, as in a real session.
  await page
    .waitForFunction(
      `window.wweShell.views.viewsOf(undefined).filter((view) => view.iframe).every((view) =>
        window.wweShell.host.frames.some((frame) => frame.frameId === view.frame?.frameId && frame.subscriptions.size > 0))`,
      undefined,
      { timeout: VIEWS_LIMIT },
    )
    .catch(() =>
      console.log(`  (a workspace-level view has not subscribed to any event after ${VIEWS_LIMIT} ms; running anyway)`),
    );
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate(`(() => {
    const scripts = window.wweShell.scripts;
    scripts.driver = (action) => window.wweScenarioViewStep(action);
    return scripts.run(${JSON.stringify(text)}, {
      file: ${JSON.stringify(basename(file))},
      onStep: (step) => window.wweScenarioStep(step),
    });
  })()`) as Promise<ScriptResult>;
}

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
      const result = await runInShell(await context.newPage(), servers.shellOrigin, file, text).catch(
        async (error: Error) => {
          // The dev server reloads the page when it optimises a dependency it found late, or when a source
          // file changes: a run cut off before its first step starts again once, in a fresh page.
          if (started.has(file) || !/Execution context was destroyed/.test(error.message)) throw error;
          console.log('  (the shell page reloaded before the first step; starting again)');
          return runInShell(await context.newPage(), servers.shellOrigin, file, text);
        },
      );
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
