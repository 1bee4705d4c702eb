/**
 * The packages step of `npm test`: every published package packed once (`npm pack`, what npm would
 * publish), then publint and @arethetypeswrong/cli (attw) on each tarball. Fails, with the tools'
 * output, when either reports a problem. Run it after the build: it packs the dist that is there.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packPackages, published, root } from './packages.js';

const publint = join(root, 'node_modules/publint/src/cli.js');
const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');

const unbuilt = published.filter((name) => !existsSync(join(root, 'packages', name, 'dist/index.js')));
if (unbuilt.length) {
  console.error(
    `pack check: no dist in ${unbuilt.map((name) => `packages/${name}`).join(', ')}: run npm run build first`,
  );
  process.exit(1);
}

// attw checks the entry points it finds in `exports`; a wildcard (`./define/*`) it only names, so the
// define modules are listed one by one. The CDN files (`./cdn/*`) are scripts for a page's
// <script type="module">, with no typings by design, and stay out.
const defines = readdirSync(join(root, 'packages/elements/src/define')).map(
  (file) => `./define/${file.replace(/\.ts$/, '')}`,
);
const extraEntrypoints: Partial<Record<(typeof published)[number], string[]>> = { elements: defines };

// The reports go into npm test's log: no colour codes (publint's picocolors reads NO_COLOR, and takes
// any FORCE_COLOR, even 0, as a yes).
const { FORCE_COLOR: _force, ...env } = process.env;
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
};

/** A problem as attw's JSON reports it: a resolution kind, or for an internal error the resolution option. */
interface Problem {
  kind: string;
  resolutionKind?: string;
  resolutionOption?: string;
}

/**
 * attw with `--profile esm-only`: the packages are ESM only (`"type": "module"`, no `require` condition),
 * as Lit and the browsers they run in are, so the node10 and node16-from-CJS resolutions, where an
 * ESM-only package cannot resolve by design, are no errors; node16-from-ESM and bundler, which every
 * supported consumer uses, must be clean. The profile does not cover an internal resolution error, which
 * attw files under its resolution *option*: the JSX typings import `@wwe-kit/elements` by name, which
 * node10 (no `exports`) cannot resolve, as it cannot resolve `@wwe-kit/elements/jsx` itself. So the
 * verdict is ours, from the JSON, with the same rule. --no-definitely-typed: no @types look-up online.
 */
function attwCheck(tarball: string, entrypoints: string[]) {
  const args = [
    attw,
    tarball,
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    ...(entrypoints.length ? ['--include-entrypoints', ...entrypoints] : []),
  ];
  // Into a file: attw exits as soon as it has written its JSON, which cuts a pipe short at 64 kB.
  const file = join(dir, 'attw.json');
  const fd = openSync(file, 'w');
  const result = spawnSync(process.execPath, [...args, '--format', 'json'], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    env,
  });
  closeSync(fd);
  let problems: Problem[];
  try {
    problems = (JSON.parse(readFileSync(file, 'utf8')) as { analysis: { problems: Problem[] } }).analysis.problems;
  } catch {
    return { ok: false, output: `attw did not answer JSON (exit ${result.status}): ${result.stderr}` };
  }
  const errors = problems.filter(
    (problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind ?? problem.resolutionOption ?? ''),
  );
  return errors.length
    ? {
        ok: false,
        output: `${run([...args, '--format', 'ascii', '--no-color']).output}\n\n${JSON.stringify(errors, null, 2)}`,
      }
    : { ok: true, output: '' };
}

const dir = mkdtempSync(join(tmpdir(), 'wwe-kit-pack-'));
let failed = 0;
try {
  for (const [name, tarball] of packPackages(dir)) {
    // --strict: a publint warning (a file `exports` names but the tarball lacks, a field that does
    // nothing) is a package that would not work as published; fail on it as on an error.
    const lint = run([publint, 'run', tarball, '--strict']);
    const types = attwCheck(tarball, extraEntrypoints[name] ?? []);
    const verdict = (ok: boolean) => (ok ? 'ok' : 'FAILED');
    console.log(`@wwe-kit/${name}: publint ${verdict(lint.ok)}, attw ${verdict(types.ok)}`);
    if (!lint.ok) console.log(`\n${lint.output}\n`);
    if (!types.ok) console.log(`\n${types.output}\n`);
    failed += Number(!lint.ok) + Number(!types.ok);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  failed
    ? `pack check: ${failed} problem report(s) above`
    : 'pack check: publint and attw find no problems in any tarball',
);
process.exit(failed ? 1 : 0);
