// The Customer tab (CustomerTab) of a call: the agent answers, consults 5001 from the tab's dial pad,
// completes the transfer from the tab and marks both calls done. The tab is another origin's page:
// a Playwright Frame in the shell.
import type { Frame } from '@playwright/test';
import { expect } from '@wwe-kit/testing/playwright';
import { test } from '../../shared/e2e/test.js';

test('the agent answers, consults 5001 from the dial pad, completes the transfer and marks done', async ({
  workspace,
  page,
}) => {
  const call = await workspace.scenario.inboundCall('+442071234567');
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'CallerLookup',
    parameters: [call, { CRM_Lookup: 'found' }],
    outcome: 'answered',
  });
  const tab = (await workspace.view('CustomerTab', { interaction: call })) as Frame;
  await workspace.desk.answer(call);
  await expect(tab.locator('#interaction-state')).toHaveAttribute('data-state', 'TALKING');

  await tab.locator('#consult-pad input').fill('5001');
  await tab.locator('#consult-pad [part="dial"]').click();
  await expect(workspace.traffic).toHaveRequest('interaction.consult', {
    from: 'CustomerTab',
    parameters: [call, '5001'],
    outcome: 'answered',
  });
  const consultation = (await workspace.interactions()).find(({ interactionId }) => interactionId !== call)!;
  expect(consultation).toBeDefined();
  const consultationRow = page.locator(`li[data-interaction="${consultation.interactionId}"]`);
  await expect(consultationRow).toContainText('consultation');
  await expect(page.locator(`li[data-interaction="${call}"]`)).toHaveAttribute('data-state', 'HELD');
  await workspace.scenario.remoteAnswer(consultation.interactionId);
  await expect(consultationRow).toHaveAttribute('data-state', 'TALKING');

  // Back on the call's tab, the agent completes the transfer.
  await workspace.view('CustomerTab', { interaction: call });
  await tab.locator('#complete-transfer:not([disabled])').click();
  await expect(page.locator(`li[data-interaction="${call}"]`)).toHaveAttribute('data-state', 'IDLE');
  await expect(consultationRow).toHaveAttribute('data-state', 'IDLE');
  for (const id of [consultation.interactionId, call]) {
    await workspace.desk.markDone(id);
    await expect(page.locator(`li[data-interaction="${id}"]`)).toHaveCount(0);
  }
  await expect(page.locator('iframe[data-section="CustomerTab"]')).toHaveCount(0);
  // The workspace-level background view lives on for the session.
  await expect(page.locator('#hidden-views iframe[data-section="CallerLookup"]')).toHaveCount(1);
});
