/**
 * What a step kind is: how its value is written (what validation checks), an example for messages,
 * and how the step is told in words when it has no `label:`; with the helpers the kinds share to
 * tell their steps in words.
 */
import type { Data, DataMap } from './types.js';

/** What a field of a step's mapping holds. */
export type FieldType =
  'string' | 'number' | 'true' | 'map' | 'list' | 'ref' | 'request' | 'event' | 'eventType' | 'section' | 'state';

/** How a kind's value is written. */
export interface KindSpec {
  /** `interaction`: nothing, `$name`, or `{ interaction: $name }`; `map`: a mapping of `fields`. */
  readonly shape: 'interaction' | 'map' | 'string' | 'number' | 'optional-request';
  readonly fields?: Readonly<Record<string, FieldType>>;
  readonly required?: readonly string[];
  /** Exactly one of these fields must be given. */
  readonly oneOf?: readonly string[];
  /** At least one of these fields must be given. */
  readonly someOf?: readonly string[];
  /** Whether the step makes or finds an interaction that `as:` may name. */
  readonly names?: boolean;
  /** Whether the step waits, so `timeout:` means something. */
  readonly waits?: boolean;
  /**
   * Whether the step acts (on the simulator, a toast or a view): an expectation looks at the messages
   * from the start of the last acting step on, so a message that came before the expectation still counts.
   */
  readonly acts: boolean;
  /** An example of the step, for messages. */
  readonly example: string;
  /** The step in words. */
  readonly describe: (value: Data) => string;
}

/** Milliseconds a step waits when it has no `timeout:`. */
export const DEFAULT_TIMEOUT = 10_000;
export { MAX_TIMEOUT } from '../../../../packages/testing/src/shell/scenario-run.js';

/** A value as it reads in a step's words. */
export const text = (value: Data | undefined): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** The value as a mapping (empty when it is not one). */
export const map = (value: Data): DataMap => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});

/** The interaction a step names, in words: ` $call`, or ` (the latest interaction)`. */
export const target = (value: Data): string => {
  const ref = typeof value === 'string' ? value : text(map(value)['interaction']);
  return ref ? ` ${ref}` : ' (the latest interaction)';
};
