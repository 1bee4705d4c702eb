import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromiumPath } from '../../scripts/chromium.js';
import { chromiumFlags } from '../../scripts/chromium-flags.mjs';

// What `npm start` serves: a Workspace page on localhost running ServiceHost frames a web-content page on 127.0.0.1 that uses the bridge.
let server: ViteDevServer;
let browser: Browser;

before(async () => {
  server = await createServer({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    server: { port: 0, strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('npm start serves a page whose bridge talks to a real ServiceHost across origins', async () => {
  const address = server.httpServer?.address();
  assert.ok(address && typeof address === 'object');
  const page = await browser.newPage();
  await page.goto(`http://localhost:${address.port}/`);
  const frame = page.frameLocator('#page');
  await frame.locator('#host-origin', { hasText: `http://localhost:${address.port}` }).waitFor();
  await frame.locator('#get-agent').click();
  await frame.locator('#output li', { hasText: 'Lovelace' }).waitFor();
  await page.locator('#refuse-dial').check();
  await frame.locator('#dial').click();
  const refusal = await frame.locator('#output li.error').first().textContent();
  assert.match(refusal ?? '', /voice\.dial failed \(not-allowed\).*is not allowed this request by its filter \(agent\.\*, interaction\.\*\)/);
  await page.locator('#emit-state').click();
  await frame.locator('#output li', { hasText: 'agent event' }).waitFor();
});
