// The release process, as far as it can run here: changesets reads every pending changeset
// against the published packages, and `npm publish --dry-run` of each package would publish a
// complete package. Nothing is published: the dry run stops before the registry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import getReleasePlan from '@changesets/get-release-plan';
import { published } from '../../scripts/packages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('changesets reads the pending changesets; every one names published packages only', async () => {
  // The library `changeset status` is built on, without its git step: status compares HEAD with
  // the base branch, which a fresh clone of another branch (or a detached CI checkout) lacks.
  const { releases, changesets } = await getReleasePlan(root);
  assert.ok(changesets.length > 0, 'there are pending changesets in .changeset/');
  // The private apps depend on the packages, so they appear in the plan, but with type 'none'.
  const bumped = releases.filter((release) => release.type !== 'none');
  const versioned = new Set(bumped.map((release) => release.name));
  for (const name of published)
    assert.ok(versioned.has(`@wwe-kit/${name}`), `changesets should version @wwe-kit/${name}`);
  const unpublished = bumped.filter((release) => !published.some((name) => release.name === `@wwe-kit/${name}`));
  assert.deepEqual(
    unpublished.map((release) => release.name),
    [],
    'the private apps are never versioned',
  );
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      assert.ok(
        published.some((name) => release.name === `@wwe-kit/${name}`),
        `${changeset.id} names ${release.name}, which is not published`,
      );
    }
  }
});

for (const name of published) {
  test(`npm publish --dry-run @wwe-kit/${name}: dist, types, README, LICENSE and CHANGELOG, no tests`, () => {
    // The build ran before the node tests (npm test builds first); prepack would run it again.
    const output = execFileSync(npm, ['publish', '--dry-run', '--ignore-scripts', '--json'], {
      cwd: `${root}packages/${name}`,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(output) as
      | { name: string; version: string; files: Array<{ path: string }> }
      | Record<string, { files: Array<{ path: string }> }>;
    const entry = 'files' in report ? report : Object.values(report)[0]!;
    const files = (entry.files as Array<{ path: string }>).map((file) => file.path);
    const { version } = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')) as { version: string };
    assert.match(version, /^\d+\.\d+\.\d+/);
    for (const required of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/index.js',
      'dist/index.d.ts',
    ]) {
      assert.ok(files.includes(required), `@wwe-kit/${name} would publish without ${required}`);
    }
    assert.deepEqual(
      files.filter((file) => /(^|\/)test\/|\.test\.ts$/.test(file)),
      [],
      'tests are not published',
    );
  });
}
