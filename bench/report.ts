/** Results files: every section writes bench/results/<name>.{json,md}, with what it measured on, or why it failed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchDir, markdownTable } from './harness.js';
import { metaLine, type BenchMeta } from './meta.js';

import type { Spread } from './browser/stats.js';

export type { Spread };

/** `median (min–max)` with `digits` decimals. */
export const formatSpread = (spread: Spread, digits = 1): string =>
  `${spread.median.toFixed(digits)} (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`;

/** A ratio with its range over the runs: `1.020× (0.990–1.110)`. */
export const formatRatio = (spread: Spread, digits = 3): string =>
  `${spread.median.toFixed(digits)}× (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`;

/** Whether a figure met its target, as the results say it: `yes`, `NO`, or blank without a target. */
export const verdict = (met: boolean | undefined): string => (met === undefined ? '' : met ? 'yes' : 'NO');

export interface SectionResult {
  /** The title of the markdown file. */
  readonly title: string;
  /** What was measured and against what, before the table. */
  readonly intro: string;
  readonly rows: Array<Array<string | number>>;
  /** Lines after the table. */
  readonly notes?: readonly string[];
  /** Everything, for the JSON file. */
  readonly data: unknown;
}

/** Writes bench/results/<name>.{json,md}; returns the markdown. */
export function writeSection(name: string, meta: BenchMeta, result: SectionResult): string {
  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(
    `${benchDir}results/${name}.json`,
    `${JSON.stringify({ meta, ...(result.data as object) }, null, 2)}\n`,
  );
  const notes = result.notes?.length ? `\n${result.notes.join('\n\n')}\n` : '';
  const text = `# ${result.title}\n\n${metaLine(meta)}\n\n${result.intro}\n\n${markdownTable(result.rows)}\n${notes}`;
  writeFileSync(`${benchDir}results/${name}.md`, text);
  return text;
}

/**
 * Writes a failed section's results in place of the old ones, so a stale file can never pass for a
 * new one: what failed, and where.
 */
export function writeFailure(name: string, meta: BenchMeta, error: unknown): string {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(`${benchDir}results/${name}.json`, `${JSON.stringify({ meta, failed: message }, null, 2)}\n`);
  const text = `# ${name}: FAILED\n\n${metaLine(meta)}\n\nThis section failed; no figures were written.\n\n\`\`\`\n${message}\n\`\`\`\n`;
  writeFileSync(`${benchDir}results/${name}.md`, text);
  return text;
}
