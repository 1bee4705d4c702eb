// No import loops in @wwe-kit/elements: a module that imports itself back, directly or through others,
// runs with half its bindings uninitialised, depending on which side a page imports first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceDir = join(root, 'packages/elements/src');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** `import … from './x.js'`, `import './x.js'`, `export … from '../x.js'` and `import('./x.js')`: the relative specifiers. */
const IMPORT = /(?:\bimport\b|\bexport\b)(?:[^'"`;]*?\bfrom\b)?\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative imports of one source, resolved to the .ts files they name (`.js` written, `.ts` read). */
export function relativeImports(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT)].map(([, specifier]) => resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
}

/** The first cycle of the graph, as the files along it back to the first; undefined when there is none. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return undefined;
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

test('the import-loop check reads every form of relative import and finds a cycle', () => {
  const file = '/src/a/a.ts';
  const text = `import { b } from './b.js';\nimport type { C } from '../c/c.js';\nimport '../define/d.js';\nexport { e } from './e.js';\nimport {\n  f,\n} from './f.js';\nconst g = import('./g.js');\nimport { lit } from 'lit';`;
  assert.deepEqual(relativeImports(file, text), [
    '/src/a/b.ts',
    '/src/c/c.ts',
    '/src/define/d.ts',
    '/src/a/e.ts',
    '/src/a/f.ts',
    '/src/a/g.ts',
  ]);
  assert.deepEqual(
    findCycle(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', ['a']],
      ]),
    ),
    ['a', 'b', 'c', 'a'],
  );
  assert.equal(
    findCycle(
      new Map([
        ['a', ['b', 'c']],
        ['b', ['c']],
        ['c', []],
      ]),
    ),
    undefined,
  );
});

test('no module of @wwe-kit/elements imports itself back, directly or through others', () => {
  const graph = new Map<string, string[]>();
  for (const file of sources(sourceDir)) graph.set(file, relativeImports(file, readFileSync(file, 'utf8')));
  assert.ok(graph.size > 20, `only ${graph.size} sources read in ${sourceDir}`);
  for (const [file, imports] of graph) {
    for (const imported of imports)
      assert.ok(
        graph.has(imported),
        `${relative(root, file)} imports ${relative(root, imported)}, which does not exist`,
      );
  }
  const cycle = findCycle(graph);
  assert.equal(cycle, undefined, `import loop: ${cycle?.map((file) => relative(sourceDir, file)).join(' → ')}`);
});
