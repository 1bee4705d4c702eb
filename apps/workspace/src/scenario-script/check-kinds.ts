/**
 * The step kinds that wait or look (their runs are in checks.ts): plain waits, waiting for an
 * interaction, expectations on the traffic and on toasts, toast buttons, the attached data, and the
 * steps inside a view's page.
 */
import { map, target, text, type KindSpec } from './kind-spec.js';

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

function describeExpect(value: Parameters<KindSpec['describe']>[0]): string {
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
}

/** The step kinds that wait or look, by the key that names them in the file. */
export const checkKinds: Readonly<Record<string, KindSpec>> = {
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
    describe: describeExpect,
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
