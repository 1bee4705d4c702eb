// Runs in headless Chromium: the host's own cost per request (no transport), its fan-out of one
// event to 20 cross-origin frames against a raw postMessage fan-out, and a 100,000-message fuzz.
import fc from 'fast-check';
import { backendFromHandlers, ServiceHost, type FrameWindow } from '@wwe-kit/host';
import type { AgentStateChangedEvent } from '@wwe-kit/protocol';
import { expectsAnswer, fuzzOptions, harmlessRequests, hostileMessage } from '../../test/helpers/hostile.js';
import { createTestHost } from '../../test/helpers/test-backend.js';
import { median } from './stats.js';

const frameOrigin = `http://127.0.0.1:${location.port}`;
const envelope = (request: string, parameters?: unknown[]) => ({
  request,
  ...(parameters ? { parameters } : {}),
  referenceId: '1',
  userAgent: 'WWE Client',
  protocolVersion: 2,
  frameId: 1,
});

/** A frame window that swallows what the host sends, counting answers (not frameId announcements): the host's work without the transport's. */
const sink = (): FrameWindow & { count: number } => ({
  count: 0,
  postMessage(message) {
    const fields = message as Record<string, unknown>;
    if ('request' in fields || 'errorMessage' in fields || 'referenceId' in fields) this.count++;
  },
});

/** Microseconds per request through the whole host path, for a few request kinds. */
function perRequest(count: number): Record<string, number> {
  const { host, backend } = createTestHost({
    'service-client-api.accepted-web-content-origins': `${frameOrigin} (agent.*, interaction.*)`,
    'service-client-api.rate-limit': '0',
    'service-client-api.user-data.read-allowed': 'Key1,Key2',
    'service-client-api.user-data.write-allowed': 'Key1',
  });
  const window = sink();
  host.registerFrame({ window, section: 'Bench', mode: 'tab' });
  host.receive({ data: envelope('agent.get'), origin: frameOrigin, source: window as never }); // announces the frameId
  const kinds: Record<string, unknown> = {
    'agent.get': envelope('agent.get'),
    'interaction.getInteractions (read filter)': envelope('interaction.getInteractions'),
    'interaction.setUserData (write check)': envelope('interaction.setUserData', ['1', { Key1: 'v' }]),
    'refused by the origin filter': envelope('voice.dial', ['5001']),
  };
  const result: Record<string, number> = {};
  for (const [kind, data] of Object.entries(kinds)) {
    const event = { data, origin: frameOrigin, source: window as never };
    for (let index = 0; index < count / 4; index++) host.receive(event);
    const samples: number[] = [];
    for (let round = 0; round < 9; round++) {
      const start = performance.now();
      for (let index = 0; index < count; index++) host.receive(event);
      samples.push(((performance.now() - start) * 1000) / count);
    }
    result[kind] = median(samples);
  }
  backend.calls.length = 0;
  host.dispose();
  return result;
}

/** Sequential raw round trips to one cross-origin frame, in µs: the transport a request pays anyway. */
async function rawRoundTrip(frame: Window, count: number): Promise<number> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      addEventListener('message', function onAck(event) {
        if (event.source === frame && event.data?.ack === -index - 1) {
          removeEventListener('message', onAck);
          resolve();
        }
      });
      frame.postMessage({ event: 'agent', data: { seq: -index - 1 } }, frameOrigin);
    });
    samples.push((performance.now() - start) * 1000);
  }
  return median(samples);
}

async function openSubscribers(host: ServiceHost, count: number): Promise<Window[]> {
  const frames: Window[] = [];
  for (let index = 0; index < count; index++) {
    const iframe = document.createElement('iframe');
    iframe.src = `${frameOrigin}/subscriber.html`;
    host.registerFrame({ iframe, section: `Subscriber${index}`, mode: 'background' });
    const ready = new Promise<void>((resolve) =>
      addEventListener('message', function onReady(event) {
        if (event.data === 'subscriber-ready' && event.source === iframe.contentWindow) {
          removeEventListener('message', onReady);
          resolve();
        }
      }),
    );
    document.body.append(iframe);
    await ready;
    frames.push(iframe.contentWindow!);
  }
  return frames;
}

/** One event to every frame until all have acknowledged it, in µs: through the host, and by hand. */
async function fanOut(rounds: number) {
  const host = new ServiceHost({
    options: { 'service-client-api.accepted-web-content-origins': `${frameOrigin} (agent.*)` },
    backend: backendFromHandlers({}),
    session: false,
  });
  const frames = await openSubscribers(host, 20);
  let seq = 0;
  const round = (send: (data: AgentStateChangedEvent & { seq: number }) => void) =>
    new Promise<number>((resolve) => {
      const id = seq++;
      let acks = 0;
      const start = performance.now();
      addEventListener('message', function onAck(event) {
        if (event.data?.ack !== id || ++acks < frames.length) return;
        removeEventListener('message', onAck);
        resolve((performance.now() - start) * 1000);
      });
      send({ eventType: 'STATE_CHANGED', mediaState: 'READY', seq: id });
    });
  const viaHost = (data: AgentStateChangedEvent & { seq: number }) => host.emit('agent', data);
  const raw = (data: unknown) => {
    const message = { event: 'agent', data, userAgent: 'WWE Server', protocolVersion: 2 };
    for (const frame of frames) frame.postMessage(message, frameOrigin);
  };
  for (let index = 0; index < 50; index++) {
    await round(raw);
    await round(viaHost);
  }
  const hostSamples: number[] = [];
  const rawSamples: number[] = [];
  // Interleaved, so drift on a noisy machine hits both alike.
  for (let index = 0; index < rounds; index++) {
    rawSamples.push(await round(raw));
    hostSamples.push(await round(viaHost));
  }
  const roundTripUs = await rawRoundTrip(frames[0]!, 300);
  host.dispose();
  return { frames: frames.length, rounds, hostUs: median(hostSamples), rawUs: median(rawSamples), roundTripUs };
}

/** Hostile messages straight into the host's handler; answers go to a counting window. */
function fuzz(total: number, seed: number) {
  const { host, backend, problems } = createTestHost(fuzzOptions(frameOrigin));
  const window = sink();
  host.registerFrame({ window, section: 'Fuzz', mode: 'tab' });
  const errors: unknown[] = [];
  addEventListener('error', (event) => errors.push(event.error));
  const before = backend.snapshot();
  let expected = 0;
  const start = performance.now();
  for (let chunk = 0; chunk < total / 10_000; chunk++) {
    for (const data of fc.sample(hostileMessage, { seed: seed + chunk, numRuns: 10_000 })) {
      if (expectsAnswer(data)) expected++;
      host.receive({ data, origin: frameOrigin, source: window as never });
    }
  }
  const seconds = (performance.now() - start) / 1000;
  host.dispose();
  return {
    messages: total,
    seed,
    seconds: +seconds.toFixed(1),
    exceptions: errors.length + problems.filter((problem) => problem.startsWith('Internal error')).length,
    requestShaped: expected,
    answered: window.count,
    stateChangingCalls: backend.calls.filter((call) => !harmlessRequests.includes(call.name)).length,
    backendUnchanged: backend.snapshot() === before,
    prototypePolluted: ({} as Record<string, unknown>)['polluted'] !== undefined,
  };
}

export async function run() {
  const perRequestUs = perRequest(20_000);
  const fanOutFigures = await fanOut(300);
  return { perRequestUs, fanOut: fanOutFigures, fuzz: fuzz(100_000, 20261122) };
}

(window as unknown as { hostBenchRun: typeof run }).hostBenchRun = run;
