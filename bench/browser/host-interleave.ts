/**
 * Two paths measured sample by sample inside each run, in pairs whose order turns (A B, B A, A B …): on a
 * busy machine a burst of load then hits both paths of a run alike, where a run of A followed by a run of
 * B would pin it on one, and neither path always comes second (after the other's garbage, say).
 */
import type { AlternatingSeries } from './host-figures.js';
import { inTurn, median, ratios } from './stats.js';

/**
 * `runs` runs of `samples` interleaved samples: each run's value is the median of its samples, per path,
 * and its ratio the median of its pairs' ratios (A over the B beside it), which a burst of load
 * on one pair cannot move.
 */
export async function interleavedRuns(
  runs: number,
  samples: number,
  a: () => number | Promise<number>,
  b: () => number | Promise<number>,
): Promise<AlternatingSeries> {
  const series = { a: [] as number[], b: [] as number[], ratio: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const taken = await inTurn(samples, a, b);
    series.a.push(median(taken.a));
    series.b.push(median(taken.b));
    series.ratio.push(median(ratios(taken.a, taken.b)));
  }
  return series;
}
