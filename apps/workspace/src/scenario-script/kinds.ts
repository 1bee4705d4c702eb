/**
 * The step kinds a scenario may use: for each, how its value is written (what validation checks),
 * an example for messages, and how the step is told in words when it has no `label:`.
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

const text = (value: Data | undefined): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
const map = (value: Data): DataMap => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
const target = (value: Data): string => {
  const ref = typeof value === 'string' ? value : text(map(value)['interaction']);
  return ref ? ` ${ref}` : ' (the latest interaction)';
};
const interactionStep = (verb: string, example: string): KindSpec => ({
  shape: 'interaction',
  fields: { interaction: 'ref' },
  acts: true,
  example,
  describe: (value) => `${verb}${target(value)}`,
});
const viewStep = (verb: string, example: string, value?: true): KindSpec => ({
  shape: 'map',
  fields: { view: 'section', interaction: 'ref', selector: 'string', ...(value ? { value: 'string' } : {}) },
  required: ['view', 'selector', ...(value ? ['value'] : [])],
  waits: true,
  acts: true,
  example,
  describe: (step) => {
    const { view, selector, value: typed } = map(step);
    return `${verb} ${typed !== undefined ? `'${text(typed)}' ` : ''}${value ? 'in' : 'on'} ${text(selector)} in ${text(view)}`;
  },
});

/** Every step kind, by the key that names it in the file. */
export const stepKinds: Readonly<Record<string, KindSpec>> = {
  ring: {
    shape: 'map',
    fields: { from: 'string', userData: 'map', dnis: 'string' },
    required: ['from'],
    names: true,
    acts: true,
    example: "ring: { from: '+442071234567', userData: { Reason: Billing } }",
    describe: (value) => `ring a call from ${text(map(value)['from'])}`,
  },
  chat: {
    shape: 'map',
    fields: { from: 'string', userData: 'map' },
    required: ['from'],
    names: true,
    acts: true,
    example: "chat: { from: 'Grace Hopper' }",
    describe: (value) => `chat from ${text(map(value)['from'])}`,
  },
  email: {
    shape: 'map',
    fields: { from: 'string', userData: 'map' },
    required: ['from'],
    names: true,
    acts: true,
    example: "email: { from: 'grace@example.com' }",
    describe: (value) => `email from ${text(map(value)['from'])}`,
  },
  campaign: {
    shape: 'map',
    fields: { name: 'string', mode: 'string' },
    required: ['name'],
    acts: true,
    example: "campaign: { name: 'Summer Offers', mode: 'Push Preview' }",
    describe: (value) =>
      `load campaign ${text(map(value)['name'])}${map(value)['mode'] ? ` in ${text(map(value)['mode'])}` : ''}`,
  },
  pushPreview: {
    shape: 'map',
    fields: { campaign: 'string' },
    required: ['campaign'],
    names: true,
    acts: true,
    example: "pushPreview: { campaign: 'Summer Offers' }",
    describe: (value) => `push a preview record of ${text(map(value)['campaign'])}`,
  },
  answer: interactionStep('answer', 'answer: $call'),
  accept: interactionStep('accept', 'accept: $chat'),
  reject: interactionStep('reject', 'reject: $chat'),
  hold: interactionStep('hold', 'hold: $call'),
  resume: interactionStep('resume', 'resume: $call'),
  hangUp: interactionStep('hang up', 'hangUp: $call'),
  markDone: interactionStep('mark done', 'markDone: $call'),
  customerHangsUp: interactionStep('the customer hangs up', 'customerHangsUp: $call'),
  remoteAnswer: interactionStep('the dialled party answers', 'remoteAnswer: $consult'),
  ringNoAnswer: interactionStep('ring, no answer:', 'ringNoAnswer: $call'),
  completeTransfer: interactionStep('complete the transfer of', 'completeTransfer: $consult'),
  completeConference: interactionStep('complete the conference of', 'completeConference: $consult'),
  consult: {
    shape: 'map',
    fields: { to: 'string', interaction: 'ref', userData: 'map' },
    required: ['to'],
    names: true,
    acts: true,
    example: "consult: { to: '5003', interaction: $call }",
    describe: (value) => `consult ${text(map(value)['to'])} from${target(value)}`,
  },
  agentState: {
    shape: 'string',
    acts: true,
    example: 'agentState: NotReady',
    describe: (value) => `set the agent's state to ${text(value)}`,
  },
  fault: {
    shape: 'map',
    fields: { request: 'request', fail: 'string', delay: 'number', drop: 'true' },
    required: ['request'],
    oneOf: ['fail', 'delay', 'drop'],
    acts: true,
    example: "fault: { request: voice.dial, fail: 'Error: the line is busy.' }",
    describe: (value) => {
      const { request, fail, delay } = map(value);
      const how =
        fail !== undefined ? `fail with '${text(fail)}'` : delay !== undefined ? `delay ${text(delay)} ms` : 'drop';
      return `fault: ${text(request)} ${how}`;
    },
  },
  clearFaults: {
    shape: 'optional-request',
    acts: true,
    example: 'clearFaults: voice.dial',
    describe: (value) => (value ? `clear the fault on ${text(value)}` : 'clear every fault'),
  },
  wait: {
    shape: 'number',
    acts: false,
    example: 'wait: 500',
    describe: (value) => `wait ${text(value)} ms`,
  },
  waitFor: {
    shape: 'map',
    fields: {
      state: 'state',
      interaction: 'ref',
      consultationOf: 'ref',
      media: 'string',
      callType: 'string',
      gone: 'true',
    },
    someOf: ['state', 'consultationOf', 'media', 'callType', 'gone'],
    names: true,
    waits: true,
    acts: false,
    example: 'waitFor: { state: TALKING, interaction: $call }',
    describe: (value) => {
      const fields = map(value);
      const what = Object.entries(fields)
        .filter(([key]) => key !== 'interaction')
        .map(([key, field]) => (key === 'gone' ? 'gone' : `${key} ${text(field)}`))
        .join(', ');
      return `wait for${fields['interaction'] ? ` ${text(fields['interaction'])}` : ' an interaction'}: ${what}`;
    },
  },
  expect: {
    shape: 'map',
    fields: {
      request: 'request',
      event: 'event',
      toast: 'map',
      from: 'section',
      to: 'section',
      parameters: 'list',
      answered: 'true',
      refused: 'true',
      failed: 'true',
      eventType: 'eventType',
      interaction: 'ref',
      data: 'map',
    },
    oneOf: ['request', 'event', 'toast'],
    waits: true,
    acts: false,
    example: 'expect: { request: interaction.setUserData, from: CustomerTab, answered: true }',
    describe: (value) => {
      const fields = map(value);
      if (fields['toast'] !== undefined) {
        const { title, subject } = map(fields['toast']);
        return `expect a toast${title ? ` '${text(title)}'` : ''}${subject ? ` (${text(subject)})` : ''}`;
      }
      if (fields['request'] !== undefined) {
        const outcome = fields['refused']
          ? ', refused'
          : fields['failed']
            ? ', failed'
            : fields['answered']
              ? ', answered'
              : '';
        return `expect request ${text(fields['request'])}${fields['from'] ? ` from ${text(fields['from'])}` : ''}${outcome}`;
      }
      return `expect event ${text(fields['event'])}${fields['eventType'] ? ` ${text(fields['eventType'])}` : ''}${fields['to'] ? ` to ${text(fields['to'])}` : ''}`;
    },
  },
  toast: {
    shape: 'map',
    fields: { button: 'string', title: 'string', subject: 'string' },
    required: ['button'],
    waits: true,
    acts: true,
    example: 'toast: { button: Show }',
    describe: (value) =>
      `press ${text(map(value)['button'])} on the toast${map(value)['title'] ? ` '${text(map(value)['title'])}'` : ''}`,
  },
  assertUserData: {
    shape: 'map',
    fields: { interaction: 'ref', has: 'map', lacks: 'list' },
    someOf: ['has', 'lacks'],
    acts: false,
    example: 'assertUserData: { interaction: $call, has: { CRM_Tier: Gold }, lacks: [Internal_Score] }',
    describe: (value) => {
      const { has, lacks } = map(value);
      const keys = [
        ...Object.keys(map(has ?? null)),
        ...(Array.isArray(lacks) ? lacks.map((key) => `no ${text(key)}`) : []),
      ];
      return `assert the attached data of${target(value)}: ${keys.join(', ')}`;
    },
  },
  click: viewStep('click', "click: { view: CustomerTab, selector: '#complete-transfer' }"),
  fill: viewStep('type', "fill: { view: CustomerTab, selector: '#consult-pad [part=input]', value: '5003' }", true),
  select: viewStep('choose', "select: { view: CustomerTab, selector: '#call-result', value: '6' }", true),
};

/** The keys every step may carry beside its kind. */
export const commonKeys = ['as', 'timeout', 'label'] as const;

/** Milliseconds a step waits when it has no `timeout:`. */
export const DEFAULT_TIMEOUT = 10_000;
