/**
 * The host's own cost per request, with no transport (messages handed to `host.receive`, answers to a
 * window that swallows them), against one raw `window.postMessage` round trip to a cross-origin frame:
 * the transport every request pays anyway.
 */
import type { FrameWindow } from '@wwe-kit/host';
import { createTestHost } from '../../test/helpers/test-backend.js';
import { frameOrigin } from './host-frames.js';
import { median } from './stats.js';

export const requestEnvelope = (request: string, parameters?: unknown[]) => ({
  request,
  ...(parameters ? { parameters } : {}),
  referenceId: '1',
  userAgent: 'WWE Client',
  protocolVersion: 2,
  frameId: 1,
});

/** A frame window that swallows what the host sends, counting answers (not frameId announcements): the host's work without the transport's. */
export const sink = (): FrameWindow & { count: number } => ({
  count: 0,
  postMessage(message) {
    const fields = message as Record<string, unknown>;
    if ('request' in fields || 'errorMessage' in fields || 'referenceId' in fields) this.count++;
  },
});

/** The request kinds timed: a plain read, a read through the user-data filter, a write check, a refusal. */
export const requestKinds: Record<string, unknown> = {
  'agent.get': requestEnvelope('agent.get'),
  'interaction.getInteractions (read filter)': requestEnvelope('interaction.getInteractions'),
  'interaction.setUserData (write check)': requestEnvelope('interaction.setUserData', ['1', { Key1: 'v' }]),
  'refused by the origin filter': requestEnvelope('voice.dial', ['5001']),
};

/** One run: µs per request of each kind, the median of three batches of `count` after a warm-up. */
export function perRequestRun(count: number): Record<string, number> {
  const { host } = createTestHost({
    'service-client-api.accepted-web-content-origins': `${frameOrigin} (agent.*, interaction.*)`,
    'service-client-api.rate-limit': '0',
    'service-client-api.user-data.read-allowed': 'Key1,Key2',
    'service-client-api.user-data.write-allowed': 'Key1',
  });
  const window = sink();
  host.registerFrame({ window, section: 'Bench', mode: 'tab' });
  host.receive({ data: requestEnvelope('agent.get'), origin: frameOrigin, source: window as never }); // announces the frameId
  const result: Record<string, number> = {};
  for (const [kind, data] of Object.entries(requestKinds)) {
    const event = { data, origin: frameOrigin, source: window as never };
    for (let index = 0; index < count / 4; index++) host.receive(event);
    const batches: number[] = [];
    for (let batch = 0; batch < 3; batch++) {
      const start = performance.now();
      for (let index = 0; index < count; index++) host.receive(event);
      batches.push(((performance.now() - start) * 1000) / count);
    }
    result[kind] = median(batches);
  }
  host.dispose();
  return result;
}

/**
 * One run: the median µs of `count` sequential raw round trips to `frame` (which answers `{ echo }` on the
 * window). Its listener is installed for this run only, and no host listens meanwhile.
 */
export async function roundTripRun(frame: Window, count: number): Promise<number> {
  const samples: number[] = [];
  let awaited = -1;
  let answered: (() => void) | undefined;
  const onEcho = (event: MessageEvent) => {
    if (event.source === frame && (event.data as { echoed?: number } | null)?.echoed === awaited) answered?.();
  };
  addEventListener('message', onEcho);
  try {
    for (let index = 0; index < count; index++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        awaited = index;
        answered = resolve;
        frame.postMessage({ echo: index }, frameOrigin);
      });
      samples.push((performance.now() - start) * 1000);
    }
  } finally {
    removeEventListener('message', onEcho);
  }
  return median(samples);
}
