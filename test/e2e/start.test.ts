import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, test } from 'node:test';
import { legacyGlobal } from '../../scripts/bundles.js';
import { launchBrowser, openShellPage, optionFile, E2E_LIMIT } from './harness.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// `npm start -- --options <file>`: a user's option file adds two interaction-level tab views served by
// the user's own web server: one from an accepted origin, which loads and is answered; one from an
// origin the file does not accept, whose requests are refused and shown as refusals in the traffic log.

/** A user's existing page: the drop-in legacy script, one agent.get, the outcome printed. */
const userPage = `<!doctype html><meta charset="utf-8"><title>Notes</title>
<output id="agent">waiting for Workspace</output>
<script src="/wwe-service-client-api.js"></script>
<script>
  genesys.wwe.service.agent.get(
    (result) => { document.getElementById('agent').textContent = 'Agent: ' + result.data.firstname + ' ' + result.data.lastname; },
    (error) => { document.getElementById('agent').textContent = 'Refused: ' + error.errorMessage; });
  if (location.pathname === '/notes.html') {
    genesys.wwe.service.system.updateViewInApplicationMenuBar({ name: 'notes', label: 'Notes ready' });
    genesys.wwe.service.system.openDialog(location.origin + '/dialog.html', { label: 'Notes dialog', width: '300px', height: '120px' });
  }
</script>`;

let start: ChildProcess;
let userServer: Server;
let browser: Browser;
let shellOrigin = '';
let output = '';
/** The test's own shell page: each test gets a fresh Workspace (it lives in the page), so none relies on another. */
let context: BrowserContext | undefined;

/** Resolves once `npm start` printed its URLs (it listens by then); rejects if it exits first. */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Option data:')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing its URLs:\n${output}`)));
  });
}

/** A fresh shell page with the inbound call 1 ringing, the views of which this file is about. */
async function desktopWithCall(): Promise<Page> {
  const opened = await openShellPage(browser, shellOrigin);
  context = opened.context;
  await opened.page.locator('[data-scenario="inbound-call"]').click();
  await opened.page.locator('li[data-interaction="1"]').waitFor();
  return opened.page;
}

