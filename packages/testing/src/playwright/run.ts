/**
 * `workspace.run(path)`: a scenario script run in the test's shell, as `npm run scenario` runs one
 * (scenario-page.ts, one copy for both): the view steps done by Playwright in the views' frames, each
 * step's result heard as it ends. A failed step fails the test, named with what was seen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { ScriptResult, StepResult } from '../shell/scenario-run.js';
import { exposeScenarioBindings, runInOpenShell } from './scenario-page.js';

/** The page's scenario bindings, installed once per page; each run reads the notes made meanwhile. */
export interface ScenarioBindings {
  readonly notes: string[];
}

/** Gives the shell's page the bindings a run needs (before the shell loads, so every frame has them). */
export async function installScenarioBindings(page: Page): Promise<ScenarioBindings> {
  const bindings: ScenarioBindings = { notes: [] };
  await exposeScenarioBindings(page, {
    onStep: () => {},
    onNote: (note) => bindings.notes.push(note.trim()),
  });
  return bindings;
}

const stepLine = (step: StepResult) => `step ${step.index} (${step.label}): ${step.detail}`;

/** The run's failure in words: the failed step (or the file's problems), and what passed before it. */
export function describeFailure(file: string, result: ScriptResult, notes: readonly string[]): string {
  if (result.problems.length)
    return `The scenario ${file} is not valid; no step ran:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`;
  const failed = result.steps.find((step) => step.status === 'failed');
  const passed = result.steps.filter((step) => step.status === 'passed').length;
  const lines = [
    failed
      ? `Scenario "${result.name}" (${file}) failed at ${stepLine(failed)}`
      : `Scenario "${result.name}" (${file}) did not pass: ${result.steps.filter((step) => step.status !== 'passed').length} step(s) did not run.`,
    `${passed} of ${result.steps.length} step(s) passed before it.`,
  ];
  if (notes.length) lines.push(...notes.map((note) => `Note: ${note}`));
  return lines.join('\n');
}

/** Runs the scenario file at `path` (relative to the working directory) in the open shell. */
export async function runScenarioFile(page: Page, path: string, bindings: ScenarioBindings): Promise<ScriptResult> {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `workspace.run: cannot read the scenario ${file} (${(error as Error).message}). Give a YAML path relative to the working directory (${process.cwd()}).`,
      { cause: error },
    );
  }
  bindings.notes.length = 0;
  // The page's scenario runner is the shell's own; its step kinds and checks are the shell's.
  const result = await runInOpenShell(page, file, text);
  if (!result.ok) throw new Error(describeFailure(file, result, bindings.notes));
  return result;
}
