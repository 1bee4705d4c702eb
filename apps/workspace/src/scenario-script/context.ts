/**
 * What a step runs with: the shell, the traffic feed, the interactions named so far, where the
 * current expectation window starts, and how to find the interaction a step means.
 */
import type { InteractionRecord } from '@wwe-kit/simulator';
import type { TrafficFeed } from './feed.js';
import { DEFAULT_TIMEOUT } from './kind-spec.js';
import type { ScriptHost } from './script-host.js';
import type { Data, DataMap, ScriptStep } from './types.js';

export interface RunContext {
  readonly host: ScriptHost;
  readonly feed: TrafficFeed;
  /** `as:` names to interaction ids. */
  readonly names: Map<string, string>;
  /** Expectations look at the messages after this mark: the start of the last acting step. */
  windowStart: number;
  readonly signal: AbortSignal;
}

/** The step's value as a mapping (empty when it is not one). */
export const fieldsOf = (step: ScriptStep): DataMap =>
  step.value && typeof step.value === 'object' && !Array.isArray(step.value) ? step.value : {};

export const textOf = (value: Data | undefined): string | undefined =>
  value === undefined || value === null ? undefined : String(value);

export const timeoutOf = (step: ScriptStep): number => step.timeout ?? DEFAULT_TIMEOUT;

/** `$name` to its interaction id. */
export function resolveRef(context: RunContext, ref: string): string {
  const id = context.names.get(ref.slice(1));
  if (id === undefined) throw new Error(`${ref} names no interaction: no step with "as: ${ref.slice(1)}" has run.`);
  return id;
}

/** `$name` strings anywhere in a value, replaced by their interaction ids. */
export function withIds(context: RunContext, value: Data): Data {
  if (typeof value === 'string' && /^\$\w+$/.test(value)) return resolveRef(context, value);
  if (Array.isArray(value)) return value.map((item) => withIds(context, item));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIds(context, item)]));
  return value;
}

/** The interaction a step means: `$name`, `{ interaction: $name }`, or the latest one. */
export function interactionOf(context: RunContext, step: ScriptStep): string {
  const ref = typeof step.value === 'string' ? step.value : textOf(fieldsOf(step)['interaction']);
  if (ref) return resolveRef(context, ref);
  const latest = context.host.simulator.interactions.list().at(-1);
  if (!latest)
    throw new Error('there is no interaction yet: add a step that makes one first (ring, chat, email, pushPreview).');
  return latest.interaction.interactionId;
}

/** The record of an interaction, or why it is not there. */
export function recordOf(context: RunContext, id: string): InteractionRecord {
  const record = context.host.simulator.interactions.find(id);
  if (!record) throw new Error(`interaction ${id} is gone: it was marked done or removed.`);
  return record;
}

/** The interactions as words, for a failure: "1 voice TALKING, 2 voice DIALING (consultation of 1)". */
export function interactionsInWords(context: RunContext): string {
  const records = context.host.simulator.interactions.list();
  if (!records.length) return 'There are no interactions.';
  return `Interactions now: ${records
    .map(
      ({ media, interaction }) =>
        `${interaction.interactionId} ${media} ${interaction.state}${interaction.isConsultation ? ` (consultation of ${String(interaction.parentInteractionId)})` : ''}`,
    )
    .join(', ')}.`;
}
