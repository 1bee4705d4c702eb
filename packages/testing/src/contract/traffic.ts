/** The host's traffic log as a test awaits it: the host under test reports each entry through `onTraffic`. */
import type { TrafficEntry } from '@wwe-kit/host';

/** What the host under test sent and received, in order, and a way to await an entry. */
export interface TrafficRecorder {
  /** Every entry so far, in order. */
  readonly traffic: TrafficEntry[];
  /** The host option that feeds the recorder. */
  readonly onTraffic: (entry: TrafficEntry) => void;
  /** Resolves with the `count`th entry that matches, at once if it has already passed: await what the host did, never poll. */
  when(matches: (entry: TrafficEntry) => boolean, count?: number): Promise<TrafficEntry>;
}

/** A traffic log to hand a host as its `onTraffic`, and await entries of. */
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
