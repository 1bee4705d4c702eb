// A user's project, outside the repository: it installs the packed tarballs (not the workspace links),
// type-checks strict TypeScript against them (the bridge, the JSX typings, every README's example) and
// builds a page with Vite. Offline: npm takes every package from the cache the repository's `npm ci` filled.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { npmEnv, packPackages, published, root, scratchProject } from '../../scripts/packages.js';

// The user's own tools, at the versions the repository's lockfile resolves (so npm's cache holds them).
const tools = ['lit', 'typescript', 'vite', '@types/react', '@playwright/test', '@types/node'];
const minutes = (n: number) => n * 60_000;
let work = '';
let app = '';

/** Runs a command in the scratch project; fails the test with its whole output. */
function run(command: string, args: string[], what: string, hint = '') {
  const result = spawnSync(command, args, { cwd: app, encoding: 'utf8', env: npmEnv(), timeout: minutes(3) });
  assert.equal(
    result.status,
    0,
    `${what} failed (${command} ${args.join(' ')}):\n${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}${hint}`,
  );
  return result.stdout;
}
const write = (path: string, text: string) => {
  mkdirSync(join(app, path, '..'), { recursive: true });
  writeFileSync(join(app, path), text);
};

before(
  () => {
    for (const name of published) {
      assert.ok(
        existsSync(join(root, 'packages', name, 'dist/index.d.ts')),
        `packages/${name}/dist is missing: run npm run build first`,
      );
    }
    // Outside the repository, so that no node_modules of the repository is on any lookup path.
    work = realpathSync(mkdtempSync(join(tmpdir(), 'wwe-kit-consumer-')));
    assert.ok(!work.startsWith(root), `the scratch project ${work} would sit inside the repository`);
    app = join(work, 'app');
    mkdirSync(join(work, 'packs'), { recursive: true });
    const tarballs = packPackages(join(work, 'packs'));
    const project = scratchProject(app, tarballs, tools);
    assert.deepEqual(
      project.missing,
      [],
      "the repository's package-lock.json does not resolve these: run npm install at the root",
    );
    write('package.json', `${JSON.stringify(project.packageJson, null, 2)}\n`);
    write('package-lock.json', `${JSON.stringify(project.packageLock, null, 2)}\n`);
    // The lockfile pins every registry package to what the repository resolves, with its integrity:
    // npm's cache holds those tarballs but not the registry's metadata, without which a lockfile-less
    // `npm install --offline` cannot resolve even `lit`.
    run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund'],
      'npm install --offline of the tarballs',
      "\nA package npm could not find in its cache was not installed by the repository's `npm ci`: run `npm ci` at the repository root (online, once) to fill the cache, then run this test again.",
    );
  },
  { timeout: minutes(4) },
);

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the project installs the tarballs as real folders and never resolves into the repository', () => {
  for (const name of published) {
    const folder = join(app, 'node_modules/@wwe-kit', name);
    assert.ok(
      lstatSync(folder).isDirectory() && !lstatSync(folder).isSymbolicLink(),
      `node_modules/@wwe-kit/${name} should be an installed folder, not a link`,
    );
    assert.ok(
      existsSync(join(folder, 'LICENSE')) && existsSync(join(folder, 'README.md')),
      `@wwe-kit/${name} ships without its LICENSE or README`,
    );
  }
  const specifiers = [
    '@wwe-kit/protocol',
    '@wwe-kit/bridge',
    '@wwe-kit/host',
    '@wwe-kit/simulator',
    '@wwe-kit/elements',
    '@wwe-kit/elements/define/bridge',
    '@wwe-kit/bridge/bundle',
    'lit',
    '@lit/context',
    'yaml',
    'jose',
  ];
  // Resolved by Node from the project, as the user's code would. (The packages' own imports are
  // checked by the tsc and Vite tests below, through the files each one reads.)
  const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s));`;
  const resolved = run(process.execPath, ['--input-type=module', '-e', script], 'resolving from the project')
    .trim()
    .split('\n');
  assert.equal(resolved.length, specifiers.length);
  for (const url of resolved)
    assert.ok(url.startsWith(`file://${app}/node_modules/`), `${url} is not the project's own install`);
});

