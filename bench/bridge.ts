/**
 * The bridge's round trip and bursts against a raw `window.postMessage` echo over the same
 * cross-origin frame (WWE's protocol's limit), a MessageChannel port round trip as the physical
 * reference, and the page-side bundle sizes.
 */
import { bridgeEsm, gzipSize, legacyGlobal, sizeBudgets } from '../scripts/bundles.js';
import { spread } from './browser/stats.js';
import { runsFor, type BenchContext } from './context.js';
import { runPage } from './page-run.js';
import { formatRatio, formatSpread, verdict, writeSection } from './report.js';

// The page's contract (bench/browser/bench.ts), restated here: that file needs the DOM's types, Node has none.
interface BridgeBenchOptions {
  readonly runs: number;
  readonly sequential: number;
  readonly bursts: readonly number[];
}
type Series = number[];
interface BridgeBenchRuns {
  readonly crossOriginIsolated: boolean;
  readonly roundTrip: { raw: Series; bridge: Series; ratio: Series; port: Series };
  readonly bursts: Record<number, { raw: Series; bridge: Series; ratio: Series }>;
}

const roundTripTarget = 1.15;

export async function benchBridge(context: BenchContext): Promise<string> {
  const options: BridgeBenchOptions = {
    runs: runsFor(context),
    sequential: context.quick ? 400 : 1000,
    bursts: [100, 1000, 10000],
  };
  const runs = (await runPage<BridgeBenchRuns>(context.harness, 'bench', 'benchRun', options)).result;

  const roundTrip = {
    rawUs: spread(runs.roundTrip.raw),
    bridgeUs: spread(runs.roundTrip.bridge),
    ratio: spread(runs.roundTrip.ratio),
    portUs: spread(runs.roundTrip.port),
    portToRaw: spread(runs.roundTrip.port.map((port, index) => port / runs.roundTrip.raw[index]!)),
  };
  const bursts = Object.entries(runs.bursts).map(([size, series]) => ({
    size: Number(size),
    rawUs: spread(series.raw),
    bridgeUs: spread(series.bridge),
    ratio: spread(series.ratio),
  }));
  const sizes = { bridgeEsm: gzipSize(await bridgeEsm()), legacyGlobal: gzipSize(await legacyGlobal()) };

  const rows: Array<Array<string | number>> = [
    ['figure', 'bridge', "baseline: window.postMessage's limit", 'ratio (range)', 'target', 'met'],
    [
      'round trip, sequential, µs per request',
      formatSpread(roundTrip.bridgeUs),
      formatSpread(roundTrip.rawUs),
      formatRatio(roundTrip.ratio),
      `≤ ${roundTripTarget}`,
      verdict(roundTrip.ratio.median <= roundTripTarget),
    ],
    ...bursts.map(({ size, rawUs, bridgeUs, ratio }) => [
      `burst of ${size.toLocaleString('en')} in flight, µs per request`,
      formatSpread(bridgeUs, 2),
      formatSpread(rawUs, 2),
      formatRatio(ratio),
      '',
      '',
    ]),
    [
      'reference, not the baseline: MessageChannel port round trip over the same frame, µs',
      formatSpread(roundTrip.portUs),
      formatSpread(roundTrip.rawUs),
      `${formatRatio(roundTrip.portToRaw)} of the raw echo`,
      '',
      '',
    ],
    [
      'bridge ESM entry, min+gz (B)',
      sizes.bridgeEsm,
      '',
      '',
      `≤ ${sizeBudgets.bridgeEsm}`,
      verdict(sizes.bridgeEsm <= sizeBudgets.bridgeEsm),
    ],
    [
      'legacy global, min+gz (B)',
      sizes.legacyGlobal,
      '',
      '',
      `≤ ${sizeBudgets.legacyGlobal}`,
      verdict(sizes.legacyGlobal <= sizeBudgets.legacyGlobal),
    ],
  ];
  return writeSection('bridge', context.meta, {
    title: 'Bridge benchmark',
    intro:
      `\`agent.getState\` through a \`ServiceClient\` (\`timeout: 0\`) against the same envelope posted by ` +
      `hand and matched by referenceId, both answered by one echo in a cross-origin frame` +
      `${runs.crossOriginIsolated ? ' (cross-origin isolated: µs timer)' : ''}. Each figure is the median ` +
      `(min–max) of ${options.runs} runs, raw and bridge alternating (A B B A, so neither always goes first), ` +
      `only the path under test listening. A round-trip run is the trimmed mean (middle 80 %) of ` +
      `${options.sequential} sequential requests after an untimed tenth; a burst run sends every request at ` +
      `once (a burst of 100 ten times, its median). The raw echo is window.postMessage's limit, the right ` +
      `baseline for WWE's protocol; the MessageChannel port is the physical floor, a reference only.`,
    rows,
    notes: [
      'Bursts have no target here: over a cross-origin frame the transport (hundreds of µs per message) swamps ' +
        "the client's few µs, so the bridge's flatness is measured in the `loopback` section instead.",
      'Sizes in B (1 kB = 1,000 B), minified and gzipped at level 9.',
    ],
    data: { options, runs, roundTrip, bursts, sizes: { ...sizes, budgets: sizeBudgets } },
  });
}
