/**
 * The step kinds that act on the simulator, as the agent at the desk or the world outside would
 * (their runs are in actions.ts): interactions arriving, desk buttons, consultations, the agent's
 * state and faults.
 */
import { map, target, text, type KindSpec } from './kind-spec.js';

const interactionStep = (verb: string, example: string): KindSpec => ({
  shape: 'interaction',
  fields: { interaction: 'ref' },
  acts: true,
  example,
  describe: (value) => `${verb}${target(value)}`,
});

/** A chat or an email arriving from someone, with attached data: the two differ in their media only. */
const invitation = (media: 'chat' | 'email', from: string): KindSpec => ({
  shape: 'map',
  fields: { from: 'string', userData: 'map' },
  required: ['from'],
  names: true,
  acts: true,
  example: `${media}: { from: '${from}' }`,
  describe: (value) => `${media} from ${text(map(value)['from'])}`,
});

/** The acting step kinds, by the key that names them in the file. */
export const actionKinds: Readonly<Record<string, KindSpec>> = {
  ring: {
    shape: 'map',
    fields: { from: 'string', userData: 'map', dnis: 'string' },
    required: ['from'],
    names: true,
    acts: true,
    example: "ring: { from: '+442071234567', userData: { Reason: Billing } }",
    describe: (value) => `ring a call from ${text(map(value)['from'])}`,
  },
  chat: invitation('chat', 'Grace Hopper'),
  email: invitation('email', 'grace@example.com'),
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
};
