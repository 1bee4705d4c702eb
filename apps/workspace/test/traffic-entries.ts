/** One way for the shell's tests to write a host traffic entry: what a view sent or was sent. */
import type { TrafficEntry } from '@wwe-kit/host';

const inbound = new Set<TrafficEntry['kind']>(['request', 'subscribe', 'unsubscribe', 'invalid']);

/** A traffic entry of `kind` for the Customer tab (frame 1, on the apps' origin); `extra` overrides any field. */
export const trafficEntry = (
  kind: TrafficEntry['kind'],
  message: unknown,
  extra: Partial<TrafficEntry> = {},
): TrafficEntry => ({
  direction: inbound.has(kind) ? 'in' : 'out',
  kind,
  frameId: 1,
  section: 'CustomerTab',
  origin: 'http://127.0.0.1:5174',
  message,
  size: undefined,
  time: 0,
  elapsed: undefined,
  ...extra,
});
