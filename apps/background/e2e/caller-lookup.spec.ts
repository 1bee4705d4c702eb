// The background view (CallerLookup) on the default desktop of `npm start`: for each inbound call it
// looks the caller up, attaches what it found, pops a toast and broadcasts it for the tab views. Shell
// on localhost, apps on 127.0.0.1: every message crosses origins. Each test has a fresh shell: ids start at 1.
import type { Frame } from '@playwright/test';
import { expect } from '@wwe-kit/testing/playwright';
import { test } from '../../shared/e2e/test.js';

/** What the shell's Scenarios panel attaches to a call it rings, by default. */
const attachedByScenario = { AccountNumber: '4711-0042', Reason: 'Billing question', Internal_Score: '87' };

test('an inbound call: the background view attaches what it found, pops a toast and broadcasts; the tab shows it', async ({
  workspace,
  page,
}) => {
  const id = await workspace.scenario.inboundCall('+442071234567', attachedByScenario);
  await expect(page.locator(`li[data-interaction="${id}"]`)).toHaveAttribute('data-state', 'RINGING');

  await expect(page.locator('#toasts [data-toast]', { hasText: 'Mary Jackson' })).toBeVisible();
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'CallerLookup',
    parameters: [id, { CRM_Lookup: 'found' }],
    outcome: 'answered',
  });
  const attached = await workspace.interaction(id).userData();
  expect(attached).toMatchObject({ CRM_CustomerId: 'C-1001', CRM_CustomerName: 'Mary Jackson', CRM_Tier: 'Gold' });

  const tab = (await workspace.view('CustomerTab', { interaction: id })) as Frame;
  await expect(tab.locator('#caller')).toContainText('Mary Jackson');
  await expect(tab.locator('#user-data tr[data-key="CRM_CustomerName"]')).toContainText('Mary Jackson');
  await expect(tab.locator('#user-data tr[data-key="AccountNumber"]')).toContainText('4711-0042');
  // Attached by the scenario but not in read-allowed: Workspace has it, the page never sees it.
  expect(attached['Internal_Score']).toBe('87');
  await expect(tab.locator('#user-data tr[data-key="Internal_Score"]')).toHaveCount(0);

  await expect(workspace.traffic).toHaveRequest('messenger.broadcastMessage', {
    from: 'CallerLookup',
    parameters: ['wwe-kit.caller-identified'],
    outcome: 'answered',
  });
  // The tab loads after the call rang: it asks on wwe-kit.caller-request, and the background view tells it again.
  await expect(workspace.traffic).toHaveRequest('messenger.broadcastMessage', {
    from: 'CustomerTab',
    parameters: ['wwe-kit.caller-request'],
  });
  await expect(workspace.traffic).toHaveEvent('messenger:wwe-kit.caller-identified', { to: 'CustomerTab' });
});

test('an unknown caller beside the first: each interaction gets its own lookup', async ({ workspace, page }) => {
  const first = await workspace.scenario.inboundCall('+442071234567', attachedByScenario);
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'CallerLookup',
    parameters: [first, { CRM_Lookup: 'found' }],
    outcome: 'answered',
  });
  const second = await workspace.scenario.inboundCall('+15550000000', attachedByScenario);
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'CallerLookup',
    parameters: [second, { CRM_Lookup: 'unknown' }],
    outcome: 'answered',
  });
  expect(await workspace.interaction(second).userData()).not.toHaveProperty('CRM_CustomerName');
  expect(await workspace.interaction(first).userData()).toMatchObject({ CRM_CustomerName: 'Mary Jackson' });

  // The agent picks the second call at the desk: Workspace selects its case, and the views hear CASE_SELECTED.
  await page.click(`li[data-interaction="${second}"] .pick`);
  await expect(page.locator(`li[data-interaction="${second}"]`)).toContainClass('case-selected');
  await expect(page.locator(`li[data-interaction="${first}"]`)).not.toContainClass('case-selected');
  const { caseId } = await workspace.interaction(second).get();
  expect(caseId).toBeTruthy();
  await expect(workspace.traffic).toHaveEvent('interaction', {
    eventType: 'CASE_SELECTED',
    data: { selectedCaseId: caseId as string },
  });
  const tab = (await workspace.view('CustomerTab', { interaction: second })) as Frame;
  await expect(tab.locator('#caller')).toContainText('Unknown caller');

  await workspace.desk.answer(second);
  await workspace.scenario.customerHangUp(second);
  await workspace.desk.markDone(second);
  await expect(page.locator(`li[data-interaction="${second}"]`)).toHaveCount(0);
  await expect(page.locator(`iframe[data-section="CustomerTab"][data-interaction="${second}"]`)).toHaveCount(0);
});
