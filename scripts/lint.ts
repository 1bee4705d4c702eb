/**
 * `npm run lint`: ESLint from its own install in tools/lint (see its package.json for why), made by the root
 * postinstall; then Prettier's check of the whole repository (`npm run format` fixes what it finds).
 */
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
const linted = spawnSync(
  eslint,
  ['--config', `${root}tools/lint/eslint.config.mjs`, '--max-warnings=0', ...process.argv.slice(2), root],
  { stdio: 'inherit' },
);
const formatted = spawnSync(
  process.execPath,
  [`${root}node_modules/prettier/bin/prettier.cjs`, '--check', '--log-level=warn', root],
  { stdio: 'inherit' },
);
if (formatted.status !== 0) console.error('lint: files above are not formatted. Run `npm run format`.');
const ok = linted.status === 0 && formatted.status === 0;
if (ok) console.log('lint: no problems');
process.exit(ok ? 0 : 1);
