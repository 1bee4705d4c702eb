/**
 * Read what a probe received once it has it, awaiting the probe or the host's own traffic log, never the
 * clock. A surplus event fails a test as surely as a missing one: the host's log says how many events it
 * sent a view, and the probe must have received exactly those.
 */
import { expect } from '@esm-bundle/chai';
import type { TrafficEntry } from '@wwe-kit/host';
import type { RegisteredFrame } from './host-under-test.js';
import type { Probe } from './probe.js';
import type { TrafficRecorder } from './traffic.js';

type Message = Record<string, unknown>;
/** The host's log, as a workspace holds it. */
type Log = { readonly traffic: readonly TrafficEntry[]; readonly when: TrafficRecorder['when'] };
type AnyProbe = Probe<RegisteredFrame>;

/** One event as the probe's ServiceClient received it. */
export interface ProbeEvent {
  readonly event: string;
  readonly data: Message;
}

/** Whether `entry` is an event the host posted to `probe`. */
const isEventTo = (probe: AnyProbe) => (entry: TrafficEntry) =>
  entry.direction === 'out' && entry.kind === 'event' && entry.frameId === probe.frame.frameId;

/** How many events the host has posted to `probe` so far: its own count, for "nothing (more) was sent". */
export const eventsSent = (workspace: Log, probe: AnyProbe): number =>
  workspace.traffic.filter(isEventTo(probe)).length;

/**
 * Every event the probe received, once `count` have arrived and the probe holds every event the host
 * has sent it. A test compares the whole list: an event too many makes it longer (the host's count
 * includes it), an event too few never comes, and mocha's timeout fails the test.
 */
export async function allEvents(workspace: Log, probe: AnyProbe, count: number): Promise<ProbeEvent[]> {
  await probe.events(count);
  return probe.events(eventsSent(workspace, probe));
}

/**
 * The first event the probe received that `matches`, once it has arrived: awaits the host posting it
 * (its traffic log), then the probe receiving every event up to it. For tests that do not reset the probe.
 */
export async function eventThat(
  workspace: Log,
  probe: AnyProbe,
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
export async function answerTo(probe: AnyProbe, message: Message): Promise<Message> {
  const request = String(message['request']);
  const answer = await probe.ask(message);
  expect(answer, `the answer to ${request}`).to.be.an('object');
  const { referenceId, ...rest } = answer;
  expect(referenceId, `the referenceId of the answer to ${request} (it must echo the request's)`).to.equal(
    message['referenceId'],
  );
  return rest;
}