test(
  "strict TypeScript type-checks the bridge, the JSX typings and the READMEs' examples against the tarballs",
  { timeout: minutes(2) },
  () => {
    write(
      'tsconfig.json',
      JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            noEmit: true,
            skipLibCheck: false,
            types: [],
            verbatimModuleSyntax: true,
            isolatedModules: true,
            noUncheckedIndexedAccess: true,
          },
          include: ['src'],
        },
        null,
        2,
      ),
    );
    write(
      'src/bridge.ts',
      `import { ServiceClient, ServiceClientError, type RequestResult } from '@wwe-kit/bridge';

export async function agentState(hostOrigin: string): Promise<string> {
  const client = new ServiceClient({ hostOrigin, timeout: 5000 });
  try {
    const state: RequestResult<'agent.getState'> = await client.request('agent.getState');
    const same = await client.agent.getState();
    await client.voice.dial('5001');
    // @ts-expect-error -- no such request in the catalogue: request() is typed, not any
    await client.request('agent.noSuchRequest');
    // @ts-expect-error -- voice.dial takes a string destination
    await client.voice.dial(5001);
    const off = client.on('agent', (event) => console.log(event.eventType));
    off();
    return \`\${state.type} \${same.displayName}\`;
  } catch (error) {
    if (error instanceof ServiceClientError) return error.code;
    throw error;
  } finally {
    client.dispose();
  }
}
`,
    );
    write(
      'src/elements.ts',
      `import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/agent-state';
import type { WweAgentStateElement, WweBridgeElement } from '@wwe-kit/elements';

const bridge: WweBridgeElement = document.createElement('wwe-bridge');
const state: WweAgentStateElement = document.createElement('wwe-agent-state');
state.media = 'voice';
bridge.append(state);
`,
    );
    write(
      'src/agent-bar.tsx',
      `import type {} from '@wwe-kit/elements/jsx';

export const AgentBar = () => (
  <wwe-bridge host-origin="https://wwe.example.com" timeout={5000}>
    <wwe-agent-state media="voice" onwwe-state-change={(event) => console.log(event.detail.operationName)} />
  </wwe-bridge>
);
// @ts-expect-error -- media is a string: the typings are real, not any
export const Wrong = () => <wwe-agent-state media={42} />;
`,
    );
    // Each package README's example, as a user would paste it.
    for (const name of published) {
      const readme = readFileSync(join(app, 'node_modules/@wwe-kit', name, 'README.md'), 'utf8');
      const example = /## Install[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
      assert.ok(example, `@wwe-kit/${name}'s README has no \`\`\`ts example after its ## Install heading`);
      // @wwe-kit/testing's example is a Playwright test, which runs in Node: Node's types, as a Playwright project has.
      const node = name === 'testing' ? '/// <reference types="node" />\n' : '';
      write(`src/readme-${name}.ts`, `${node}${example}export {};\n`);
    }
    const files = run(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', '.', '--listFilesOnly'],
      "listing tsc's files",
    )
      .trim()
      .split('\n');
    assert.deepEqual(
      files.filter((file) => !file.startsWith(app)),
      [],
      'tsc read files from outside the project',
    );
    // A shipped .ts source in the program would be checked with the user's settings, not ours.
    assert.deepEqual(
      files.filter((file) => /node_modules\/@wwe-kit\/.*\.tsx?$/.test(file) && !file.endsWith('.d.ts')),
      [],
      "tsc read a package's sources instead of its .d.ts",
    );
    run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], "tsc --strict on the consumer's files");
  },
);

test(
  'Vite builds a page with <wwe-bridge> and <wwe-agent-state> from the installed packages',
  { timeout: minutes(2) },
  () => {
    write(
      'index.html',
      `<!doctype html>
<script type="module" src="./main.js"></script>
<wwe-bridge host-origin="https://wwe.example.com"><wwe-agent-state></wwe-agent-state></wwe-bridge>
`,
    );
    write('main.js', "import '@wwe-kit/elements/define/bridge';\nimport '@wwe-kit/elements/define/agent-state';\n");
    // Records every module the bundle holds, to show none comes from the repository.
    write(
      'vite.config.js',
      `import { writeFileSync } from 'node:fs';
export default { logLevel: 'warn', plugins: [{ name: 'record-modules', generateBundle(_, bundle) {
  writeFileSync('modules.json', JSON.stringify(Object.values(bundle).flatMap((chunk) => chunk.moduleIds ?? [])));
} }] };
`,
    );
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], 'vite build');
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
    assert.match(html, /<wwe-bridge host-origin="https:\/\/wwe.example.com"><wwe-agent-state>/);
    const scripts = readdirSync(join(app, 'dist/assets')).filter((file) => file.endsWith('.js'));
    assert.equal(scripts.length, 1, `one script expected, got ${scripts.join(', ')}`);
    const bundle = readFileSync(join(app, 'dist/assets', scripts[0]!), 'utf8');
    for (const tag of ['wwe-bridge', 'wwe-agent-state'])
      assert.match(bundle, new RegExp(`["'\`]${tag}["'\`]`), `the bundle does not define <${tag}>`);
    const modules = JSON.parse(readFileSync(join(app, 'modules.json'), 'utf8')) as string[];
    assert.ok(
      modules.some((id) => id.includes('/node_modules/@wwe-kit/elements/dist/define/agent-state.js')),
      'the bundle holds no elements module',
    );
    assert.deepEqual(
      modules.filter((id) => id.startsWith(root)),
      [],
      'the bundle holds modules of the repository',
    );
  },
);
