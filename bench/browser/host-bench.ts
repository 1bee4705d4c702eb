// Runs in headless Chromium: the host's own cost per request (no transport) against a raw round trip,
// its fan-out of one event to 20 cross-origin frames against the same fan-out by hand, and the fuzz.
// Each figure one value per run, the paths alternating; Node takes the medians and ranges.
import type { HostBenchOptions, HostBenchRuns } from './host-figures.js';
import { openFrame } from './host-frames.js';
import { AckPorts } from './host-acks.js';
import { fanOut } from './host-fan-out.js';
import { fuzz } from './host-fuzz.js';
import { perRequestRun, roundTripRun } from './host-per-request.js';

const FUZZ_SEED = 20261122;

/** The host's per-request cost and the raw round trip, alternating; the echo frame has no host. */
async function perRequest(options: HostBenchOptions) {
  const acks = new AckPorts();
  const echo = await openFrame({ path: '/subscriber.html?alone', container: document.body, acks });
  const perRequestUs: Record<string, number[]> = {};
  const roundTripUs: number[] = [];
  try {
    perRequestRun(options.requestsPerBatch); // warm-up
    await roundTripRun(echo.window, 50);
    for (let run = 0; run < options.runs; run++) {
      for (const [kind, us] of Object.entries(perRequestRun(options.requestsPerBatch)))
        (perRequestUs[kind] ??= []).push(us);
      roundTripUs.push(await roundTripRun(echo.window, options.roundTrips));
    }
  } finally {
    acks.close();
    echo.iframe.remove();
  }
  return { perRequestUs, roundTripUs };
}

export async function run(options: HostBenchOptions): Promise<HostBenchRuns> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(part: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    seconds[part] = +((performance.now() - start) / 1000).toFixed(1);
    return result;
  };
  const { perRequestUs, roundTripUs } = await timed('per request', () => perRequest(options));
  const fanOutRuns = await timed('fan-out', () => fanOut(options.runs, options.fanOutRounds));
  const fuzzFigures = await timed('fuzz', () => fuzz(options.fuzzMessages, FUZZ_SEED));
  return { crossOriginIsolated, perRequestUs, roundTripUs, fanOut: fanOutRuns, fuzz: fuzzFigures, seconds };
}

(window as unknown as { hostBenchRun: typeof run }).hostBenchRun = run;
