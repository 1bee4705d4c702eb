/**
 * What a scenario run in the shell tells its driver, and what it asks of it: the step results, and the
 * view steps (click, fill, select) the shell cannot do in another origin's page. The shell's runner
 * (apps/workspace/src/scenario-script) and its headless drivers (`npm run scenario`, the Playwright
 * fixture's `workspace.run`) read these shapes from here, one copy for both sides.
 */

/** Where a step stands: `pending` before it runs, `running`, `waiting` for the person (a view step in the shell). */
export const stepStatuses = ['pending', 'running', 'waiting', 'passed', 'failed', 'skipped'] as const;
/** One of `stepStatuses`. */
export type StepStatus = (typeof stepStatuses)[number];

/** What one step came to. */
export interface StepResult {
  readonly index: number;
  readonly label: string;
  readonly status: StepStatus;
  /** What happened, in words: what was seen, or why it failed and what to check. */
  readonly detail: string;
}

/** What a run came to: `ok` when every step passed; `problems` when the file is not a valid scenario (no step ran). */
export interface ScriptResult {
  readonly ok: boolean;
  readonly name: string;
  readonly steps: readonly StepResult[];
  readonly problems: readonly string[];
}

/** The steps inside a view's page, which the shell cannot do itself (the view is another origin's). */
export const viewActions = ['click', 'fill', 'select'] as const;

/** An action inside a view's page that the shell cannot do itself (the view is another origin's). */
export interface ViewAction {
  readonly action: (typeof viewActions)[number];
  /** The view's option section, e.g. CustomerTab. */
  readonly section: string;
  /** The view's label, e.g. Customer. */
  readonly label: string;
  /** The interaction of an interaction-level view; undefined for a workspace-level one. */
  readonly interactionId: string | undefined;
  /** The shell's iframe of the view, as a CSS selector. */
  readonly frameSelector: string;
  /** A Playwright selector inside the view's page. */
  readonly selector: string;
  /** What to type (fill) or choose (select). */
  readonly value: string | undefined;
  /** Milliseconds the step may take. */
  readonly timeout: number;
}

/** The longest `timeout:` a step may have (10 minutes): longer, a run that hangs would look alive. */
export const MAX_TIMEOUT = 600_000;

/** `iframe[data-section="CustomerTab"][data-interaction="3"]`, or `…:not([data-interaction])` for a workspace-level view. */
export const viewFrameSelector = (section: string, interactionId: string | undefined): string =>
  `iframe[data-section="${section}"]${interactionId === undefined ? ':not([data-interaction])' : `[data-interaction="${interactionId}"]`}`;

/** Whether a section or an interaction id can stand in the selector's quotes as it is. */
export const quotable = (value: string): boolean => value.length > 0 && !/["\\\n]/.test(value);
