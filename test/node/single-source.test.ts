import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { requestNames } from '@wwe-kit/protocol';

const root = fileURLToPath(new URL('../..', import.meta.url));
const skip = new Set(['node_modules', 'dist', 'cdn', '.git', 'results']);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (skip.has(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs|html)$/.test(entry)) yield path;
  }
}

test('no source file outside the catalogue lists the requests by hand', () => {
  const catalogue = join(root, 'packages/protocol/src/catalogue');
  const offenders: string[] = [];
  let read = 0;
  for (const file of sourceFiles(root)) {
    // Tests name samples of requests on purpose; source code must derive its lists.
    if (file.startsWith(catalogue) || /(^|[\\/])test[\\/]/.test(relative(root, file))) continue;
    // A handler keyed by its request (`'voice.hold': ([id]) => …`) implements the request rather than
    // listing it: `RequestHandlers` types those keys against the catalogue, so they are not counted.
    const text = readFileSync(file, 'utf8').replace(/['"][a-zA-Z]+\.[a-zA-Z]+['"]\s*:\s*(async\s*)?\(/g, '');
    read += 1;
    const named = requestNames.filter((name) => text.includes(`'${name}'`) || text.includes(`"${name}"`));
    // A handful of names is a sample; a namespace's worth is a second source.
    if (named.length > 8) offenders.push(`${relative(root, file)} (${named.length} request names)`);
  }
  // Source files outside the catalogue and the tests were read at all: an empty walk finds no offender either.
  assert.ok(read > 50, `only ${read} source files read`);
  assert.deepEqual(offenders, [], 'derive these from @wwe-kit/protocol instead');
});
