// Runs in headless Chromium: the bridge against a raw postMessage echo over the same cross-origin frame.
import { ServiceClient } from '@wwe-kit/bridge';
import { median, trimmedMean } from './stats.js';

async function openEcho(): Promise<{ window: Window; origin: string }> {
  const origin = `http://127.0.0.1:${location.port}`;
  const frame = document.createElement('iframe');
  frame.src = `${origin}/echo.html`;
  const ready = new Promise<void>((resolve) =>
    addEventListener('message', function onReady(event) {
      if (event.data === 'echo-ready') {
        removeEventListener('message', onReady);
        resolve();
      }
    }),
  );
  document.body.append(frame);
  await ready;
  return { window: frame.contentWindow!, origin };
}

/** The baseline: the same request envelope posted by hand, its answer matched by referenceId. */
function rawEcho(target: Window, origin: string) {
  const waiting = new Map<string, () => void>();
  let next = 0;
  addEventListener('message', (event) => {
    if (event.source !== target) return;
    const resolve = waiting.get(event.data.referenceId);
    if (resolve) {
      waiting.delete(event.data.referenceId);
      resolve();
    }
  });
  return () =>
    new Promise<void>((resolve) => {
      const referenceId = String(next++);
      waiting.set(referenceId, resolve);
      target.postMessage(
        { request: 'agent.getState', referenceId, userAgent: 'WWE Client', protocolVersion: 2, raw: true },
        origin,
      );
    });
}

async function sequential(send: () => Promise<unknown>, count: number, samples: number[]) {
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await send();
    samples.push(performance.now() - start);
  }
}

async function burst(send: () => Promise<unknown>, size: number): Promise<number> {
  const start = performance.now();
  await Promise.all(Array.from({ length: size }, send));
  return (performance.now() - start) / size;
}

export async function run(options: { rounds: number; perRound: number }) {
  const echo = await openEcho();
  const client = new ServiceClient({ target: echo.window, hostOrigin: echo.origin });
  const viaBridge = () => client.agent.getState();
  const viaRaw = rawEcho(echo.window, echo.origin);

  // Warm both paths, then interleave rounds so drift on a noisy machine hits both alike.
  await sequential(viaRaw, 500, []);
  await sequential(viaBridge, 500, []);
  const raw: number[] = [];
  const bridge: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    await sequential(viaRaw, options.perRound, raw);
    await sequential(viaBridge, options.perRound, bridge);
  }

  const sizes = [100, 1000, 10000];
  const burstBridge: Record<number, number[]> = { 100: [], 1000: [], 10000: [] };
  const burstRaw: Record<number, number[]> = { 100: [], 1000: [], 10000: [] };
  await burst(viaBridge, 10000);
  for (let repeat = 0; repeat < 7; repeat++) {
    for (const size of sizes) {
      burstRaw[size]!.push(await burst(viaRaw, size));
      burstBridge[size]!.push(await burst(viaBridge, size));
    }
  }
  client.dispose();
  return {
    crossOriginIsolated,
    samples: raw.length,
    rawRttMs: median(raw),
    bridgeRttMs: median(bridge),
    rawTrimmedMeanMs: trimmedMean(raw),
    bridgeTrimmedMeanMs: trimmedMean(bridge),
    burstPerRequestMs: Object.fromEntries(
      sizes.map((size) => [size, { bridge: median(burstBridge[size]!), raw: median(burstRaw[size]!) }]),
    ),
  };
}

(window as unknown as { benchRun: typeof run }).benchRun = run;
