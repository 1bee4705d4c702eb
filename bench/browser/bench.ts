// Runs in headless Chromium: the bridge against a raw window.postMessage echo over the same
// cross-origin frame (sequential round trips and bursts), with a MessageChannel port over that frame
// as a reference. Each path has its listener only while it is timed.
import { ServiceClient } from '@wwe-kit/bridge';
import { rawPath, type Path } from './raw-path.js';
import { inTurn, median, ratios, trimmedMean } from './stats.js';

/** How much the section measures; every figure is per run, the runs alternating. */
export interface BridgeBenchOptions {
  readonly runs: number;
  /** Sequential round trips per run and path. */
  readonly sequential: number;
  readonly bursts: readonly number[];
}

/** µs per request, one value per run, for each path. */
export interface BridgeBenchRuns {
  readonly crossOriginIsolated: boolean;
  readonly roundTrip: { raw: number[]; bridge: number[]; ratio: number[]; port: number[] };
  readonly bursts: Record<number, { raw: number[]; bridge: number[]; ratio: number[] }>;
}

/** One way of sending `agent.getState` and awaiting its answer, with its listener only while open. */

const envelope = (referenceId: string) => ({
  request: 'agent.getState',
  referenceId,
  userAgent: 'WWE Client',
  protocolVersion: 2,
  raw: true,
});

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

/** The bridge: a fresh client per run (its listener lives from construction to dispose), no timeout. */
function bridgePath(target: Window, origin: string): Path {
  let client: ServiceClient | undefined;
  return {
    open() {
      const opened = new ServiceClient({ target, hostOrigin: origin, timeout: 0 });
      client = opened;
      return () => opened.agent.getState();
    },
    close: () => client?.dispose(),
  };
}

/**
 * The reference, not the baseline: a MessageChannel port to the same frame, the cheapest transport
 * between two agents. WWE's protocol is window.postMessage, so the raw echo is its limit.
 */
function portPath(target: Window, origin: string): Path {
  const channel = new MessageChannel();
  target.postMessage('echo-port', origin, [channel.port2]);
  const waiting = new Map<string, () => void>();
  let next = 0;
  return {
    open() {
      channel.port1.onmessage = ({ data }) => {
        const resolve = waiting.get(data.referenceId);
        waiting.delete(data.referenceId);
        resolve?.();
      };
      return () =>
        new Promise<void>((resolve) => {
          const referenceId = String(next++);
          waiting.set(referenceId, resolve);
          channel.port1.postMessage(envelope(referenceId));
        });
    },
    close: () => {
      channel.port1.onmessage = null;
    },
  };
}

/** Opens the path, measures, closes it: only the path under test listens while timed. */
async function timed(path: Path, measure: (send: () => Promise<unknown>) => Promise<number>): Promise<number> {
  const send = path.open();
  try {
    return await measure(send);
  } finally {
    path.close();
  }
}

/**
 * µs per request of `count` sequential round trips: their trimmed mean, finer than the median where
 * the clock's 5 µs steps are a few percent of a round trip, and deaf to a stray collection. A tenth
 * more go first, untimed: the first round trips after switching paths ran slower.
 */
const sequential = (count: number) => async (send: () => Promise<unknown>) => {
  for (let index = 0; index < count / 10; index++) await send();
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await send();
    samples.push((performance.now() - start) * 1000);
  }
  return trimmedMean(samples);
};

/**
 * µs per request of `size` requests in flight at once; a small burst is repeated up to 1,000 requests
 * and the median taken, since one burst of 100 lasts a few scheduler slices.
 */
const burst = (size: number) => async (send: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let repeat = 0; repeat < Math.max(1, 1000 / size); repeat++) {
    const start = performance.now();
    await Promise.all(Array.from({ length: size }, send));
    samples.push(((performance.now() - start) * 1000) / size);
  }
  return median(samples);
};

export async function run(options: BridgeBenchOptions): Promise<BridgeBenchRuns> {
  const echo = await openEcho();
  const raw = rawPath(window, echo.window, echo.origin, envelope);
  const bridge = bridgePath(echo.window, echo.origin);
  const port = portPath(echo.window, echo.origin);

  // Warm every path (JIT, the frame's handler), then alternate runs so drift hits both alike.
  for (const path of [raw, bridge, port]) await timed(path, sequential(200));
  const pairs = await inTurn(
    options.runs,
    () => timed(raw, sequential(options.sequential)),
    () => timed(bridge, sequential(options.sequential)),
    () => timed(port, sequential(options.sequential)),
  );
  const roundTrip = { raw: pairs.a, bridge: pairs.b, ratio: ratios(pairs.b, pairs.a), port: pairs.after };

  const bursts: BridgeBenchRuns['bursts'] = {};
  for (const path of [raw, bridge]) await timed(path, burst(1000));
  for (const size of options.bursts) {
    const runs = await inTurn(
      options.runs,
      () => timed(raw, burst(size)),
      () => timed(bridge, burst(size)),
    );
    bursts[size] = { raw: runs.a, bridge: runs.b, ratio: ratios(runs.b, runs.a) };
  }
  return { crossOriginIsolated, roundTrip, bursts };
}

(window as unknown as { benchRun: typeof run }).benchRun = run;
