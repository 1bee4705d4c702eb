/**
 * `npm run bench -- host`: the host's cost per request (no transport) against a raw round trip, its fan-out
 * of one event to 20 frames against a raw fan-out, one ≈ 51 kB interaction event to 30 views with elements
 * (simulator + host against the same envelope posted by hand, and the time until every view rendered it),
 * the cost of embedding a host in a DOM-heavy page, and the fuzz. Writes bench/results/host.{json,md}.
 */
import type {
  EmbeddingOptions,
  EmbeddingRuns,
  HostBenchOptions,
  HostBenchRuns,
  LargeEventsOptions,
  LargeEventsRuns,
} from './browser/host-figures.js';
import { runsFor, type BenchContext } from './context.js';
import { runPage } from './page-run.js';
import { hostIntro, hostNotes, hostRows, summarise } from './host-rows.js';
import { writeSection } from './report.js';

export async function benchHost(context: BenchContext): Promise<string> {
  const runs = runsFor(context);
  const { quick, harness } = context;
  const options = {
    host: {
      runs,
      requestsPerBatch: quick ? 2_000 : 5_000,
      roundTrips: quick ? 60 : 150,
      fanOutRounds: quick ? 20 : 40,
      fuzzMessages: quick ? 20_000 : 100_000,
    } satisfies HostBenchOptions,
    largeEvents: { runs, rounds: quick ? 6 : 16 } satisfies LargeEventsOptions,
    embedding: { runs, repetitions: quick ? 8 : 16, views: 3 } satisfies EmbeddingOptions,
  };
  const base = await runPage<HostBenchRuns>(harness, 'host-bench', 'hostBenchRun', options.host);
  const largeEvents = await runPage<LargeEventsRuns>(harness, 'large-events', 'largeEventsRun', options.largeEvents);
  const embedding = await runPage<EmbeddingRuns>(harness, 'embedding', 'embeddingRun', options.embedding);
  const seconds = { 'host-bench': base.seconds, 'large-events': largeEvents.seconds, embedding: embedding.seconds };
  const pageErrors = [...base.pageErrors, ...largeEvents.pageErrors, ...embedding.pageErrors];
  const figures = summarise(base.result, largeEvents.result, embedding.result);
  return writeSection('host', context.meta, {
    title: 'Host benchmark',
    intro: hostIntro(runs, options, base.result.crossOriginIsolated),
    rows: hostRows(figures),
    notes: [
      ...hostNotes(figures, base.result, largeEvents.result, embedding.result, pageErrors),
      `Seconds per page, to load (bundles built on first request) and to run: ${Object.entries(seconds)
        .map(([page, { load, run }]) => `${page} ${load} + ${run} s`)
        .join(', ')}.`,
    ],
    data: {
      options,
      figures,
      runs: { host: base.result, largeEvents: largeEvents.result, embedding: embedding.result },
      pageErrors,
      seconds,
    },
  });
}
