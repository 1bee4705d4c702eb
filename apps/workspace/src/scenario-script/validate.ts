/**
 * Checking one step of a scenario: its kind, its fields and their values, against the step kinds and
 * the protocol's catalogue (request names, event names and types, interaction states). Each problem
 * names the step and its line, says what is wrong and how to write it instead.
 */
import {
  agentEventTypes,
  campaignEventTypes,
  interactionEventTypes,
  interactionStates,
  isEventName,
  isHostAnswered,
  isRequestName,
  requestNames,
  systemEventTypes,
} from '@wwe-kit/protocol';
import { MAX_TIMEOUT, type FieldType, type KindSpec } from './kind-spec.js';
import { commonKeys, kindSpec, stepKinds } from './kinds.js';
import { own, type Data, type DataMap, type ScriptStep } from './types.js';

/** What checking a step needs to know of the steps before it and of the shell. */
export interface StepContext {
  /** The names given with `as:` so far. */
  readonly names: Set<string>;
  /** The option sections of the views, when known. */
  readonly views?: readonly string[];
}

const eventTypes: readonly string[] = [
  ...Object.values(interactionEventTypes).flat(),
  ...agentEventTypes,
  ...systemEventTypes,
  ...campaignEventTypes,
];

/** How far apart two words are (edits), to suggest the name someone meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length]!;
}

/** " Did you mean 'x'?" when a known name is close to what was written. */
export function suggestion(written: string, known: readonly string[]): string {
  const lower = written.toLowerCase();
  const best = known
    .map((name) => ({ name, score: name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase()) }))
    .sort((a, b) => a.score - b.score)[0];
  return best && best.score <= Math.max(2, Math.floor(written.length / 4)) ? ` Did you mean '${best.name}'?` : '';
}

const isMap = (value: Data | undefined): value is DataMap =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const show = (value: Data | undefined) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

/** `$name` references anywhere in a value. */
function refsIn(value: Data | undefined): string[] {
  if (typeof value === 'string') return /^\$\w+$/.test(value) ? [value.slice(1)] : [];
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (isMap(value)) return Object.values(value).flatMap(refsIn);
  return [];
}

/** What is wrong with one field's value, or undefined. */
function fieldProblem(type: FieldType, value: Data, context: StepContext): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' || typeof value === 'number' ? undefined : `must be text, e.g. 'abc'`;
    case 'number':
      return typeof value === 'number' && value >= 0 ? undefined : 'must be a number of milliseconds, e.g. 2000';
    case 'true':
      return value === true ? undefined : 'must be true (or be left out)';
    case 'map':
      return isMap(value) ? undefined : 'must be a mapping, e.g. { Key: value }';
    case 'list':
      return Array.isArray(value) ? undefined : 'must be a list, e.g. [first, second]';
    case 'ref':
      if (typeof value !== 'string' || !value.startsWith('$'))
        return `must name an interaction as $name, where an earlier step has "as: name"`;
      return context.names.has(value.slice(1))
        ? undefined
        : `names ${value}, but no earlier step has "as: ${value.slice(1)}". Add it to the step that makes the interaction.`;
    case 'request':
      return typeof value === 'string' && isRequestName(value)
        ? undefined
        : `${show(value)} is not a request of the Service Client API.${suggestion(String(value), requestNames)} Write a name such as interaction.setUserData.`;
    case 'event':
      return isEventName(value)
        ? undefined
        : `${show(value)} is not an event a view can hear: use agent, media, interaction, system, outbound, markdone or messenger:<channel>.`;
    case 'eventType':
      return typeof value === 'string' && eventTypes.includes(value)
        ? undefined
        : `${show(value)} is not an eventType of the protocol.${suggestion(String(value), eventTypes)}`;
    case 'section':
      if (typeof value !== 'string') return 'must be the option section of a view, e.g. CustomerTab';
      return !context.views || context.views.includes(value)
        ? undefined
        : `${show(value)} is not a view of the option data (${context.views.join(', ') || 'none'}).${suggestion(value, context.views)}`;
    case 'state':
      return typeof value === 'string' && (interactionStates as readonly string[]).includes(value)
        ? undefined
        : `${show(value)} is not an interaction state.${suggestion(String(value), interactionStates)} States: ${interactionStates.join(', ')}.`;
  }
}

