/**
 * Runs a scenario: checks the whole file first, then each step in turn, reporting each as it goes;
 * the first step that fails stops the run and the steps after it are skipped. However the run ends
 * (passed, failed or stopped), the faults are put back as they were before it.
 */
import type { RequestName } from '@wwe-kit/protocol';
import type { Fault } from '@wwe-kit/simulator';
import { actions } from './actions.js';
import { checks } from './checks.js';
import type { RunContext } from './context.js';
import type { TrafficFeed } from './feed.js';
import { kindSpec } from './kinds.js';
import { parseScript, ScriptProblems } from './parse.js';
import type { ScriptHost } from './script-host.js';
import { own, type Script, type ScriptResult, type ScriptStep, type StepResult } from './types.js';

export interface RunOptions {
  /** Told of each step as it starts, waits for a person, passes, fails or is skipped. */
  readonly onStep?: (result: StepResult) => void;
  /** Stops the run: the step under way fails, the rest are skipped. */
  readonly signal?: AbortSignal;
}

/** The steps of a script as not yet run. */
export const pendingSteps = (script: Script): StepResult[] =>
  script.steps.map((step) => ({ index: step.index, label: step.label, status: 'pending', detail: '' }));

async function runStep(context: RunContext, step: ScriptStep): Promise<string> {
  // Stop may come between two steps (as a wait ends): the next step must not act then.
  if (context.signal.aborted) throw new Error('the scenario was stopped.');
  const act = own(actions, step.kind);
  if (act) {
    const detail = act(context, step);
    context.host.changed();
    return detail;
  }
  const check = own(checks, step.kind);
  if (!check) throw new Error(`the runner has no step ${step.kind}.`);
  const detail = await check(context, step);
  if (kindSpec(step.kind)?.acts) context.host.changed();
  return detail;
}

/** Puts the simulator's faults back as they were: those the run set go, those it cleared come back. */
function restoreFaults(host: ScriptHost, before: ReadonlyArray<readonly [string, Fault]>): void {
  const { faults } = host.simulator;
  faults.clear();
  for (const [request, fault] of before) {
    const name = request as RequestName;
    if (fault.kind === 'fail') faults.fail(name, fault.message);
    else if (fault.kind === 'delay') faults.delay(name, fault.milliseconds);
    else faults.drop(name);
  }
  host.changed();
}

/**
 * Runs the scenario in `source` on the shell `host`, whose traffic reaches `feed`.
 * Never throws: a file that is not a valid scenario answers `{ ok: false, problems }` with no step run.
 */
export async function runScript(
  source: string,
  host: ScriptHost,
  feed: TrafficFeed,
  options: RunOptions = {},
): Promise<ScriptResult> {
  let script: Script;
  try {
    script = parseScript(
      source,
      host.views().map((view) => view.section),
    );
  } catch (error) {
    const problems = error instanceof ScriptProblems ? error.problems : [String(error)];
    return { ok: false, name: '', steps: [], problems };
  }
  const results = pendingSteps(script);
  const report = (result: StepResult) => {
    results[result.index - 1] = result;
    options.onStep?.(result);
  };
  const signal = options.signal ?? new AbortController().signal;
  const context: RunContext = { host, feed, names: new Map(), windowStart: 0, signal };
  const faultsBefore = host.simulator.faults.list();
  feed.start();
  let failed = false;
  try {
    for (const step of script.steps) {
      const base = { index: step.index, label: step.label };
      if (failed) {
        report({ ...base, status: 'skipped', detail: 'Not run: an earlier step failed.' });
        continue;
      }
      if (kindSpec(step.kind)?.acts) {
        // The window starts at this step: what the step causes, and nothing older, is what later expectations see.
        feed.forgetBefore(context.windowStart);
        context.windowStart = feed.mark;
      }
      report({ ...base, status: 'running', detail: '' });
      try {
        report({ ...base, status: 'passed', detail: await runStep(context, step) });
      } catch (error) {
        failed = true;
        const reason = error instanceof Error ? error.message : String(error);
        report({ ...base, status: 'failed', detail: reason.charAt(0).toUpperCase() + reason.slice(1) });
      }
    }
  } finally {
    feed.stop();
    restoreFaults(host, faultsBefore);
  }
  return { ok: !failed, name: script.name, steps: results, problems: [] };
}
