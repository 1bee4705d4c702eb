// The Customer tab's <wwe-outbound-preview>: a Push Preview campaign pushes a record (a scenario
// file, run in the test); the agent accepts and calls it from the tab, sets a call result and
// reschedules it. And the tab of an inbound call beside it shows none of that record.
import { fileURLToPath } from 'node:url';
import type { Frame } from '@playwright/test';
import { expect } from '@wwe-kit/testing/playwright';
import type { Workspace } from '@wwe-kit/testing/playwright';
import { test } from '../../shared/e2e/test.js';

const pushPreview = fileURLToPath(new URL('./push-preview.yaml', import.meta.url));

/** Pushes a preview record (push-preview.yaml), and answers its id: the newest interaction. */
async function pushRecord(workspace: Workspace): Promise<string> {
  await workspace.run(pushPreview);
  return newest(workspace);
}

async function newest(workspace: Workspace): Promise<string> {
  const interaction = (await workspace.interactions()).at(-1);
  expect(interaction, 'Workspace holds no interaction').toBeDefined();
  return interaction!.interactionId;
}

test('a pushed preview record is accepted, called, given a call result and rescheduled', async ({
  workspace,
  page,
}) => {
  const record = await pushRecord(workspace);
  const tab = (await workspace.view('CustomerTab', { interaction: record })) as Frame;
  const preview = tab.locator('wwe-outbound-preview');
  await preview.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.locator(`li[data-interaction="${record}"]`)).toHaveAttribute('data-state', 'PREVIEWING');
  // The record's tab is headed by the record's number, in words, not "Call 1" with no number.
  const recordPhone = (await workspace.interaction(record).get()).parties?.[0]?.name;
  await expect(tab.locator('#interaction-title')).toContainText(`Preview record ${recordPhone}`);
  await preview.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(workspace.traffic).toHaveRequest('outbound.callPreviewRecord', {
    from: 'CustomerTab',
    parameters: [record],
    outcome: 'answered',
  });
  const call = await newest(workspace);
  expect(call).not.toBe(record);
  // The call's type in words, never the constant broken mid-word.
  await expect(page.locator(`li[data-interaction="${call}"]`)).toContainText('Outbound');

  // BUSY is 6 in the reference's list of call results.
  await preview.locator('#call-result').selectOption('6');
  await expect(workspace.traffic).toHaveRequest('outbound.setCallResult', {
    from: 'CustomerTab',
    parameters: [call, 6],
    outcome: 'answered',
  });
  // The desk confirms it on screen, naming the result.
  await expect(page.locator('#status')).toHaveText(/^Call result for record \d+ \(\+\d+\) set to Busy\.$/);

  await preview.locator('#reschedule-date').fill('2031-05-04T10:15');
  await preview.locator('#callback-type').selectOption('PERSONAL');
  await preview.getByRole('button', { name: 'Reschedule', exact: true }).click();
  await expect(workspace.traffic).toHaveRequest('outbound.rescheduleRecord', {
    from: 'CustomerTab',
    parameters: [call, null, '05/04/2031 10:15', 'PERSONAL'],
    outcome: 'answered',
  });
  await expect(page.locator('#status')).toContainText('rescheduled to 4 May 2031 10:15 (personal callback)');
  // The record's Details (what Workspace holds of it) say both.
  await page.click(`li[data-interaction="${record}"] .pick`);
  await page.click('[data-view-tab="details"]');
  await expect(page.locator('#interaction-details [data-call-result="6"]')).toContainText('Busy');
  await expect(page.locator('#interaction-details [data-schedule]')).toContainText(
    '4 May 2031 10:15 (personal callback)',
  );

  await workspace.desk.hangUp(call);
  await expect(workspace.traffic).toHaveRequest('interaction.accept', {
    from: 'CustomerTab',
    parameters: [record],
    outcome: 'answered',
  });
  const refusals = (await workspace.traffic.messages()).filter(({ kind }) => kind === 'refusal');
  expect(refusals).toEqual([]);
});

// Issue 12: the tab of a plain inbound call showed the other interaction's preview record, its Hang up
// enabled. Each tab now gives <wwe-outbound-preview> its own interaction id (from $Interaction.Id$).
test('the tab of an inbound call shows none of the preview record called beside it: no record, no Hang up', async ({
  workspace,
  page,
}) => {
  const record = await pushRecord(workspace);
  const recordTab = ((await workspace.view('CustomerTab', { interaction: record })) as Frame).locator(
    'wwe-outbound-preview',
  );
  await recordTab.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.locator(`li[data-interaction="${record}"]`)).toHaveAttribute('data-state', 'PREVIEWING');
  await recordTab.getByRole('button', { name: 'Call', exact: true }).click();
  // The record's own tab now works on its call and offers its Hang up: what the inbound call's tab must not show.
  await expect(recordTab.locator('button:not([disabled])', { hasText: 'Hang up' })).toBeVisible();
  const call = await newest(workspace);
  const phone = (await workspace.interaction(call).get()).parties?.[0]?.name;
  await expect(recordTab.getByRole('heading', { name: `Record ${phone}` })).toBeVisible();

  const inbound = await workspace.scenario.inboundCall('+15550000000');
  const inboundTab = (await workspace.view('CustomerTab', { interaction: inbound })) as Frame;
  // Ready once the tab has read the interactions, the call among them; the element renders from the same store.
  await expect(inboundTab.locator('body')).toHaveAttribute('data-view', 'ready');
  const preview = inboundTab.locator('wwe-outbound-preview');
  await expect(preview.locator('[part="empty"]')).toHaveText('No preview record.');
  await expect(preview.locator('[part="record"]')).toHaveCount(0);
  await expect(preview.getByRole('button', { name: 'Hang up' })).toHaveCount(0);
  await expect(inboundTab.getByText(`Record ${phone}`)).toHaveCount(0);
  // The tab named its own interaction, from the url the shell made of $Interaction.Id$.
  await expect(preview).toHaveAttribute('interaction-id', inbound);

  await workspace.desk.hangUp(call);
  await expect(page.locator(`li[data-interaction="${call}"]`)).toHaveAttribute('data-state', 'IDLE');
});
