/** `npm run lint`: ESLint from its own install in tools/lint (see its package.json for why), made by the root postinstall. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = `${root}tools/lint/node_modules/.bin/eslint`;
// `npm install` and `npm ci` install it (the root postinstall); a test run installs nothing.
if (!existsSync(eslint)) {
  console.error(
    'lint: ESLint is not installed in tools/lint. Run `npm install` (or `npm ci`) at the repository root: its postinstall installs it.',
  );
  process.exit(1);
}
const result = spawnSync(
  eslint,
  ['--config', `${root}tools/lint/eslint.config.mjs`, '--max-warnings=0', ...process.argv.slice(2), root],
  { stdio: 'inherit' },
);
if (result.status === 0) console.log('lint: no problems');
process.exit(result.status ?? 1);
