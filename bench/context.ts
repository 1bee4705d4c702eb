/** What every section of `npm run bench` is handed. */
import type { Harness } from './harness.js';
import type { BenchMeta } from './meta.js';

export interface BenchContext {
  /** The browser and the two-origin server; absent for the sections that run in Node alone. */
  readonly harness: Harness;
  /** `--quick`: a one-minute check with fewer runs; the full run is for closing notes. */
  readonly quick: boolean;
  /** The facts of the moment the section started, to write at the head of its results. */
  readonly meta: BenchMeta;
}

/** How many alternating runs a figure gets: enough for a median and a range, fewer with `--quick`. */
export const runsFor = (context: { quick: boolean }, full = 5): number => (context.quick ? 3 : full);
