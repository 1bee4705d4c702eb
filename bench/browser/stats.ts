/** Robust summaries for noisy timings. Pure, so both the bench pages and Node use them. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The mean of the middle 80 % of samples. */
export const trimmedMean = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.slice(Math.floor(sorted.length * 0.1), Math.ceil(sorted.length * 0.9));
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
};

/** A figure over several runs: the median of the runs, and the range they moved in. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export const spread = (runs: readonly number[]): Spread => ({
  median: median(runs),
  min: Math.min(...runs),
  max: Math.max(...runs),
});

/** Per-run ratios `a[i] / b[i]` of two paths measured in alternation. */
export const ratios = (a: readonly number[], b: readonly number[]): number[] =>
  a.map((value, index) => value / b[index]!);

/**
 * Runs A and B `runs` times each in turn, A B then B A (A B B A …), so drift on a busy machine hits both
 * alike and neither always goes first: on this machine the path measured first in a pair ran up to 10 %
 * slower, whichever it was. `after`, when given, runs after each pair (a reference figure).
 */
export async function inTurn<T>(
  runs: number,
  a: () => T | Promise<T>,
  b: () => T | Promise<T>,
  after?: () => T | Promise<T>,
): Promise<{ a: T[]; b: T[]; after: T[] }> {
  const series = { a: [] as T[], b: [] as T[], after: [] as T[] };
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      series.a.push(await a());
      series.b.push(await b());
    } else {
      series.b.push(await b());
      series.a.push(await a());
    }
    if (after) series.after.push(await after());
  }
  return series;
}

/** Two paths measured in turn (see `inTurn`), each `measure` returning one run's figure, with their per-run ratios. */
export async function alternate(
  runs: number,
  a: () => number | Promise<number>,
  b: () => number | Promise<number>,
): Promise<{ a: number[]; b: number[]; ratio: number[] }> {
  const series = await inTurn(runs, a, b);
  return { a: series.a, b: series.b, ratio: ratios(series.a, series.b) };
}
