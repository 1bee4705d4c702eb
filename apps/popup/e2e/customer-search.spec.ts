// The Customer search popup (CustomerSearch: React over the wwe-kit elements), opened by the shell
// with window.open from its workspace-level popup view: it looks a customer up, pops a Workspace
// toast through <wwe-toast-trigger>, and answers the toast's buttons. Then the same popup under
// option data that refuses what it asks.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, type Workspace } from '@wwe-kit/testing/playwright';
import { defaultOptions } from '../../shared/e2e/serve-apps.js';
import { test } from '../../shared/e2e/test.js';

/** Opens the popup from the shell's desktop button (workspace.view) and waits until its bridge is ready. */
async function openPopup(workspace: Workspace): Promise<Page> {
  const popup = (await workspace.view('CustomerSearch')) as Page;
  await expect(popup.locator('#bridge-state')).toHaveAttribute('data-state', 'ready');
  return popup;
}

/** Finds a customer, selects them, and pops the follow-up toast; answers the shell's toast. */
async function notifyAbout(page: Page, popup: Page, query: string, customerId: string) {
  await popup.locator('#search').fill(query);
  await popup.locator(`#results li[data-customer-id="${customerId}"] button`).click();
  await expect(popup.locator('#customer')).toHaveAttribute('data-customer-id', customerId);
  await popup.locator('#notify').click();
  await expect(popup.locator('#toast-answer')).toHaveAttribute('data-outcome', 'toast-shown');
  return page.locator('#toasts [data-toast]').last();
}

test.describe('the popup with every request allowed', () => {
  test('the bridge infers the shell as Workspace, from the opener', async ({ workspace }) => {
    const popup = await openPopup(workspace);
    await expect(popup.locator('#bridge-state')).toHaveText(`Connected to Workspace at ${workspace.origin}`);
  });

  test('"Call now" on the toast dials the customer through the bridge, with the CRM id attached', async ({
    workspace,
    page,
  }) => {
    const popup = await openPopup(workspace);
    const toast = await notifyAbout(page, popup, 'jackson', 'C-1001');
    await expect(toast).toContainText('Follow up: Mary Jackson');
    // Workspace shows the buttons [2]…[N] [1]: "Later", then "Call now" (index 0).
    await expect(toast.locator('button[data-toast-button]')).toHaveText(['Later', 'Call now']);
    await toast.locator('button[data-toast-button="0"]').click();
    await expect(popup.locator('#toast-answer')).toHaveAttribute('data-outcome', 'dialed');
    await expect(popup.locator('#toast-answer')).toHaveText(
      'Workspace is calling Mary Jackson on +442071234567, with CRM_CustomerId C-1001 attached.',
    );
    await expect(workspace.traffic).toHaveRequest('voice.dial', {
      from: 'CustomerSearch',
      parameters: ['+442071234567', { CRM_CustomerId: 'C-1001' }],
      outcome: 'answered',
    });
    await expect(page.locator('li[data-interaction]', { hasText: '+442071234567' })).toBeVisible();
    const userData = (await workspace.interactions()).map((interaction) => interaction.userData ?? {});
    expect(userData).toContainEqual(expect.objectContaining({ CRM_CustomerId: 'C-1001' }));
  });

  test('"Later" notes a follow-up in the popup, for the customer the toast was about', async ({ workspace, page }) => {
    const popup = await openPopup(workspace);
    const toast = await notifyAbout(page, popup, '+1 202', 'C-1002');
    // The selection moves on before the agent answers: the answer still concerns Grace Hopper.
    await popup.locator('#search').fill('turing');
    await popup.locator('#results li[data-customer-id="C-1003"] button').click();
    await toast.locator('button[data-toast-button="1"]').click();
    await expect(popup.locator('#follow-ups li[data-customer-id="C-1002"]')).toBeVisible();
    await expect(popup.locator('#toast-answer')).toHaveText('Follow-up noted: call Grace Hopper back later.');
  });

  test('a second toast takes the first one down: only the latest is answered', async ({ workspace, page }) => {
    const popup = await openPopup(workspace);
    await notifyAbout(page, popup, 'dijkstra', 'C-1005');
    await notifyAbout(page, popup, 'dijkstra', 'C-1005');
    await expect(page.locator('#toasts [data-toast]')).toHaveCount(1);
  });
});

// Opened without Workspace: no shell, so no workspace fixture; the apps' server is the worker's.
test('opened by hand, not by Workspace, the popup says so and how to open it', async ({ page, apps }) => {
  await page.goto(`${apps.appsOrigin}/popup/`);
  await expect(page.locator('#bridge-state')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('#bridge-state')).toHaveText(/not opened by Workspace.*Open it from Workspace/);
  await expect(page.locator('#notify')).toBeDisabled();
  // No toast-trigger to claim there is no <wwe-bridge> around it: the connection line says what is wrong.
  await expect(page.locator('wwe-toast-trigger')).toHaveCount(0);
});

/**
 * The default option file with the apps' origin accepted for `filter` only, written for the test
 * (in its output folder) and given as its `workspaceOptions`.
 */
function restrictedOptions(filter: string) {
  const accepted = /^(\s*service-client-api\.accepted-web-content-origins: \$\{APPS_ORIGIN\}) \([^)\n]*\)$/m;
  const defaults = readFileSync(defaultOptions, 'utf8');
  if (!accepted.test(defaults))
    throw new Error(`${defaultOptions} no longer accepts \${APPS_ORIGIN} with a filter: update restrictedOptions.`);
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  return async ({}, use: (path: string) => Promise<void>, testInfo: TestInfo) => {
    const path = testInfo.outputPath('options.yaml');
    writeFileSync(path, defaults.replace(accepted, `$1 (${filter})`));
    await use(path);
  };
}

test.describe('the popup when Workspace refuses voice.dial', () => {
  // Only system.* for the apps: the popup connects and pops toasts, and voice.dial is refused.
  test.use({ workspaceOptions: restrictedOptions('system.*') });

  test('"Call now" shows why Workspace refused the call and how to allow it, verbatim', async ({ workspace, page }) => {
    const popup = await openPopup(workspace);
    const toast = await notifyAbout(page, popup, 'jackson', 'C-1001');
    await toast.locator('button[data-toast-button="0"]').click();
    await expect(popup.locator('#toast-answer')).toHaveAttribute('data-outcome', 'dial-failed');
    const answer = popup.locator('#toast-answer');
    await expect(answer).toHaveText(
      /^Could not call Mary Jackson on \+442071234567: Not allowed: Request 'voice\.dial' refused: origin http:\/\/127\.0\.0\.1:\d+ is not allowed this request by its filter \(system\.\*\)/,
    );
    await expect(answer).toHaveText(/Allow it in service-client-api\.accepted-web-content-origins/);
    await expect(workspace.traffic).toHaveBeenRefused('voice.dial', { from: 'CustomerSearch' });
  });
});

test.describe('the popup when Workspace refuses system.popupToast', () => {
  test.use({ workspaceOptions: restrictedOptions('system.getAllowedServices, voice.*') });

  test('the notify button is disabled, and the toast-trigger says why', async ({ workspace }) => {
    const popup = await openPopup(workspace);
    await popup.locator('#search').fill('C-1002');
    await popup.locator('#results li[data-customer-id="C-1002"] button').click();
    await expect(popup.locator('wwe-toast-trigger [part="reason"]')).toHaveText(
      'This page may not call system.popupToast (service-client-api.accepted-web-content-origins).',
    );
    await expect(popup.locator('#notify')).toBeDisabled();
  });
});
