// The simulator's failure texts live in one module (packages/simulator/src/errors.ts), so that
// packages/simulator/test/errors.test.ts can list them all. A text written inline at a `fail(`, a
// `new BackendError(` or a `new Error(` (or a `problem:` handed to one) would escape that list: none may remain.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceDir = join(root, 'packages/simulator/src');
/** The errors module, as one file or as an errors/ folder. */
const isErrorsModule = (path: string) => /^errors(\.ts$|\/)/.test(relative(sourceDir, path));

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** A failure text as a literal: a quote or backtick right after the call's parenthesis, on its line or the next. */
const INLINE = /(?:\bfail|\bnew\s+(?:BackendError|Error))\(\s*['"`]|\bproblem:\s*['"`]/g;

/** Each inline text of one source, as `line: code`. */
export function inlineTexts(text: string): string[] {
  return [...text.matchAll(INLINE)].map((match) => {
    const line = text.slice(0, match.index).split('\n').length;
    return `${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
}

test('the check finds every form of inline failure text, and not the errors module', () => {
  const sample = [
    "this.#runtime.fail(`Error: Campaign '${name}' not found.`);",
    "runtime.fail('Error: Direct push preview is not started.');",
    'this.#runtime.fail(\n  "Error: A record marked Do Not Call cannot be rescheduled.",\n);',
    "throw new BackendError('Error: Interaction not found.');",
    'throw new Error(`Toast ${id} is not on screen.`);',
    "return { problem: 'expected HH:MM (time)' };",
    'this.#runtime.fail(errors.campaignNotFound(name));',
    'throw new BackendError(fault.message);',
    'if (problem) return { problem };',
  ].join('\n');
  assert.deepEqual(
    inlineTexts(sample).map((found) => Number(found.split(':')[0])),
    [1, 2, 3, 6, 7, 8],
  );
  assert.equal(isErrorsModule(join(sourceDir, 'errors.ts')), true);
  assert.equal(isErrorsModule(join(sourceDir, 'errors/outbound.ts')), true);
  assert.equal(isErrorsModule(join(sourceDir, 'outbound/preview.ts')), false);
});

test('no failure text of the simulator is written outside its errors module', () => {
  const files = [...sources(sourceDir)];
  assert.ok(files.length > 20, `expected the simulator's sources under ${sourceDir}`);
  const found = files
    .filter((path) => !isErrorsModule(path))
    .flatMap((path) => inlineTexts(readFileSync(path, 'utf8')).map((at) => `${relative(root, path)}:${at}`));
  assert.deepEqual(found, [], `Move these texts into packages/simulator/src/errors.ts:\n${found.join('\n')}`);
});
