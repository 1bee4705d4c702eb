/**
 * The shapes of a scenario script: what a file says (steps of one kind each), what a run reports
 * (one result per step). Plain data and one helper to read it: the command line reads these in node.
 */

/** Plain data read from YAML. */
export type Data = null | boolean | number | string | Data[] | { [key: string]: Data };
/** A mapping read from YAML. */
export type DataMap = { readonly [key: string]: Data };

/** One step as the file gives it, once validated: its kind, the kind's value, and the common fields. */
export interface ScriptStep {
  /** 1-based, as the person reading the file counts. */
  readonly index: number;
  /** The line of the step in the file (1-based). */
  readonly line: number;
  /** One of `stepKinds`. */
  readonly kind: string;
  /** The value under the kind's key (a mapping, a string, a number or null). */
  readonly value: Data;
  /** `as:` the name the interaction this step makes or finds is known by (`$name`). */
  readonly as: string | undefined;
  /** `timeout:` milliseconds for what this step waits for. */
  readonly timeout: number | undefined;
  /** `label:` or the step told in words. */
  readonly label: string;
}

/** A whole scenario, validated. */
export interface Script {
  readonly name: string;
  readonly description: string | undefined;
  readonly steps: readonly ScriptStep[];
}

/** Where a step stands: `pending` before it runs, `running`, `waiting` for the person (a view step in the shell). */
export const stepStatuses = ['pending', 'running', 'waiting', 'passed', 'failed', 'skipped'] as const;
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

/**
 * `record[key]` when `key` is the record's own, else undefined: a name read from a file such as
 * `toString` or `constructor` must not find what every object inherits.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
