import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDefaultShell } from './harness.js';

// A toast with Show and Dismiss (buttonShowDismiss, 002:1693): Show brings the view that popped it up
// forward, Dismiss only closes it. The toast is the Customer tab's own, popped from inside that view
// through its real bridge, across origins.

const shell = useDefaultShell();

test("Show selects the owner view's tab; Dismiss only closes the toast", async () => {
  const session = shell.current();
  const { page } = session;
  await page.fill('#scenario-ani', '+15550000000');
  await page.click('[data-scenario="inbound-call"]');
  await page.locator('li[data-interaction="1"]').waitFor();
  const tab = session.view('CustomerTab', '1');
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
  await page.locator('[data-view-tab="details"][aria-selected="true"]').waitFor();

  const dismissed = await popToast('Dismiss me');
  const dismissToast = page.locator(`#toasts [data-toast="${String(dismissed)}"]`);
  await dismissToast.getByRole('button', { name: 'Dismiss' }).click();
  await dismissToast.waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-view-tab="details"]').getAttribute('aria-selected'), 'true');

  const shown = await popToast('Show me');
  const showToast = page.locator(`#toasts [data-toast="${String(shown)}"]`);
  await showToast.getByRole('button', { name: 'Show' }).click();
  await showToast.waitFor({ state: 'detached' });
  await page.locator('[data-view-tab="CustomerTab"][aria-selected="true"]').waitFor();
  await page.locator('#status', { hasText: 'Customer' }).waitFor();
});
