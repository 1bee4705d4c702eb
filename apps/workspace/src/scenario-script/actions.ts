/**
 * The steps that act on the simulator, as the agent at the desk or the world outside would: calls,
 * chats, campaigns, desk buttons, consultations, the agent's state and faults. Each answers what it
 * did, in words; a refusal throws the simulator's own text.
 */
import type { RequestName } from '@wwe-kit/protocol';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';
import { fieldsOf, interactionOf, recordOf, textOf, type RunContext } from './context.js';
import type { KeyValues } from '@wwe-kit/protocol';
import type { ScriptStep } from './types.js';

type Action = (context: RunContext, step: ScriptStep) => string;

const named = (context: RunContext, step: ScriptStep, id: string): string => {
  if (step.as) context.names.set(step.as, id);
  return step.as ? ` ($${step.as})` : '';
};

const userDataOf = (step: ScriptStep) => (fieldsOf(step)['userData'] ?? {}) as KeyValues;

/** A desk or scenario call on one interaction. */
const onInteraction =
  (run: (simulator: WorkspaceSimulator, id: string) => void, done: string): Action =>
  (context, step) => {
    const id = interactionOf(context, step);
    run(context.host.simulator, id);
    return `Interaction ${id} ${done}.`;
  };

const LIVE_CONSULTATION = new Set(['DIALING', 'TALKING', 'HELD', 'ACCEPTED']);

/** The consultation a completion means: the one named, or the live consultation of the main interaction named. */
function consultationOf(context: RunContext, step: ScriptStep): string {
  const id = interactionOf(context, step);
  if (recordOf(context, id).interaction.isConsultation) return id;
  const live = context.host.simulator.interactions
    .list()
    .filter(({ interaction }) => interaction.parentInteractionId === id && LIVE_CONSULTATION.has(interaction.state))
    .at(-1);
  if (!live)
    throw new Error(`interaction ${id} has no live consultation: consult someone first (consult: { to: '5003' }).`);
  return live.interaction.interactionId;
}

const completion =
  (how: 'completeTransfer' | 'completeConference', done: string): Action =>
  (context, step) => {
    const id = consultationOf(context, step);
    context.host.simulator.transfers[how](id);
    return `Consultation ${id} ${done}.`;
  };

/** Every acting step but toasts and views, by kind. */
export const actions: Readonly<Record<string, Action>> = {
  ring: (context, step) => {
    const fields = fieldsOf(step);
    const from = String(fields['from']);
    const dnis = textOf(fields['dnis']);
    const { simulator } = context.host;
    const id = dnis
      ? simulator.voice.inbound({ ani: from, userData: userDataOf(step), dnis }).interaction.interactionId
      : simulator.scenario.inboundCall(from, userDataOf(step));
    return `Interaction ${id}${named(context, step, id)} rings from ${from}.`;
  },
  chat: (context, step) => {
    const id = context.host.simulator.scenario.chat(String(fieldsOf(step)['from']), userDataOf(step));
    return `Chat ${id}${named(context, step, id)} invited.`;
  },
  email: (context, step) => {
    const id = context.host.simulator.scenario.email(String(fieldsOf(step)['from']), userDataOf(step));
    return `Email ${id}${named(context, step, id)} invited.`;
  },
  campaign: (context, step) => {
    const { name, mode } = fieldsOf(step);
    context.host.simulator.scenario.campaign(String(name), textOf(mode));
    return `Campaign ${String(name)} loaded${mode ? ` and started in ${String(mode)}` : ''}.`;
  },
  pushPreview: (context, step) => {
    const id = context.host.simulator.scenario.pushPreview(String(fieldsOf(step)['campaign']));
    return `Preview record ${id}${named(context, step, id)} pushed to the agent.`;
  },
  answer: onInteraction((simulator, id) => simulator.desk.answer(id), 'answered'),
  accept: onInteraction((simulator, id) => simulator.desk.accept(id), 'accepted'),
  reject: onInteraction((simulator, id) => simulator.desk.reject(id), 'rejected'),
  markDone: onInteraction((simulator, id) => simulator.desk.markDone(id), 'marked done'),
  hold: onInteraction((simulator, id) => simulator.voice.hold(id), 'held'),
  resume: onInteraction((simulator, id) => simulator.voice.resume(id), 'resumed'),
  hangUp: onInteraction((simulator, id) => simulator.voice.release(id, 'voice.hangUp'), 'hung up'),
  customerHangsUp: onInteraction((simulator, id) => simulator.scenario.customerHangUp(id), 'ended by the customer'),
  remoteAnswer: onInteraction((simulator, id) => simulator.scenario.remoteAnswer(id), 'answered by the dialled party'),
  ringNoAnswer: onInteraction((simulator, id) => simulator.scenario.ringNoAnswer(id), 'went unanswered (RONA)'),
  completeTransfer: completion('completeTransfer', 'completed as a transfer'),
  completeConference: completion('completeConference', 'completed as a conference'),
  consult: (context, step) => {
    const id = interactionOf(context, step);
    const fields = fieldsOf(step);
    const { simulator } = context.host;
    simulator.transfers.consult(id, String(fields['to']), (fields['userData'] ?? null) as KeyValues | null);
    const consultation = simulator.interactions
      .list()
      .filter(({ interaction }) => interaction.parentInteractionId === id)
      .at(-1)!.interaction.interactionId;
    return `Consultation ${consultation}${named(context, step, consultation)} with ${String(fields['to'])} started from interaction ${id}.`;
  },
  agentState: (context, step) => {
    context.host.simulator.agent.setState(String(step.value));
    return `The agent is ${context.host.simulator.agent.state().displayName}.`;
  },
  fault: (context, step) => {
    const { request, fail, delay } = fieldsOf(step);
    const name = String(request) as RequestName;
    const { faults } = context.host.simulator;
    if (fail !== undefined) faults.fail(name, String(fail));
    else if (delay !== undefined) faults.delay(name, Number(delay));
    else faults.drop(name);
    return `${name} will ${fail !== undefined ? `fail with '${String(fail)}'` : delay !== undefined ? `answer after ${String(delay)} ms` : 'never be answered'}.`;
  },
  clearFaults: (context, step) => {
    const request = textOf(step.value) as RequestName | undefined;
    context.host.simulator.faults.clear(request);
    return request ? `The fault on ${request} is cleared.` : 'Every fault is cleared.';
  },
};
