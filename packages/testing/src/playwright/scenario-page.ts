/**
 * The shell page of a headless scenario run (`npm run scenario`, the fixture's `workspace.run`): it opens the shell, gives the page
 * the two bindings a run needs and runs the scenario there. `wweScenarioStep` hears each step as it
 * ends; `wweScenarioViewStep` does a view step (click, fill, select) with Playwright in the view's frame.
 *
 * Playwright installs a binding in every frame of the page, the views' cross-origin iframes too. A
 * view's page could otherwise get trusted clicks and typing in another view's origin, or print a
 * step that never passed. So a binding answers the shell's own frame alone, and takes only what the
 * shell's runner sends: a step result, or a view action aimed at a view's iframe.
 */
import type { Frame, Page } from '@playwright/test';
import {
  MAX_TIMEOUT,
  quotable,
  stepStatuses,
  viewActions,
  viewFrameSelector,
  type ScriptResult,
  type StepResult,
  type ViewAction,
} from '../shell/scenario-run.js';

/** How long the shell and its workspace-level views may take to start. */
const START_LIMIT = 25_000;
/** How long the workspace-level views may take to subscribe before the run starts anyway. */
const VIEWS_LIMIT = 15_000;

/** What a run in the page tells its caller. */
export interface ScenarioPageListener {
  /** A step started, passed, failed or was skipped. */
  onStep(step: StepResult): void;
  /** Something worth a line of its own: a binding refused, the views were slow. */
  onNote(note: string): void;
}

/** Who called a binding, as Playwright tells it. */
type Caller = { readonly frame: Frame };

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/** Refuses a call from any frame but the shell's own (a view's page, say). */
function fromShell(page: Page, source: Caller, binding: string, listener: ScenarioPageListener): void {
  if (source.frame === page.mainFrame()) return;
  const refusal = `${binding} was called from a view's frame (${originOf(source.frame.url())}), not by the shell: refused. Only the shell reports steps and asks for view steps.`;
  listener.onNote(`  (${refusal})`);
  throw new Error(refusal);
}

const fieldsOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The step result the shell sent, or why it is not one. */
function stepResultOf(value: unknown): StepResult {
  const { index, label, status, detail } = fieldsOf(value);
  if (
    typeof index !== 'number' ||
    !Number.isInteger(index) ||
    index < 1 ||
    typeof label !== 'string' ||
    typeof detail !== 'string' ||
    !stepStatuses.some((known) => known === status)
  )
    throw new Error('wweScenarioStep was given something other than a step result: refused.');
  return { index, label, status: status as StepResult['status'], detail };
}

/** What makes `fields` other than a view action as the shell's runner builds it; undefined when nothing does. */
function viewActionProblem(fields: Record<string, unknown>): string | undefined {
  const { action, section, label, interactionId, frameSelector, selector, value, timeout } = fields;
  if (!viewActions.some((known) => known === action)) return `the action must be one of ${viewActions.join(', ')}`;
  if (typeof section !== 'string' || !quotable(section) || typeof label !== 'string')
    return "it names no view's section and label";
  if (interactionId !== undefined && (typeof interactionId !== 'string' || !quotable(interactionId)))
    return 'its interaction is not an interaction id';
  const frame = viewFrameSelector(section, interactionId);
  if (frameSelector !== frame) return `its frame must be the view's iframe, ${frame}`;
  if (typeof selector !== 'string' || !selector.trim()) return 'it has no selector';
  if (value !== undefined && typeof value !== 'string') return 'its value must be text';
  if (typeof timeout !== 'number' || !(timeout > 0 && timeout <= MAX_TIMEOUT))
    return `its timeout must be above 0 and at most ${MAX_TIMEOUT} ms`;
  return undefined;
}

/** The view action the shell sent, or why it is not one. */
function viewActionOf(value: unknown): ViewAction {
  const problem = viewActionProblem(fieldsOf(value));
  if (problem) throw new Error(`wweScenarioViewStep refused the view step: ${problem}.`);
  return value as ViewAction;
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

/** Gives the page `wweScenarioStep` and `wweScenarioViewStep`, for its main frame alone. */
export async function exposeScenarioBindings(page: Page, listener: ScenarioPageListener): Promise<void> {
  await page.exposeBinding('wweScenarioStep', (source: Caller, step: unknown) => {
    fromShell(page, source, 'wweScenarioStep', listener);
    listener.onStep(stepResultOf(step));
  });
  await page.exposeBinding('wweScenarioViewStep', (source: Caller, action: unknown) => {
    fromShell(page, source, 'wweScenarioViewStep', listener);
    return performViewStep(page, viewActionOf(action));
  });
}

/** How the shell is opened: its url's query (`?clock=manual`), how long its views may take to listen. */
export interface OpenShellOptions {
  readonly search?: string;
  readonly viewsLimit?: number;
}

/** Opens the shell in `page` and waits until its workspace-level views listen (or the views' limit passes). */
export async function openShellForRun(
  page: Page,
  shellOrigin: string,
  listener: ScenarioPageListener,
  { search = '', viewsLimit = VIEWS_LIMIT }: OpenShellOptions = {},
): Promise<void> {
  await page.goto(`${shellOrigin}/${search}`);
  // A shell that cannot start (option data the host refuses) says why in #fatal: that ends the wait at once.
  await page.waitForFunction('"wweShell" in window || document.getElementById("fatal")?.hidden === false', undefined, {
    timeout: START_LIMIT,
  });
  const fatal = await page.evaluate('window.wweShell ? "" : document.getElementById("fatal")?.textContent ?? ""');
  if (fatal) throw new Error(String(fatal));
  // The workspace-level views (a background lookup, say) listen before the first call rings, as in a real session.
  await page
    .waitForFunction(
      `window.wweShell.views.viewsOf(undefined).filter((view) => view.iframe).every((view) =>
        window.wweShell.host.frames.some((frame) => frame.frameId === view.frame?.frameId && frame.subscriptions.size > 0))`,
      undefined,
      { timeout: viewsLimit },
    )
    .catch(() =>
      listener.onNote(
        `  (a workspace-level view has not subscribed to any event after ${viewsLimit} ms; running anyway)`,
      ),
    );
}

/** Runs one scenario in the open shell, its view steps done by Playwright; resolves with every step's result. */
export function runInOpenShell(page: Page, file: string, text: string): Promise<ScriptResult> {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate(`(() => {
    const scripts = window.wweShell.scripts;
    scripts.driver = (action) => window.wweScenarioViewStep(action);
    return scripts.run(${JSON.stringify(text)}, {
      file: ${JSON.stringify(file)},
      onStep: (step) => window.wweScenarioStep(step),
    });
  })()`) as Promise<ScriptResult>;
}

/** Opens a fresh shell in `page` and runs one scenario in it. */
export async function runInShell(
  page: Page,
  shellOrigin: string,
  file: string,
  text: string,
  listener: ScenarioPageListener,
): Promise<ScriptResult> {
  await exposeScenarioBindings(page, listener);
  await openShellForRun(page, shellOrigin, listener);
  return runInOpenShell(page, file, text);
}
