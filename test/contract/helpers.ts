/**
 * Contract-suite helpers: read what a probe received once it has it, awaiting the probe or the host's own
 * traffic log, never the clock. A surplus event fails a test as surely as a missing one: the host's log
 * says how many events it sent a frame, and the probe must have received exactly those.
 */
import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import type { Probe } from '../helpers/probe.js';
import type { Workspace } from '../helpers/workspace.js';

type Message = Record<string, unknown>;
/** One event as the probe's ServiceClient received it. */
export interface ProbeEvent {
  readonly event: string;
  readonly data: Message;
}

/** Whether `entry` is an event the host posted to `probe`. */
const isEventTo = (probe: Probe) => (entry: TrafficEntry) =>
  entry.direction === 'out' && entry.kind === 'event' && entry.frameId === probe.frame.frameId;

/** How many events the host has posted to `probe` so far: its own count, for "nothing (more) was sent". */
export const eventsSent = (workspace: Workspace, probe: Probe): number =>
  workspace.traffic.filter(isEventTo(probe)).length;

/**
 * Every event the probe received, once `count` have arrived and the probe holds every event the host
 * has sent it. A test compares the whole list: an event too many makes it longer (the host's count
 * includes it), an event too few never comes, and mocha's timeout fails the test.
 */
export async function allEvents(workspace: Workspace, probe: Probe, count: number): Promise<ProbeEvent[]> {
  await probe.events(count);
  return probe.events(eventsSent(workspace, probe));
}

/**
 * The first event the probe received that `matches`, once it has arrived: awaits the host posting it
 * (its traffic log), then the probe receiving every event up to it. For tests that do not reset the probe.
 */
export async function eventThat(
  workspace: Workspace,
  probe: Probe,
  matches: (event: ProbeEvent) => boolean,
): Promise<ProbeEvent> {
  const sent = await workspace.when((entry) => isEventTo(probe)(entry) && matches(entry.message as ProbeEvent));
  const position = workspace.traffic.filter(isEventTo(probe)).indexOf(sent) + 1;
  const received = (await probe.events(position))[position - 1]!;
  if (!matches(received))
    throw new Error(`The probe's event ${position} is not the one the host sent: ${JSON.stringify(received)}`);
  return received;
}

/** Matches an event by name and eventType. */
export const eventOf = (name: string, eventType: string) => (event: ProbeEvent) =>
  event.event === name && event.data['eventType'] === eventType;

/**
 * Sends a raw request envelope (as the reference client does) and resolves with the host's answer, without
 * its referenceId, once it comes (`ask` rejects only after its generous limit).
 */
export async function answerTo(probe: Probe, message: Message): Promise<Message> {
  const answer = await probe.ask(message);
  expect(answer, `an answer to ${String(message['request'])}`).to.be.an('object');
  const { referenceId, ...rest } = answer;
  expect(referenceId).to.equal(message['referenceId']);
  return rest;
}
