// examples/crm-page, the template a user copies, as a user runs it: outside the repository, on the packed
// tarballs (not the workspace links), installed offline from the cache the repository's `npm ci` filled,
// its own Playwright tests in Debian's Chromium. A broken copy of it fails naming the cause.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromiumPath } from '../../scripts/chromium.js';
import { npmEnv, packPackages, root, scratchProject } from '../../scripts/packages.js';

const example = join(root, 'examples/crm-page');
const minutes = (n: number) => n * 60_000;
let work = '';
let app = '';

/** A port no one listens on, for the example's own server. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Runs the example's `npm test` (Playwright), answering its exit status and whole output. */
async function playwrightTest(): Promise<{ status: number | null; output: string }> {
  const result = spawnSync('npx', ['playwright', 'test', '--reporter=line'], {
    cwd: app,
    encoding: 'utf8',
    env: { ...npmEnv(), CHROMIUM_PATH: chromiumPath(), PORT: String(await freePort()), CI: '1' },
    timeout: minutes(4),
  });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}`,
  };
}

before(
  () => {
    work = realpathSync(mkdtempSync(join(tmpdir(), 'wwe-kit-example-')));
    assert.ok(!work.startsWith(root), `the scratch project ${work} would sit inside the repository`);
    app = join(work, 'crm-page');
    cpSync(example, app, { recursive: true, filter: (source) => !/[\\/](node_modules|test-results)$/.test(source) });
    mkdirSync(join(work, 'packs'));
    const project = scratchProject(app, packPackages(join(work, 'packs')), [
      '@playwright/test',
      '@types/node',
      'typescript',
    ]);
    assert.deepEqual(project.missing, [], "the repository's package-lock.json does not resolve these");
    // The example's own manifest, its registry ranges of @wwe-kit/* swapped for the tarballs.
    const own = JSON.parse(readFileSync(join(example, 'package.json'), 'utf8')) as Record<string, unknown>;
    const { dependencies } = project.packageJson;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ ...own, dependencies, devDependencies: undefined }, null, 2),
    );
    writeFileSync(
      join(app, 'package-lock.json'),
      JSON.stringify({ ...project.packageLock, name: own['name'] }, null, 2),
    );
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund'], {
      cwd: app,
      encoding: 'utf8',
      env: npmEnv(),
      timeout: minutes(3),
    });
    assert.equal(
      install.status,
      0,
      `npm install --offline of the tarballs failed:\n${install.stdout}${install.stderr}`,
    );
  },
  { timeout: minutes(5) },
);

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the example page passes its own two tests, on the packed @wwe-kit/testing', { timeout: minutes(5) }, async () => {
  // Its tests and config type-check strictly against the tarballs' types.
  const typecheck = spawnSync('npx', ['tsc', '-p', '.'], { cwd: app, encoding: 'utf8', env: npmEnv() });
  assert.equal(typecheck.status, 0, `tsc of the example failed:\n${typecheck.stdout}${typecheck.stderr}`);
  const { status, output } = await playwrightTest();
  assert.equal(status, 0, output);
  assert.match(output, /2 passed/);
});

test(
  'a copy whose option data does not accept the page fails, naming the option',
  { timeout: minutes(5) },
  async () => {
    const options = join(app, 'options.yaml');
    const good = readFileSync(options, 'utf8');
    writeFileSync(
      options,
      good.replace(/accepted-web-content-origins: .*/, 'accepted-web-content-origins: https://crm.example.com (*)'),
    );
    try {
      const { status, output } = await playwrightTest();
      assert.notEqual(status, 0, output);
      assert.match(output, /2 failed/);
      // The failure says why: the page's origin is not listed, and which option lists origins.
      assert.match(output, /is not listed in service-client-api\.accepted-web-content-origins/);
    } finally {
      writeFileSync(options, good);
    }
  },
);
