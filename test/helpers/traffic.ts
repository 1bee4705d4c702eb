/** Test helpers: the host's traffic log as a test awaits it (the host reports each entry through `onTraffic`). */
import type { TrafficEntry } from '@wwe-kit/host';

export interface TrafficRecorder {
  /** Every entry so far, in order. */
  readonly traffic: TrafficEntry[];
  /** The host option that feeds the recorder. */
  readonly onTraffic: (entry: TrafficEntry) => void;
  /** Resolves with the `count`th entry that matches, at once if it has already passed: await what the host did, never poll. */
  when(matches: (entry: TrafficEntry) => boolean, count?: number): Promise<TrafficEntry>;
}

export function recordTraffic(): TrafficRecorder {
  const traffic: TrafficEntry[] = [];
  const waiters = new Set<() => void>();
  return {
    traffic,
    onTraffic: (entry) => {
      traffic.push(entry);
      for (const waiter of [...waiters]) waiter();
    },
    when: (matches, count = 1) =>
      new Promise<TrafficEntry>((resolve) => {
        const check = () => {
          const found = traffic.filter(matches)[count - 1];
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      }),
  };
}

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
