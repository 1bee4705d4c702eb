/** What a result was measured on: the commit, the machine's load, its cores, the browser. Recorded with every section. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

export interface BenchMeta {
  readonly date: string;
  /** `git describe --always`, `-dirty` when the code was changed: a figure is worth little without the code it measured. */
  readonly commit: string;
  /** `os.loadavg()` when the section started: 1, 5 and 15 minutes. */
  readonly loadavg: readonly number[];
  readonly cpus: number;
  readonly node: string;
  readonly chromium?: string;
  /** `--quick`: fewer runs, for a check; closing notes use the full run. */
  readonly quick: boolean;
  /** Set when the machine was busier than its cores when the section started. */
  readonly warning?: string;
}

/** The commit, `-dirty` when the code differs from it: the results files a run writes do not count. */
function commit(): string {
  try {
    const head = execFileSync('git', ['describe', '--always'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', '.', ':(exclude)bench/results'], {
      encoding: 'utf8',
    }).trim();
    return changed ? `${head}-dirty` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** The facts of this moment, for a section about to run. */
export function benchMeta(quick: boolean, chromium?: string): BenchMeta {
  const load = loadavg().map((value) => +value.toFixed(2));
  const cores = cpus().length;
  return {
    date: new Date().toISOString(),
    commit: commit(),
    loadavg: load,
    cpus: cores,
    node: process.version,
    ...(chromium ? { chromium } : {}),
    quick,
    ...(load[0]! > cores
      ? {
          warning: `The 1-minute load (${load[0]}) exceeds the ${cores} cores: timings are stretched, ratios less so.`,
        }
      : {}),
  };
}

/** One line for the head of a results file. */
export function metaLine(meta: BenchMeta): string {
  const browser = meta.chromium ? `Chromium ${meta.chromium}, ` : '';
  const line =
    `${meta.date}, commit ${meta.commit}, ${browser}Node ${meta.node}, ${meta.cpus} CPUs, ` +
    `load ${meta.loadavg.join(' / ')} (1 / 5 / 15 min)${meta.quick ? ', --quick' : ''}.`;
  return meta.warning ? `${line}\n\n> **Warning:** ${meta.warning}` : line;
}
