// What each published package says about itself and what its tarball holds: the metadata npm and the
// registry show, the LICENSE and README, exports that point at shipped files, exact internal versions.
// The tarball listings need the build (npm test builds first); nothing is packed to disk here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { npmEnv, published, root } from '../../scripts/packages.js';

interface Manifest {
  name: string;
  version: string;
  description?: string;
  license?: string;
  author?: string;
  homepage?: string;
  keywords?: string[];
  type?: string;
  private?: boolean;
  files?: string[];
  customElements?: string;
  bugs?: { url?: string };
  repository?: { type?: string; url?: string; directory?: string };
  sideEffects?: boolean | string[];
  publishConfig?: { access?: string };
  scripts?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
}

const manifest = (name: string) =>
  JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest;
const text = (path: string) => readFileSync(join(root, path), 'utf8');
/** Every file an `exports` entry points at (conditions flattened; `source` is the repository's own). */
const exportTargets = (pkg: Manifest) =>
  Object.values(pkg.exports ?? {}).flatMap((target) =>
    typeof target === 'string'
      ? [target]
      : Object.entries(target)
          .filter(([condition]) => condition !== 'source')
          .map(([, path]) => path),
  );

/** The files `npm pack` would put in the tarball, without running prepack (the build ran before). */
function packedFiles(name: string): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(root, 'packages', name),
    encoding: 'utf8',
    env: npmEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return (JSON.parse(output) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
}

test('the root LICENSE is MIT for the wwe-kit contributors, and every package ships the same text', () => {
  const license = text('LICENSE');
  assert.match(license, /^MIT License\n\nCopyright \(c\) 2026 wwe-kit contributors\n/);
  for (const name of published)
    assert.equal(text(`packages/${name}/LICENSE`), license, `packages/${name}/LICENSE differs from the root LICENSE`);
});

