/**
 * One small event to 20 subscribed cross-origin frames until every one has acknowledged it: through
 * `host.emit`, against the same envelope posted by hand to the same frames. The frames acknowledge on
 * MessagePorts, so the host's window listener, installed throughout, hears nothing while either path runs.
 */
import { backendFromHandlers, ServiceHost } from '@wwe-kit/host';
import type { AgentStateChangedEvent } from '@wwe-kit/protocol';
import { AckPorts } from './host-acks.js';
import type { AlternatingSeries } from './host-figures.js';
import { frameOrigin, openFrames } from './host-frames.js';
import { interleavedRuns } from './host-interleave.js';

const FRAMES = 20;

type Payload = AgentStateChangedEvent & { seq: number };

export async function fanOut(runs: number, rounds: number): Promise<AlternatingSeries & { frames: number }> {
  const host = new ServiceHost({
    options: { 'service-client-api.accepted-web-content-origins': `${frameOrigin} (agent.*)` },
    backend: backendFromHandlers({}),
    session: false,
  });
  const container = document.body.appendChild(document.createElement('div'));
  const acks = new AckPorts<number>();
  const frames = await openFrames(
    Array.from({ length: FRAMES }, (_, index) => ({
      path: '/subscriber.html',
      container,
      host,
      section: `Subscriber${index}`,
      acks,
    })),
  );
  let seq = 0;
  /** µs from sending one event until the last frame acknowledged it. */
  const round = async (send: (data: Payload) => void): Promise<number> => {
    const acknowledged = acks.expect(frames.length);
    const start = performance.now();
    send({ eventType: 'STATE_CHANGED', mediaState: 'READY', seq: seq++ });
    return ((await acknowledged).at - start) * 1000;
  };
  const viaHost = (data: Payload) => host.emit('agent', data);
  const byHand = (data: Payload) => {
    const message = { event: 'agent', data, userAgent: 'WWE Server', protocolVersion: 2 };
    for (const frame of frames) frame.window.postMessage(message, frameOrigin);
  };
  try {
    for (let index = 0; index < 20; index++) {
      await round(byHand);
      await round(viaHost);
    }
    return {
      frames: frames.length,
      ...(await interleavedRuns(
        runs,
        rounds,
        () => round(viaHost),
        () => round(byHand),
      )),
    };
  } finally {
    host.dispose();
    acks.close();
    container.remove();
  }
}
