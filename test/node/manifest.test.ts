import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderManifestFiles } from '../../scripts/manifest.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('custom-elements.json (the root one and the one @wwe-kit/elements publishes), the JSX typings and the VS Code data match the elements (run npm run manifest)', () => {
  const files = Object.entries(renderManifestFiles());
  assert.deepEqual(files.map(([path]) => path).sort(), [
    'custom-elements.json',
    'packages/elements/custom-elements.json',
    'packages/elements/jsx.d.ts',
    'packages/elements/vscode.html-custom-data.json',
  ]);
  for (const [path, fresh] of files) {
    assert.equal(readFileSync(`${root}${path}`, 'utf8'), fresh, `${path} is stale: run npm run manifest and commit it`);
  }
});

test("@wwe-kit/elements publishes its own manifest, whose module paths are the package's dist files", () => {
  const pkg = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8')) as {
    customElements: string;
    files: string[];
  };
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'), "custom-elements.json is not in the package's files");
  const text = readFileSync(`${root}packages/elements/custom-elements.json`, 'utf8');
  assert.doesNotMatch(text, /packages\/elements/, 'the published manifest names paths outside the package');
  const paths = [...text.matchAll(/"(?:path|module)": "(dist\/[^"]+)\.js"/g)].map((match) => match[1]!);
  assert.ok(paths.length > 20, 'the published manifest names no dist modules');
  // Each dist/x.js is built from src/x.ts; checking the source keeps this test independent of a build.
  for (const path of new Set(paths)) {
    assert.ok(existsSync(`${root}packages/elements/${path.replace(/^dist\//, 'src/')}.ts`), `${path}.js has no source`);
  }
});

test('the manifest describes every attribute, event, part, slot and CSS property the elements document', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as {
    modules: Array<{ declarations?: Array<Record<string, unknown[] | string | boolean | undefined>> }>;
  };
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration['customElement']);
  // Every element with a define entry, and nothing else (the internal base class is no element).
  const defined = readdirSync(`${root}packages/elements/src/define`)
    .map((file) => `wwe-${file.replace(/\.ts$/, '')}`)
    .sort();
  assert.ok(defined.length > 5, `only ${defined.join(', ')} defined: the loops below would check next to nothing`);
  assert.deepEqual(elements.map((element) => element['tagName']).sort(), defined);
  for (const element of elements) {
    for (const field of ['attributes', 'events', 'cssParts', 'cssProperties']) {
      assert.ok(
        (element[field] as unknown[] | undefined)?.length,
        `${String(element['tagName'])} documents no ${field}`,
      );
    }
    for (const field of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
      for (const entry of (element[field] as Array<{ name: string; description?: string }> | undefined) ?? []) {
        assert.ok(entry.description, `${String(element['tagName'])} ${field} '${entry.name}' has no description`);
      }
    }
  }
});

test('the JSX typings name props the way React 19 applies them to custom elements', () => {
  const typings = renderManifestFiles()['packages/elements/jsx.d.ts']!;
  // react-dom's setPropOnCustomElement listens to key.slice(2) for an `on…` function prop: the event name as is.
  assert.match(typings, /"onwwe-toast-button": \(event: WweEventOf<"wwe-toast-button">\) => void;/);
  assert.doesNotMatch(typings, /"onwwe[A-Z]/, 'a camel-cased handler would listen to an event no element fires');
  // A prop the element has as a property is assigned to it unconverted: typed as the property.
  assert.match(typings, /"buttons": WweToastTriggerElement\["buttons"\];/);
  // A dashed attribute name is no property: React sets the attribute, a string.
  assert.match(typings, /"icon-url": string;/);
  assert.match(typings, /"iconUrl": WweToastTriggerElement\["iconUrl"\];/);
});

test('the JSX typings type-check even with skipLibCheck off (with it on, a broken .d.ts silently types every prop any)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wwe-kit-jsx-'));
  try {
    const config = join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: `${root}tsconfig.base.json`,
        compilerOptions: { noEmit: true, skipLibCheck: false, types: [] },
        files: [`${root}packages/elements/jsx.d.ts`],
      }),
    );
    const result = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', config], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `tsc found errors in packages/elements/jsx.d.ts:\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
