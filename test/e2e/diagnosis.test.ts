import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startWorkspace, defaultOptionsPath, type WorkspaceServers } from '../../scripts/serve.js';
import { E2E_LIMIT, launchBrowser, optionFile } from './harness.js';

// The Views panel says why a view went wrong: a page built for another Workspace origin posts into the
// void (the host never hears it), and a page whose origin the option data does not accept is refused.

/** How long a loaded view may stay silent before the shell diagnoses it, in these tests. */
const QUIET_MS = 1000;

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Opens the shell of `servers` with a short quiet period and shows its Views panel. */
async function openViews(servers: WorkspaceServers): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${servers.shellOrigin}/?diagnose-after=${QUIET_MS}`);
  await page.waitForFunction('"wweShell" in window', undefined, { timeout: E2E_LIMIT });
  await page.click('[data-side-tab="views"]');
  return page;
}

const causesOf = (page: Page, section: string) =>
  page.locator(`[data-diagnosis-view="${section}"] .causes li`).allTextContents();

test('a page pinned to another Workspace origin is reported silent, the pinned origin its first likely cause', async () => {
  const servers = await startWorkspace({
    port: 0,
    appsPort: 0,
    logLevel: 'silent',
    pinnedWorkspaceOrigin: 'http://localhost:1',
  });
  try {
    const page = await openViews(servers);
    const card = page.locator('[data-diagnosis-view="CallerLookup"][data-health="silent"]');
    await card.waitFor({ timeout: E2E_LIMIT });
    const causes = await causesOf(page, 'CallerLookup');
    assert.match(causes[0]!, /may pin another Workspace origin/);
    assert.ok(causes[0]!.includes(`WWE_ORIGIN=${servers.shellOrigin}`), causes[0]!);
    assert.match(causes[1]!, /no client library/);
    // The host did its part: the view loaded and was sent its frame id; nothing ever came back.
    const seen = await page.evaluate<{ loadedAt?: number; announcedAt?: number; received: number }>(`(() => {
      const shell = window.wweShell;
      const frame = shell.views.views.find((view) => view.spec.section === 'CallerLookup').frame;
      return shell.watch.evidence.of(frame.frameId);
    })()`);
    assert.equal(typeof seen.loadedAt, 'number');
    assert.equal(typeof seen.announcedAt, 'number');
    assert.equal(seen.received, 0);
    await page.close();
  } finally {
    await servers.close();
  }
});

test('a page whose origin the option data does not accept is reported refused, with the option to change', async () => {
  const text = readFileSync(defaultOptionsPath, 'utf8').replace(
    /service-client-api\.accepted-web-content-origins: .*/,
    'service-client-api.accepted-web-content-origins: https://crm.example.com',
  );
  const file = optionFile(text);
  const servers = await startWorkspace({ port: 0, appsPort: 0, logLevel: 'silent', optionsPath: file.path });
  try {
    const page = await openViews(servers);
    await page.locator('[data-diagnosis-view="CallerLookup"][data-health="refused"]').waitFor({ timeout: E2E_LIMIT });
    const [first, last] = await causesOf(page, 'CallerLookup');
    assert.equal(
      first,
      `The page's origin ${servers.appsOrigin} is not listed in service-client-api.accepted-web-content-origins, so Workspace refuses everything it asks. Add it in the interaction-workspace section, e.g. "${servers.appsOrigin} (agent.*, interaction.*)".`,
    );
    assert.match(last!, /^Last refusal: Request '[a-zA-Z.]+' refused: origin http:\/\/127\.0\.0\.1:\d+ is not listed/);
    await page.close();
  } finally {
    await servers.close();
  }
});
