import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

// `npm start` refuses what it cannot use before starting anything, and says how to fix it.
const start = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/start.ts', '--no-open', ...args], {
    env: { ...process.env, CI: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

test('an option file that does not exist is named, with the fix', () => {
  const result = start(['--options', '/nonexistent/options.yaml']);
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /npm start: cannot read the option file \/nonexistent\/options\.yaml \(ENOENT.*\)\. Give --options or WWE_OPTIONS a YAML file that exists/,
  );
});

test('--options without a file, and a port that is not one, are refused with an example', () => {
  const missing = start(['--options']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--options needs a file, e\.g\. npm start -- --options my-options\.yaml/);
  const port = start([], { PORT: 'eighty' });
  assert.equal(port.status, 2);
  assert.match(port.stderr, /PORT=eighty is not a port; give a whole number from 0 to 65535/);
});
