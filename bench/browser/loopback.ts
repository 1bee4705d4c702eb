// P2 in an in-page loopback: the bridge's own cost per request with 1,000 and 10,000 in flight,
// against a raw loopback of the same envelopes (a Map of resolvers keyed by referenceId). No frame,
// no cross-process transport: over a real frame, 250–800 µs of transport per request swamps the
// client's few µs, so a flat client and a linear one look alike.
import { ServiceClient } from '@wwe-kit/bridge';
import { rawPath, type Listening, type Path } from './raw-path.js';

const workspaceOrigin = 'https://workspace.loopback.invalid';

type Listener = (event: Pick<MessageEvent, 'data' | 'origin' | 'source'>) => void;

/**
 * A Workspace window and the page's own window, both stand-ins in this page. The target answers
 * each request in a microtask, calling the listeners of `self` directly with a message-shaped object.
 *
 * Why a microtask, not a MessageChannel or a dispatched DOM event: the answer stays asynchronous, so
 * a burst posts every request before the first answer arrives (all of them truly in flight), yet the
 * transport costs a fraction of a µs. A same-page MessageChannel adds a task and a structured clone
 * per message (20–30 µs a round trip on the 2-core bench machine, ten times the client's own work),
 * and dispatchEvent a DOM dispatch; both paths would pay them alike, burying the cost this section
 * isolates. Not cloning is fair: both paths skip it alike, and the bridge never copies an answer.
 */
class Loopback {
  readonly #listeners = new Set<Listener>();

  readonly self = {
    addEventListener: (type: string, listener: Listener) => void (type === 'message' && this.#listeners.add(listener)),
    removeEventListener: (type: string, listener: Listener) =>
      void (type === 'message' && this.#listeners.delete(listener)),
  } as unknown as Window;

  readonly target = {
    postMessage: (message: { request: string; referenceId: string }) =>
      queueMicrotask(() => {
        // The answer WWE sends, built per request as the Workspace would: the same work for both paths.
        const answer = {
          request: message.request,
          referenceId: message.referenceId,
          data: null,
          userAgent: 'WWE Server',
          protocolVersion: 2,
        };
        const event = { data: answer, origin: workspaceOrigin, source: this.target };
        for (const listener of this.#listeners) listener(event);
      }),
  } as unknown as Window;

  get listening(): number {
    return this.#listeners.size;
  }
}

/** The bridge: a fresh client per run over the loopback, no timeout, disposed after. */
function bridgePath(loopback: Loopback): Path {
  let client: ServiceClient | undefined;
  return {
    open() {
      const opened = new ServiceClient({
        target: loopback.target,
        self: loopback.self,
        hostOrigin: workspaceOrigin,
        timeout: 0,
      });
      client = opened;
      return () => opened.agent.getState();
    },
    close: () => client?.dispose(),
  };
}

export interface LoopbackOptions {
  readonly runs: number;
  readonly inFlight: readonly number[];
  /** Bursts per run and size; the fastest is the run's figure. */
  readonly burstsPerRun: number;
}

/** µs per request, one value per run, per number in flight. */
export type LoopbackRuns = Record<number, { raw: number[]; bridge: number[]; ratio: number[] }>;

/**
 * One run: opens the path, sends `count` bursts of `size` requests at once, closes it. Its figure is
 * the fastest burst's µs per request: a burst lasts 1–30 ms, and on a busy machine the time other
 * processes take from it only ever adds (a median of bursts moved 2–3× between runs, the fastest
 * 10–20 %). A burst of 10,000 still pays the collector for what it keeps in flight, every time.
 */
async function bursts(loopback: Loopback, path: Path, size: number, count: number): Promise<number> {
  const send = path.open();
  if (loopback.listening !== 1) throw new Error(`${loopback.listening} listeners while timing one path`);
  const samples: number[] = [];
  try {
    for (let burst = 0; burst < count; burst++) {
      const start = performance.now();
      await Promise.all(Array.from({ length: size }, send));
      samples.push(((performance.now() - start) * 1000) / size);
    }
  } finally {
    path.close();
  }
  return Math.min(...samples);
}

export async function run(options: LoopbackOptions): Promise<LoopbackRuns> {
  const loopback = new Loopback();
  const raw = rawPath(loopback.self as unknown as Listening, loopback.target, workspaceOrigin, (referenceId) => ({
    request: 'agent.getState',
    referenceId,
    userAgent: 'WWE Client',
    protocolVersion: 2,
  }));
  const bridge = bridgePath(loopback);
  // Warm both paths at every size, so neither meets the JIT or a first large heap inside a timed run.
  for (const size of options.inFlight) for (const path of [raw, bridge]) await bursts(loopback, path, size, 3);
  const results: LoopbackRuns = {};
  for (const size of options.inFlight) results[size] = { raw: [], bridge: [], ratio: [] };
  // Raw and bridge alternate, and every size is measured within each run, so a run's flatness
  // (10k ÷ 1k) compares measurements taken moments apart.
  for (let runIndex = 0; runIndex < options.runs; runIndex++) {
    for (const size of options.inFlight) {
      const series = results[size]!;
      // A B, then B A: neither path always goes first.
      if (runIndex % 2) series.bridge.push(await bursts(loopback, bridge, size, options.burstsPerRun));
      series.raw.push(await bursts(loopback, raw, size, options.burstsPerRun));
      if (runIndex % 2 === 0) series.bridge.push(await bursts(loopback, bridge, size, options.burstsPerRun));
      series.ratio.push(series.bridge.at(-1)! / series.raw.at(-1)!);
    }
  }
  return results;
}

(window as unknown as { loopbackRun: typeof run }).loopbackRun = run;
