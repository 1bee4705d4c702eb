// The release process, as far as it can run here: changesets reads every pending changeset
// against the published packages, and `npm publish --dry-run` of each package would publish a
// complete package. Nothing is published: the dry run stops before the registry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const published = ['protocol', 'bridge', 'host', 'simulator', 'elements'];

test('changesets reads the pending changesets; every one names published packages only', () => {
  const status = execFileSync(process.execPath, [`${root}node_modules/@changesets/cli/bin.js`, 'status', '--verbose'], { cwd: root, encoding: 'utf8' });
  for (const name of published) assert.match(status, new RegExp(`@wwe-kit/${name} `), `changesets should know @wwe-kit/${name}`);
  assert.doesNotMatch(status, /@wwe-kit\/(workspace|tab|popup|background)\b/, 'the private apps are never versioned');
});

for (const name of published) {
  test(`npm publish --dry-run @wwe-kit/${name}: dist, types, README, LICENSE and CHANGELOG, no tests`, () => {
    // The build ran before the node tests (npm test builds first); prepack would run it again.
    const output = execFileSync(npm, ['publish', '--dry-run', '--ignore-scripts', '--json'], {
      cwd: `${root}packages/${name}`, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(output) as { name: string; version: string; files: Array<{ path: string }> } | Record<string, { files: Array<{ path: string }> }>;
    const entry = 'files' in report ? report : Object.values(report)[0]!;
    const files = (entry.files as Array<{ path: string }>).map((file) => file.path);
    const { version } = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')) as { version: string };
    assert.match(version, /^\d+\.\d+\.\d+/);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts']) {
      assert.ok(files.includes(required), `@wwe-kit/${name} would publish without ${required}`);
    }
    assert.deepEqual(files.filter((file) => /(^|\/)test\/|\.test\.ts$/.test(file)), [], 'tests are not published');
  });
}