before(async () => {
  const legacy = await legacyGlobal();
  userServer = createHttpServer((request, response) => {
    response.setHeader('content-type', request.url === '/wwe-service-client-api.js' ? 'text/javascript' : 'text/html');
    response.end(request.url === '/wwe-service-client-api.js' ? legacy : userPage);
  });
  // Port 0 everywhere: the system picks free ports, and npm start prints the ones it got.
  await new Promise<void>((resolve) => userServer.listen(0, '127.0.0.1', resolve));
  const userPort = (userServer.address() as AddressInfo).port;
  const options = optionFile(`interaction-workspace:
  interaction.web-content: Notes,Stranger
  service-client-api.accepted-web-content-origins: http://127.0.0.1:${userPort} (agent.*, system.*)
Notes:
  label: Notes
  url: http://127.0.0.1:${userPort}/notes.html?agent=$Agent.UserName$&interaction=$Interaction.Id$
Stranger:
  label: Stranger
  url: http://localhost:${userPort}/stranger.html
`);
  start = spawn('npm', ['start', '--', '--options', options.path, '--no-open'], {
    env: { ...process.env, PORT: '0', APPS_PORT: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A generous limit for a real server start: only a broken start reaches it.
  let limit: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    limit = setTimeout(() => reject(new Error(`npm start did not print its URLs within 60 s:\n${output}`)), 60_000);
  });
  await Promise.race([started(start), tooLong]).finally(() => clearTimeout(limit));
  shellOrigin = /Workspace shell:\s+(http:\/\/localhost:\d+)\//.exec(output)?.[1] ?? '';
  assert.ok(shellOrigin, `no shell URL in:\n${output}`);
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

after(async () => {
  await browser?.close();
  if (start?.pid) process.kill(-start.pid, 'SIGTERM');
  userServer?.close();
});

test('npm start prints the shell, apps and option file it serves', () => {
  assert.match(output, /Workspace shell:\s+http:\/\/localhost:\d+\//);
  assert.match(output, /Web-content apps:\s+http:\/\/127\.0\.0\.1:\d+\/tab\//);
  assert.match(output, /Option data:\s+\S*wwe-kit-e2e-\S*options\.yaml/);
});

test("the user's extra view loads, with its url variables replaced, and the host answers it", async () => {
  const page = await desktopWithCall();
  await page.locator('[data-view-tab="Notes"]').click();
  const frame = page.frameLocator('iframe[data-section="Notes"][data-interaction="1"]');
  await frame
    .locator('#agent', { hasText: 'Agent: Ada Lovelace' })
    .waitFor({ timeout: E2E_LIMIT })
    .catch(async (error) => {
      throw new Error(`${error.message}: ${await frame.locator('#agent').textContent()}`);
    });
  const src = await page.locator('iframe[data-section="Notes"]').getAttribute('src');
  assert.match(src ?? '', /\/notes\.html\?agent=ada\.lovelace&interaction=1$/);
});

test("the view's menu-bar view and dialog appear in the shell, the dialog holding its page", async () => {
  const page = await desktopWithCall();
  // The Notes page asks for both once it loads.
  await page.locator('[data-view-tab="Notes"]').click();
  await page.locator('#menu-bar [data-menu-view="notes"]', { hasText: 'Notes ready' }).waitFor();
  const dialog = page.locator('#dialogs dialog[data-dialog]');
  await dialog.waitFor();
  assert.match((await dialog.locator('.dialog-head').textContent()) ?? '', /Notes dialog/);
  await page.frameLocator('#dialogs dialog iframe').locator('#agent', { hasText: 'Agent: Ada Lovelace' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('a fault injected from the scenario panel reaches the next view that asks', async () => {
  const page = await desktopWithCall();
  await page.click('[data-side-tab="scenarios"]');
  await page.fill('#fault-request', 'agent.get');
  await page.selectOption('#fault-kind', 'fail');
  await page.fill('#fault-value', 'Error: the directory is down.');
  await page.click('[data-scenario="fault-add"]');
  await page.locator('#faults [data-fault="agent.get"]').waitFor();
  await page.click('[data-scenario="inbound-call"]');
  await page.click('li[data-interaction="2"] .pick');
  await page.locator('[data-view-tab="Notes"]').click();
  await page
    .frameLocator('iframe[data-section="Notes"][data-interaction="2"]')
    .locator('#agent', { hasText: 'Refused: Error: the directory is down.' })
    .waitFor();
});

test('a view from an origin the option file does not accept is refused, and the traffic log shows it', async () => {
  const page = await desktopWithCall();
  // The accepted view asks first and is answered: the traffic log must show no refusal of it below.
  await page.locator('[data-view-tab="Notes"]').click();
  await page
    .frameLocator('iframe[data-section="Notes"][data-interaction="1"]')
    .locator('#agent', { hasText: 'Agent: Ada Lovelace' })
    .waitFor();
  await page.click('li[data-interaction="1"] .pick');
  await page.locator('[data-view-tab="Stranger"]').click();
  const frame = page.frameLocator('iframe[data-section="Stranger"][data-interaction="1"]');
  await frame.locator('#agent', { hasText: 'Refused:' }).waitFor({ timeout: E2E_LIMIT });
  assert.match((await frame.locator('#agent').textContent()) ?? '', /agent\.get.*http:\/\/localhost:\d+/);
  await page.selectOption('#inspector-kind', 'refusal');
  const refusal = page.locator('#inspector [data-row][data-kind="refusal"][data-section="Stranger"]').first();
  await refusal.waitFor();
  assert.match((await refusal.textContent())?.replace(/\s+/g, ' ') ?? '', /agent\.get.*refused/i);
  // Few refusals: every one is drawn, so none of Notes is among them.
  assert.equal(await page.locator('#inspector [data-row][data-kind="refusal"][data-section="Notes"]').count(), 0);
});
