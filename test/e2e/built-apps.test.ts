import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { buildApps } from '../../scripts/build-apps.js';
import { openShell, optionFile, viewListening, type ShellSession } from './harness.js';

// What `npm run build` makes, deployed: the production bundles served as plain static files from their own
// origin, pinned to the shell's origin with WWE_ORIGIN, configured with the option values README gives.

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let session: ShellSession;
let server: Server;
let outDir: string;

/** The option data README's "Deploy to a real Workspace" gives, with the example server replaced by ours. */
function deployOptions(origin: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Deploy to a real Workspace'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, 'README has a yaml block under "Deploy to a real Workspace"');
  const indent = /^ */.exec(yaml)![0].length;
  return yaml
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n')
    .replaceAll('https://apps.example.com/wwe-kit', origin)
    .replaceAll('https://apps.example.com', origin);
}

function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

before(async () => {
  const options = optionFile();
  // The shell starts first: its origin is what the build pins.
  session = await openShell({ optionsPath: options.path });
  outDir = mkdtempSync(join(tmpdir(), 'wwe-kit-dist-'));
  await buildApps(outDir, session.servers.shellOrigin);
  let origin: string;
  ({ server, origin } = await serveStatic(outDir));
  options.write(deployOptions(origin));
  await session.page.reload();
  await session.page.waitForFunction('"wweShell" in window');
  await viewListening(session, 'CallerLookup');
});

after(async () => {
  await session?.close();
  server?.close();
});

test('the build pins the Workspace origin into the bundles and has no dev-server code', () => {
  const scripts = readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(outDir, 'assets', file), 'utf8'));
  assert.ok(
    scripts.some((code) => code.includes(session.servers.shellOrigin)),
    'WWE_ORIGIN is in a bundle',
  );
  assert.ok(scripts.every((code) => !code.includes('/@vite/client') && !code.includes('import.meta.env')));
  assert.match(readFileSync(join(outDir, 'tab/index.html'), 'utf8'), /src="\.\.\/assets\/[^"]+\.js"/);
  assert.match(readFileSync(join(outDir, 'wwe-service-client-api.js'), 'utf8'), /genesys/);
});

test('deployed as static files, the three views work in the shell with the README option values', async () => {
  const { page } = session;
  await page.fill('#scenario-ani', '+12025550143');
  await page.click('[data-scenario="inbound-call"]');
  await page.locator('#toasts [data-toast]', { hasText: 'Grace Hopper' }).waitFor();
  await session.view('CustomerTab', '1').locator('#caller', { hasText: 'Grace Hopper' }).waitFor();
  await session.view('CustomerTab', '1').locator('#user-data tr[data-key="CRM_Tier"]', { hasText: 'Silver' }).waitFor();

  const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('[data-open-popup="CustomerSearch"]')]);
  await popup.locator('#bridge-state[data-state="ready"]').waitFor();
  await popup.fill('#search', 'Alan');
  await popup.locator('#results li[data-customer-id="C-1003"] button').click();
  await popup.click('#notify');
  await page.locator('#toasts [data-toast]', { hasText: 'Alan Turing' }).waitFor();
  // The inspector, filtered to refusals, counts none.
  await page.selectOption('#inspector-kind', 'refusal');
  const count = page.locator('#inspector-count[data-filter-kind="refusal"]');
  await count.waitFor();
  assert.equal(await count.getAttribute('data-shown'), '0');
});
