/**
 * `npm run manifest`: custom-elements.json from the elements' sources (@custom-elements-manifest/analyzer,
 * with its Lit plugin), and from it the JSX typings for React users and the VS Code HTML custom data.
 * The manifest is written twice: at the repository root (module paths from the root, the sources) for the
 * README and the repository's readers, and into @wwe-kit/elements, which publishes it (`customElements`),
 * with module paths from the package root to the JavaScript a user imports, as the schema asks.
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
  ts: {
    createSourceFile(name: string, text: string, target: number, setParents: boolean): unknown;
    ScriptTarget: { ES2022: number };
  };
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

/**
 * The published copy: `packages/elements/src/x.ts` becomes `dist/x.js`, the file the package ships and a
 * user imports (the schema's `path` is "the javascript file needed to be imported", from the package root).
 * The analyzer writes a define module's reference to its element as `/packages/elements/src/x.js`; spelled
 * `dist/x.js` too, a tool finds the tag's class by matching that reference to a module's path.
 * Specifiers relative to a module (`./agent-state/agent-state.js`) hold for dist as they do for src.
 */
const packageManifest = (json: string) => json.replace(/"\/?packages\/elements\/src\/([^"]+)\.[jt]s"/g, '"dist/$1.js"');

/**
 * The JSX typings import the element classes by the package's own name instead of `./src/x.js`. In a user's
 * project `./src/x.js` resolves to the shipped TypeScript source, which the user's compiler then checks with
 * the user's settings (our decorators need experimentalDecorators: errors in every project without it);
 * `@wwe-kit/elements` resolves to dist's .d.ts there, and to the sources here (the `source` condition).
 */
const importByPackageName = (typings: string) =>
  typings.replace(/ from '\.\/src\/[^']+\.js';/g, " from '@wwe-kit/elements';");

/** The manifest and the files derived from it, by path from the repository root. */
export function renderManifestFiles(): Record<string, string> {
  const modules = [...sources(sourceDir)].map((path) =>
    ts.createSourceFile(relative(root, path), readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...(litPlugin() as unknown[])], context: { dev: false } }) as Manifest;
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  return {
    'custom-elements.json': json,
    'packages/elements/custom-elements.json': packageManifest(json),
    'packages/elements/jsx.d.ts': importByPackageName(jsxTypings(manifest)),
    'packages/elements/vscode.html-custom-data.json': `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, text] of Object.entries(renderManifestFiles())) {
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
