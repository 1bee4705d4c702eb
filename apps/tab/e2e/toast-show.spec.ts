// A toast with Show and Dismiss (buttonShowDismiss, 002:1693): Show brings the view that popped it up
// forward, Dismiss only closes it. The toast is the Customer tab's own, popped from inside that view
// through its real bridge, across origins; the agent clicks the desk's buttons.
import type { Frame } from '@playwright/test';
import { expect } from '@wwe-kit/testing/playwright';
import { test } from '../../shared/e2e/test.js';

test("Show selects the owner view's tab; Dismiss only closes the toast", async ({ workspace, page }) => {
  const id = await workspace.scenario.inboundCall('+15550000000');
  const tab = (await workspace.view('CustomerTab', { interaction: id })) as Frame;
  await tab.locator('wwe-bridge[state="ready"]').waitFor({ state: 'attached' });
  const popToast = (title: string) =>
    tab.locator('wwe-bridge').evaluate(async (bridge, text) => {
      const client = (
        bridge as unknown as { client: { request(name: string, parameters: unknown[]): Promise<unknown> } }
      ).client;
      return client.request('system.popupToast', [{ title: text, buttonShowDismiss: true }]);
    }, title);

  // The agent looks at the details; the Customer tab is not shown.
  await page.click('[data-view-tab="details"]');
  await expect(page.locator('[data-view-tab="details"]')).toHaveAttribute('aria-selected', 'true');

  const dismissed = await popToast('Dismiss me');
  const dismissToast = page.locator(`#toasts [data-toast="${String(dismissed)}"]`);
  await dismissToast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dismissToast).toHaveCount(0);
  await expect(page.locator('[data-view-tab="details"]')).toHaveAttribute('aria-selected', 'true');

  const shown = await popToast('Show me');
  const showToast = page.locator(`#toasts [data-toast="${String(shown)}"]`);
  await showToast.getByRole('button', { name: 'Show' }).click();
  await expect(showToast).toHaveCount(0);
  await expect(page.locator('[data-view-tab="CustomerTab"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#status')).toContainText('Customer');
  await expect(workspace.traffic).toHaveRequest('system.popupToast', { from: 'CustomerTab', outcome: 'answered' });
});
