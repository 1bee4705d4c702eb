import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { buildCdn, cdnDir, readmePage, type CdnBuild } from '../../scripts/cdn.js';
import { startWorkspace, type WorkspaceServers } from '../../scripts/serve.js';
import { launchBrowser, openShellPage, optionFile, E2E_LIMIT } from './harness.js';

// "One script tag": README's plain-HTML example, served from a plain static server on its own origin
// beside the built packages/elements/cdn/ files, is a web-content view of the real shell and works:
// <wwe-agent-state> shows (and follows) the simulated agent's state, and <wwe-dial-pad> dials through
// Workspace. A second view loads three per-element entries instead, which share one Lit chunk.
// Both are interaction-level tab views: that mode may call agent.* and voice.*, where a workspace-level
// tab may only dial (and a background view is hidden, so nobody could type into its pad).

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

/** A page that wants fewer tags: one script per element, each importing the shared chunks. */
const partsPage = (hostOrigin: string) => `<!doctype html><meta charset="utf-8"><title>Parts</title>
<script type="module" src="./bridge.js"></script>
<script type="module" src="./agent-state.js"></script>
<script type="module" src="./dial-pad.js"></script>
<wwe-bridge host-origin="${hostOrigin}"><wwe-agent-state></wwe-agent-state><wwe-dial-pad></wwe-dial-pad></wwe-bridge>`;

const contentTypes: Record<string, string> = { js: 'text/javascript', map: 'application/json' };

let cdn: CdnBuild;
let pages: Server;
let servers: WorkspaceServers;
let browser: Browser;
let page: Page;
/** Every request the shell page and its views made, with the document that made it: each view loads per interaction. */
const requests: Array<{ readonly document: string; readonly path: string }> = [];
const consoleErrors: string[] = [];

before(async () => {
  // Built here, and written where the package publishes it, so that this test serves the files of the
  // current sources whether or not `npm run build` ran first (`npm test` runs it before the e2e tests).
  cdn = await buildCdn();
  pages = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://page.invalid').pathname.slice(1);
    if (path === 'readme.html' || path === 'parts.html') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(path === 'readme.html' ? readmePage(readme, servers.shellOrigin) : partsPage(servers.shellOrigin));
    } else if (cdn.files.has(path)) {
      // Only the names the build reported, read back from disk: what a static server of cdn/ would serve.
      response.setHeader('content-type', contentTypes[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
      response.end(readFileSync(join(cdnDir, path)));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  // 127.0.0.1, apart from the shell's localhost: the page is a real other origin, as on a CDN.
  const pageOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  const options = optionFile(`interaction-workspace:
  interaction.web-content: Kit,KitParts
  service-client-api.accepted-web-content-origins: ${pageOrigin} (agent.*, voice.*, configuration.*)
  expression.phone-number.supported-characters: 0123456789+*#
Kit:
  label: Kit
  url: ${pageOrigin}/readme.html
  mode: tab
KitParts:
  label: Kit parts
  url: ${pageOrigin}/parts.html?interaction=$Interaction.Id$
  mode: tab
`);
  servers = await startWorkspace({ port: 0, appsPort: 0, logLevel: 'silent', optionsPath: options.path });
  browser = await launchBrowser();
  ({ page } = await openShellPage(browser, servers.shellOrigin));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) =>
    requests.push({ document: request.frame().url(), path: new URL(request.url()).pathname.slice(1) }),
  );
  await page.locator('[data-scenario="inbound-call"]').click();
  await page.locator('li[data-interaction="1"]').waitFor();
});

after(async () => {
  await browser?.close();
  await servers?.close();
  pages?.close();
});

const view = (section: string): FrameLocator =>
  page.frameLocator(`iframe[data-section="${section}"][data-interaction="1"]`);

/** Opens a view's tab and waits until its bridge is ready; says what the page logged if it never is. */
async function openView(section: string): Promise<FrameLocator> {
  await page.locator('li[data-interaction="1"] .pick').click();
  await page.locator(`[data-view-tab="${section}"]`).click();
  const frame = view(section);
  await frame
    .locator('wwe-bridge[state="ready"]')
    .waitFor({ timeout: E2E_LIMIT })
    .catch((error: Error) => {
      throw new Error(
        `${error.message}\nrequested: ${requests.map((request) => request.path).join(' ')}\nconsole errors: ${consoleErrors.join('; ') || 'none'}`,
      );
    });
  return frame;
}

/** Reads the shell's live simulator (`window.wweShell.simulator`) in the shell page. */
const simulator = <T>(read: string) =>
  page.evaluate<T>(`(() => { const simulator = window.wweShell.simulator; return ${read}; })()`);
const agentState = () => simulator<string>('simulator.agent.state().displayName');

/** Exactly this text ("Ready" is inside "Not Ready"). */
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test("README's one-script-tag page shows the agent's state from Workspace, and follows a change", async () => {
  const frame = await openView('Kit');
  const name = frame.locator('wwe-agent-state [part="name"]');
  const before = await agentState();
  await name.filter({ hasText: exactly(before) }).waitFor();
  await page.selectOption('#agent-state', 'Ready');
  const now = await agentState();
  assert.notEqual(now, before, 'the shell did not change the agent state');
  await name.filter({ hasText: exactly(now) }).waitFor();
});

test("README's page dials from <wwe-dial-pad>, and the call reaches Workspace with the pad's user-data", async () => {
  const pad = (await openView('Kit')).locator('wwe-dial-pad');
  await pad.locator('[part="input"]').fill('5550100');
  await pad.locator('[part="dial"]').click();
  const dialed = `simulator.interactions.list().find((record) => record.interaction.dnis === '5550100')`;
  await page.waitForFunction(
    `(() => { const simulator = window.wweShell.simulator; return ${dialed} !== undefined; })()`,
    undefined,
    { timeout: E2E_LIMIT },
  );
  const userData = await simulator<Record<string, unknown>>(`${dialed}.interaction.userData`);
  // README's pad carries user-data='{"Origin":"CRM"}': the call attaches it (beside Workspace's own keys).
  assert.equal(userData['Origin'], 'CRM', JSON.stringify(userData));
});

test('per-element entries on one page work together and load the shared Lit chunk once', async () => {
  const frame = await openView('KitParts');
  await frame
    .locator('wwe-agent-state [part="name"]')
    .filter({ hasText: exactly(await agentState()) })
    .waitFor();
  await frame.locator('wwe-dial-pad [part="dial"]').waitFor();
  const loaded = requests
    .filter((request) => request.document.endsWith('/parts.html?interaction=1'))
    .map((request) => request.path);
  for (const entry of ['bridge.js', 'agent-state.js', 'dial-pad.js'])
    assert.equal(loaded.filter((path) => path === entry).length, 1, `${entry} in ${loaded.join(' ')}`);
  // Three entries import it; the page fetched it once, and no entry carries a copy of its own.
  assert.equal(
    loaded.filter((path) => path === cdn.shared.path).length,
    1,
    `${cdn.shared.path} in ${loaded.join(' ')}`,
  );
});
