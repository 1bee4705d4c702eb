/** Test helpers: the host's traffic log as a test awaits it (the recorder lives in @wwe-kit/testing's contract suite). */
import type { TrafficEntry } from '@wwe-kit/host';
import type { TrafficRecorder } from '../../packages/testing/src/contract/traffic.js';

export { recordTraffic, type TrafficRecorder } from '../../packages/testing/src/contract/traffic.js';

type Message = { referenceId?: unknown };

/** Whether `entry` is the host's answer (or refusal) to the request whose referenceId is `referenceId`. */
const isAnswerTo = (referenceId: unknown) => (entry: TrafficEntry) =>
  entry.direction === 'out' &&
  (entry.kind === 'answer' || entry.kind === 'error') &&
  (entry.message as Message).referenceId === referenceId;

/** Resolves once the host has answered (or refused) the `count`th request that matches (at once if it has). */
export async function answered(
  when: TrafficRecorder['when'],
  isRequest: (entry: TrafficEntry) => boolean,
  count = 1,
): Promise<void> {
  const request = await when(isRequest, count);
  await when(isAnswerTo((request.message as Message).referenceId));
}

/** Whether the host has answered (or refused) the request of `entry`, by its traffic so far. */
export const isAnswered = (traffic: readonly TrafficEntry[], entry: TrafficEntry): boolean =>
  traffic.some(isAnswerTo((entry.message as Message).referenceId));
