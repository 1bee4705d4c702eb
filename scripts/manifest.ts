/**
 * `npm run manifest`: custom-elements.json from the elements' sources (@custom-elements-manifest/analyzer,
 * with its Lit plugin), and from it the JSX typings for React users and the VS Code HTML custom data.
 * `renderManifestFiles()` is also what the sync test compares with the committed files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as analyzer from '@custom-elements-manifest/analyzer';
// @ts-expect-error -- the analyzer ships its Lit plugin without typings
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { jsxTypings, vscodeCustomData, type Manifest } from './manifest-outputs.js';

// The analyzer's typings leave out `create` and its own TypeScript 5 (`ts`), which it needs: ours is TypeScript 7.
const { create, ts } = analyzer as unknown as {
  create(options: { modules: unknown[]; plugins: unknown[]; context: { dev: boolean } }): unknown;
  ts: { createSourceFile(name: string, text: string, target: number, setParents: boolean): unknown; ScriptTarget: { ES2022: number } };
};

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = join(root, 'packages/elements/src');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.styles.ts')) yield path;
  }
}

/** The manifest and the files derived from it, by path from the repository root. */
export function renderManifestFiles(): Record<string, string> {
  const modules = [...sources(sourceDir)].map((path) =>
    ts.createSourceFile(relative(root, path), readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true));
  const manifest = create({ modules, plugins: [...(litPlugin() as unknown[])], context: { dev: false } }) as Manifest;
  return {
    'custom-elements.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'packages/elements/jsx.d.ts': jsxTypings(manifest),
    'packages/elements/vscode.html-custom-data.json': `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, text] of Object.entries(renderManifestFiles())) {
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
