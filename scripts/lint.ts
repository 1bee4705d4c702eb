/** `npm run lint`: ESLint from its own install in tools/lint (see its package.json for why). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = `${root}tools/lint/node_modules/.bin/eslint`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!existsSync(eslint)) {
  console.log('Installing the linter into tools/lint…');
  const install = spawnSync(npm, ['ci', '--prefix', `${root}tools/lint`, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const result = spawnSync(eslint, ['--config', `${root}tools/lint/eslint.config.mjs`, '--max-warnings=0', ...process.argv.slice(2), root], { stdio: 'inherit' });
if (result.status === 0) console.log('lint: no problems');
process.exit(result.status ?? 1);