/** The problems of a kind's value. */
function valueProblems(spec: KindSpec, value: Data, context: StepContext): string[] {
  if (spec.shape === 'number')
    return typeof value === 'number' && value >= 0 ? [] : ['its value must be a number of milliseconds'];
  if (spec.shape === 'string') return typeof value === 'string' && value.trim() ? [] : ['its value must be text'];
  if (spec.shape === 'optional-request') {
    const problem = value === null ? undefined : fieldProblem('request', value, context);
    return problem ? [problem] : [];
  }
  if (spec.shape === 'interaction' && (value === null || typeof value === 'string')) {
    const problem = value === null ? undefined : fieldProblem('ref', value, context);
    return problem ? [`the interaction ${problem}`] : [];
  }
  if (!isMap(value)) return ['its value must be a mapping of fields'];
  const fields = spec.fields ?? {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const type = own(fields, key);
    if (!type)
      problems.push(
        `'${key}' is not one of its fields (${Object.keys(fields).join(', ')}).${suggestion(key, Object.keys(fields))}`,
      );
    else {
      const problem = fieldProblem(type, field, context);
      if (problem) problems.push(`${key} ${problem}`);
    }
  }
  for (const key of spec.required ?? []) if (!Object.hasOwn(value, key)) problems.push(`it needs ${key}`);
  const given = (keys: readonly string[]) => keys.filter((key) => Object.hasOwn(value, key));
  if (spec.oneOf && given(spec.oneOf).length !== 1) problems.push(`give exactly one of ${spec.oneOf.join(', ')}`);
  if (spec.someOf && !given(spec.someOf).length) problems.push(`give at least one of ${spec.someOf.join(', ')}`);
  for (const ref of refsIn(value['parameters'])) {
    if (!context.names.has(ref)) problems.push(`parameters name $${ref}, but no earlier step has "as: ${ref}"`);
  }
  return problems;
}

/** Fields of `expect` that belong to one kind of expectation only. */
const expectOnly: Readonly<Record<string, string>> = {
  from: 'request',
  parameters: 'request',
  answered: 'request',
  refused: 'request',
  failed: 'request',
  to: 'event',
  eventType: 'event',
  interaction: 'event',
  data: 'event',
};

function expectProblems(value: DataMap): string[] {
  const what = ['request', 'event', 'toast'].find((key) => Object.hasOwn(value, key));
  if (!what) return [];
  const problems = Object.keys(value)
    .map((key) => [key, own(expectOnly, key)] as const)
    .filter(([, only]) => only !== undefined && only !== what)
    .map(([key, only]) => `${key} is for an expected ${only}, not ${what === 'event' ? 'an' : 'a'} ${what}`);
  if (['answered', 'refused', 'failed'].filter((key) => Object.hasOwn(value, key)).length > 1)
    problems.push('give at most one of answered, refused, failed');
  return problems;
}

/** Checks one step; `names` in the context grows with its `as:`. */
export function validateStep(
  raw: Data,
  index: number,
  line: number,
  context: StepContext,
): { step: ScriptStep } | { problems: string[] } {
  const where = `Step ${index}${line ? ` (line ${line})` : ''}`;
  const known = Object.keys(stepKinds);
  if (!isMap(raw))
    return {
      problems: [`${where} is not a step: write one step kind with its value, e.g. ${kindSpec('answer')!.example}.`],
    };
  const kinds = Object.keys(raw).filter((key) => !commonKeys.includes(key));
  if (kinds.length !== 1) {
    const unknown = kinds.filter((key) => !kindSpec(key));
    const hint = unknown.length
      ? `'${unknown[0]}' is not a step kind.${suggestion(unknown[0]!, known)} Step kinds: ${known.join(', ')}.`
      : kinds.length
        ? `it has ${kinds.join(' and ')}: one kind per step; make them separate steps.`
        : `it has no step kind. Step kinds: ${known.join(', ')}.`;
    return { problems: [`${where}: ${hint}`] };
  }
  const kind = kinds[0]!;
  const spec = kindSpec(kind);
  if (!spec)
    return {
      problems: [`${where}: '${kind}' is not a step kind.${suggestion(kind, known)} Step kinds: ${known.join(', ')}.`],
    };
  const value = raw[kind] ?? null;
  const problems = valueProblems(spec, value, context);
  if (kind === 'expect' && isMap(value)) problems.push(...expectProblems(value));
  const faulted = isMap(value) ? value['request'] : undefined;
  // The host answers these itself: the simulator never sees them, so a fault on them would do nothing.
  if (kind === 'fault' && typeof faulted === 'string' && isRequestName(faulted) && isHostAnswered(faulted))
    problems.push(
      `${faulted} is answered by the host itself, not by the simulator: a fault cannot reach it. Pick a request the simulator answers`,
    );
  const { as, timeout, label } = raw;
  if (as !== undefined && (!spec.names || typeof as !== 'string' || !/^\w+$/.test(as)))
    problems.push(
      spec.names
        ? `as must be a plain name (letters, digits, _), e.g. as: call`
        : `as names an interaction, and a ${kind} step makes none`,
    );
  if (timeout !== undefined && (!spec.waits || typeof timeout !== 'number' || timeout <= 0 || timeout > MAX_TIMEOUT))
    problems.push(
      spec.waits
        ? `timeout must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT} (10 minutes)`
        : `timeout means nothing on a ${kind} step: it does not wait`,
    );
  if (label !== undefined && typeof label !== 'string') problems.push('label must be text');
  if (problems.length)
    return {
      problems: problems.map(
        (problem) => `${where}, ${kind}: ${problem.replace(/\.$/, '')}. For example: ${spec.example}`,
      ),
    };
  if (typeof as === 'string') context.names.add(as);
  return {
    step: {
      index,
      line,
      kind,
      value,
      as: as as string | undefined,
      timeout: timeout as number | undefined,
      label: typeof label === 'string' ? label : spec.describe(value),
    },
  };
}
