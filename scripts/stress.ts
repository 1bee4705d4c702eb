/**
 * `npm run test:stress [-- --runs N]`: the whole `npm test`, N times in a row (1 by default), while a CPU
 * hog (Debian's stress-ng, two workers, installed when missing) keeps both cores busy, as on a weak
 * laptop or a shared CI runner. Prints each run's count line and wall time, and fails if any run failed.
 *
 * `npm run bench:stress [-- --runs N] [-- --quick]`: the same with `npm run bench`; a run passes when it
 * exits 0 and has written every section's results anew (see bench/results-check.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleOrFailedSections } from '../bench/results-check.js';
import { ensureDebianProgram } from './apt.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = process.argv.includes('--bench');
const command = bench
  ? ['bench/run.ts', ...(process.argv.includes('--quick') ? ['--quick'] : [])]
  : ['scripts/test.ts'];
const what = bench ? 'bench:stress' : 'test:stress';
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 1;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs, at least 1 (got ${process.argv[runsFlag + 1]}).`);
  process.exit(2);
}
if (
  !ensureDebianProgram({
    path: '/usr/bin/stress-ng',
    pkg: 'stress-ng',
    neededBy: `npm run ${what}`,
    elsewhere: 'install stress-ng (https://github.com/ColinIanKing/stress-ng)',
  })
) {
  process.exit(1);
}

// Two CPU workers, one per core here, running until stopped; in their own process group, so one kill stops them all.
const hog = spawn('/usr/bin/stress-ng', ['--cpu', '2', '--cpu-method', 'all', '--quiet'], {
  detached: true,
  stdio: 'ignore',
});
const stopHog = () => {
  try {
    process.kill(-hog.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopHog);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const results: string[] = [];
let failed = 0;
for (let run = 1; run <= runs; run++) {
  console.log(`\n▶ ${what} run ${run} of ${runs}, with stress-ng --cpu 2 busy`);
  const started = performance.now();
  const startedAt = new Date();
  const test = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', ...command], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(test.stdout);
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  const unwritten = bench ? staleOrFailedSections(startedAt) : [];
  const counts = bench
    ? unwritten.length
      ? `sections not written: ${unwritten.join(', ')}`
      : 'every section written'
    : (/^(\d+ passed, \d+ failed)$/m.exec(test.stdout.split('\n').reverse().join('\n'))?.[1] ?? 'no count line');
  const ok = test.status === 0 && unwritten.length === 0;
  if (!ok) failed += 1;
  results.push(`run ${run}: ${counts} in ${minutes} min${ok ? '' : ' (FAILED)'}`);
}
stopHog();
console.log(`\n${what}, both cores busy:\n${results.map((line) => `  ${line}`).join('\n')}`);
console.log(`${runs - failed} of ${runs} runs passed`);
process.exit(failed ? 1 : 0);
