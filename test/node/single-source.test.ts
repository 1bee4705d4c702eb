// One source of truth: request names, namespaces and event names live in @wwe-kit/protocol, element tags in
// packages/elements/src/define. A source file elsewhere that lists two of one vocabulary side by side, or
// sorts a request by comparing it with two or more request names, keeps a second copy by hand.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventNames, namespaces, requestNames } from '@wwe-kit/protocol';
import { elementDefines } from '../../scripts/bundles.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const skip = new Set(['node_modules', 'dist', 'cdn', '.git', 'results']);
/** The contract suite's checks: tests that ship in a package. */
const contractChecks = 'packages/testing/src/contract/areas/';
/** Where each vocabulary is written once. */
const homes = [
  'packages/protocol/src/catalogue/',
  'packages/protocol/src/namespaces.ts',
  'packages/protocol/src/events.ts',
  'packages/elements/src/define/',
];
const vocabularies: Record<string, readonly string[]> = {
  'request names': requestNames,
  namespaces,
  'event names': eventNames,
  'element tags': elementDefines.map((name) => `wwe-${name}`),
};

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (skip.has(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs|html)$/.test(entry)) yield path;
  }
}

const alternatives = (names: readonly string[]) =>
  names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Two names of one vocabulary as neighbouring string items of an array, a Set or an argument list. */
const listOf = (names: readonly string[]) =>
  new RegExp(`(['"])(?:${alternatives(names)})\\1\\s*,\\s*(['"])(?:${alternatives(names)})\\2`);
/** The distinct request names a file compares a value with (`=== 'voice.dial'`, `case 'voice.dial'`). */
const comparedRequests = (text: string) =>
  new Set(
    [...text.matchAll(new RegExp(`(?:===|!==|\\bcase)\\s*['"](${alternatives(requestNames)})['"]`, 'g'))].map(
      (match) => match[1],
    ),
  );

test('no source file outside the catalogue keeps a list of requests, namespaces, events or element tags', () => {
  // The detectors find what they must, so an empty vocabulary or a broken pattern cannot pass silently.
  assert.match("new Set(['auth.getJwtToken', 'auth.getPureCloudToken'])", listOf(requestNames));
  assert.match("['agent', 'voice']", listOf(namespaces));
  assert.equal(comparedRequests("name === 'voice.dial' || name === 'voice.hold'").size, 2);
  for (const [what, names] of Object.entries(vocabularies)) assert.ok(names.length > 1, `${what}: ${names.length}`);

  const offenders: string[] = [];
  let read = 0;
  for (const file of sourceFiles(root)) {
    const path = relative(root, file);
    // Tests name samples on purpose, and so do the contract suite's checks, which @wwe-kit/testing ships as
    // source for other hosts to run; the homes are the one copy.
    if (
      homes.some((home) => path.startsWith(home)) ||
      /(^|[\\/])test[\\/]/.test(path) ||
      path.startsWith(contractChecks)
    )
      continue;
    const text = readFileSync(file, 'utf8');
    read += 1;
    for (const [what, names] of Object.entries(vocabularies)) {
      if (listOf(names).test(text)) offenders.push(`${path} (a list of ${what})`);
    }
    if (comparedRequests(text).size > 1) offenders.push(`${path} (compares a request with several request names)`);
  }
  // Source files outside the homes and the tests were read at all: an empty walk finds no offender either.
  assert.ok(read > 50, `only ${read} source files read`);
  assert.deepEqual(offenders, [], 'derive these from @wwe-kit/protocol (or the define folder) instead');
});
