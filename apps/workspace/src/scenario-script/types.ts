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

// The run's results and view steps are the shell's contract with its drivers (npm run scenario, the
// Playwright fixture): one copy, in @wwe-kit/testing, which ships the shell.
export {
  stepStatuses,
  viewActions,
  type ScriptResult,
  type StepResult,
  type StepStatus,
  type ViewAction,
} from '../../../../packages/testing/src/shell/scenario-run.js';

/**
 * `record[key]` when `key` is the record's own, else undefined: a name read from a file such as
 * `toString` or `constructor` must not find what every object inherits.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