for (const name of published) {
  test(`@wwe-kit/${name}: the metadata npm shows, and a prepack that builds it`, () => {
    const pkg = manifest(name);
    assert.equal(pkg.name, `@wwe-kit/${name}`);
    assert.ok(!pkg.private, 'a published package is not private');
    assert.deepEqual(pkg.repository, {
      type: 'git',
      url: 'git+https://github.com/wwe-kit/wwe-kit.git',
      directory: `packages/${name}`,
    });
    assert.equal(pkg.homepage, `https://github.com/wwe-kit/wwe-kit/tree/main/packages/${name}#readme`);
    assert.equal(pkg.bugs?.url, 'https://github.com/wwe-kit/wwe-kit/issues');
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.author, 'wwe-kit contributors');
    assert.ok(pkg.description && pkg.keywords?.length, 'description and keywords');
    assert.equal(pkg.type, 'module');
    assert.ok(pkg.sideEffects !== undefined, 'sideEffects, for the bundlers that tree-shake it');
    assert.equal(pkg.publishConfig?.access, 'public', 'a scoped package is published public');
    // From a clean checkout dist does not exist: npm pack and npm publish build it first.
    assert.equal(pkg.scripts?.['prepack'], 'node --conditions=source --import tsx ../../scripts/build.ts');
    assert.ok(existsSync(join(root, 'scripts/build.ts')));
    for (const file of ['dist', 'CHANGELOG.md']) assert.ok(pkg.files?.includes(file), `files lacks ${file}`);
  });

  test(`@wwe-kit/${name}: exports point at shipped files, with types; internal dependencies are exact`, () => {
    const pkg = manifest(name);
    for (const target of exportTargets(pkg)) {
      const top = target.replace(/^\.\//, '').split('/')[0]!;
      assert.ok(top === 'package.json' || pkg.files?.includes(top), `exports names ${target}, which files leaves out`);
    }
    for (const [path, target] of Object.entries(pkg.exports ?? {})) {
      // The CDN files are scripts for <script type="module">: no import, no typings.
      if (path === './cdn/*' || path === './package.json' || path.endsWith('.json')) continue;
      assert.ok(typeof target === 'object' && target['types'], `exports['${path}'] has no types`);
    }
    for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
      if (!dependency.startsWith('@wwe-kit/')) continue;
      assert.equal(
        range,
        manifest(dependency.slice('@wwe-kit/'.length)).version,
        `${dependency} should be the exact version of the workspace package`,
      );
    }
  });

  test(`@wwe-kit/${name}: a README with what it is, how to install it, an example and the root README`, () => {
    const readme = text(`packages/${name}/README.md`);
    assert.match(readme, new RegExp(`^# @wwe-kit/${name}\\n`));
    assert.match(readme, new RegExp(`## Install\\n+\`\`\`sh\\nnpm install @wwe-kit/${name}\\b`));
    assert.ok(readme.includes('https://github.com/wwe-kit/wwe-kit#readme'), "the README links the repository's README");
    // The example is type-checked against the tarball by consumer.test.ts.
    const example = /## Install[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.match(
      example,
      new RegExp(`from '@wwe-kit/${name}|import '@wwe-kit/${name}/`),
      'the example uses the package',
    );
    assert.ok(example.split('\n').length <= 16, 'the example stays short');
  });

  test(`@wwe-kit/${name}: the tarball holds dist with its .d.ts, README, LICENSE and no tests`, () => {
    assert.ok(existsSync(join(root, 'packages', name, 'dist/index.js')), 'no dist: run npm run build first');
    const files = packedFiles(name);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
      assert.ok(files.includes(required), `the tarball lacks ${required}`);
    }
    assert.deepEqual(
      files.filter((file) => /(^|\/)test\/|\.test\.ts$|\.tsbuildinfo$|^tsconfig/.test(file)),
      [],
      'tests and build settings stay out',
    );
    for (const target of exportTargets(manifest(name)).filter((path) => !path.includes('*'))) {
      assert.ok(files.includes(target.replace(/^\.\//, '')), `exports names ${target}, which the tarball lacks`);
    }
  });
}

test('@wwe-kit/bridge ships the ESM bundle and the drop-in script under both names', () => {
  const files = packedFiles('bridge');
  for (const file of ['dist/wwe-kit-bridge.js', 'dist/wwe-service-client-api.js', 'dist/wws-service-client-api.js']) {
    assert.ok(files.includes(file), `the tarball lacks ${file}`);
  }
});

test('@wwe-kit/elements ships its manifest, JSX typings, VS Code data and the CDN build', () => {
  const pkg = manifest('elements');
  assert.equal(pkg.customElements, 'custom-elements.json', 'customElements points inside the package');
  assert.deepEqual(pkg.exports?.['./cdn/*'], './cdn/*');
  assert.ok(
    Array.isArray(pkg.sideEffects) && pkg.sideEffects.includes('./cdn/*.js'),
    'the CDN scripts define tags: side effects',
  );
  const files = packedFiles('elements');
  for (const file of ['custom-elements.json', 'jsx.d.ts', 'vscode.html-custom-data.json', 'cdn/wwe-kit.js']) {
    assert.ok(files.includes(file), `the tarball lacks ${file}`);
  }
  for (const define of ['bridge', 'agent-state', 'dial-pad', 'toast-trigger', 'outbound-preview', 'record-fields']) {
    assert.ok(
      files.includes(`dist/define/${define}.js`) && files.includes(`dist/define/${define}.d.ts`),
      `the tarball lacks define/${define}`,
    );
    assert.ok(files.includes(`cdn/${define}.js`), `the tarball lacks cdn/${define}.js`);
  }
  // In a user's project, a relative import of ./src would make their compiler check our sources.
  assert.doesNotMatch(
    text('packages/elements/jsx.d.ts'),
    /from '\.\//,
    'jsx.d.ts imports files by path, not from the package',
  );
});
