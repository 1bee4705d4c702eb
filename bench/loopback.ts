/**
 * P2 in an in-page loopback: the bridge's own cost per request with 1,000 and 10,000 requests in
 * flight, against a raw loopback of the same envelopes, and whether it stays flat (10k ≤ 1.2 × 1k).
 */
import { spread } from './browser/stats.js';
import { runsFor, type BenchContext } from './context.js';
import { runPage } from './page-run.js';
import { formatRatio, formatSpread, verdict, writeSection } from './report.js';

// The page's contract (bench/browser/loopback.ts), restated here: that file needs the DOM's types, Node has none.
interface LoopbackOptions {
  readonly runs: number;
  readonly inFlight: readonly number[];
  readonly burstsPerRun: number;
}
type LoopbackRuns = Record<number, { raw: number[]; bridge: number[]; ratio: number[] }>;

const flatnessTarget = 1.2;

export async function benchLoopback(context: BenchContext): Promise<string> {
  const options: LoopbackOptions = {
    runs: runsFor(context),
    inFlight: [1000, 10000],
    burstsPerRun: context.quick ? 10 : 20,
  };
  const runs = (await runPage<LoopbackRuns>(context.harness, 'loopback', 'loopbackRun', options)).result;

  const small = runs[1000]!;
  const large = runs[10000]!;
  const perRun = (series: number[], base: number[]) => series.map((value, index) => value / base[index]!);
  const ownCost = (series: { raw: number[]; bridge: number[] }) =>
    spread(series.bridge.map((value, index) => value - series.raw[index]!));
  const figures = {
    inFlight: Object.fromEntries(
      Object.entries(runs).map(([size, series]) => [
        size,
        {
          bridgeUs: spread(series.bridge),
          rawUs: spread(series.raw),
          ratio: spread(series.ratio),
          ownCostUs: ownCost(series),
        },
      ]),
    ),
    bridgeFlatness: spread(perRun(large.bridge, small.bridge)),
    rawFlatness: spread(perRun(large.raw, small.raw)),
    // What the client adds to the rise any 10,000 in flight pays: a client linear in what it holds shows here.
    relativeFlatness: spread(perRun(perRun(large.bridge, small.bridge), perRun(large.raw, small.raw))),
  };

  const rows: Array<Array<string | number>> = [
    ['figure', 'bridge', 'raw loopback', 'ratio (range)', 'target', 'met'],
    ...Object.entries(figures.inFlight).map(([size, figure]) => [
      `${Number(size).toLocaleString('en')} in flight, µs per request`,
      formatSpread(figure.bridgeUs, 2),
      formatSpread(figure.rawUs, 2),
      formatRatio(figure.ratio),
      '',
      '',
    ]),
    ...Object.entries(figures.inFlight).map(([size, figure]) => [
      `the bridge's own cost (bridge − raw) at ${Number(size).toLocaleString('en')}, µs per request`,
      formatSpread(figure.ownCostUs, 2),
      '',
      '',
      '',
      '',
    ]),
    [
      'flatness: µs per request at 10,000 ÷ at 1,000 in flight',
      formatRatio(figures.bridgeFlatness),
      formatRatio(figures.rawFlatness),
      '',
      `bridge ≤ ${flatnessTarget}`,
      verdict(figures.bridgeFlatness.median <= flatnessTarget),
    ],
    ["the bridge's flatness ÷ the raw loopback's", formatRatio(figures.relativeFlatness), '', '', '', ''],
  ];
  return writeSection('loopback', context.meta, {
    title: 'Loopback (P2): the bridge per request, 1,000 and 10,000 in flight',
    intro:
      '`agent.getState` through a `ServiceClient` (`timeout: 0`) whose `target` and `self` are same-page ' +
      'stand-ins: the target answers each request in a microtask, with no frame and no cross-process transport, ' +
      'so what is left is the client. The baseline sends the same envelopes by hand over the same loopback and ' +
      'matches answers with a Map of resolvers keyed by referenceId. Every request of a burst is posted before ' +
      `the first answer. A run sends ${options.burstsPerRun} bursts of each size, its figure the fastest (time ` +
      'other processes take only adds; each burst of 10,000 still pays the collector for what it keeps in flight); ' +
      'figures are the median (min–max) of ' +
      `${options.runs} runs, raw and bridge alternating (A B B A), only the path under test listening.`,
    rows,
    notes: [
      "Flatness compares the two sizes within each run. The raw loopback's own flatness is shown beside it: " +
        'with 10,000 in flight, what every request keeps alive (its promise, resolver, envelope) outlives a ' +
        'young-generation collection and is copied, a rise per request that any client pays, raw included. ' +
        "The last row divides it out: near 1 the client is flat and the rise is the page's, well above it the " +
        'client does work that grows with what is in flight.',
    ],
    data: { options, runs, ...figures },
  });
}
