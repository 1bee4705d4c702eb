import { expect, test } from '@wwe-kit/testing/playwright';

test('shows the caller, and saves a note into the attached data', async ({ workspace }) => {
  const id = await workspace.scenario.inboundCall('+33612345678', { Reason: 'Billing' });
  const crm = await workspace.view('MyCrm', { interaction: id });
  // The page asked Workspace for its interaction, and Workspace answered: if not, the failure says why.
  await expect(workspace.traffic).toHaveRequest('interaction.getInteractions', { from: 'MyCrm', outcome: 'answered' });
  await expect(crm.locator('#caller')).toHaveText('Call from +33612345678');
  await expect(crm.locator('#reason')).toHaveText('Billing');

  await crm.locator('#note').fill('Wants a callback after 5 pm');
  await crm.locator('#save').click();
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'MyCrm',
    parameters: [id, { CRM_Note: 'Wants a callback after 5 pm' }],
  });
  await expect(crm.locator('#status')).toHaveText('Note saved in Workspace.');
  expect(await workspace.interaction(id).userData()).toMatchObject({ CRM_Note: 'Wants a callback after 5 pm' });
});

test('a call back the options do not allow is refused, and the page says so', async ({ workspace }) => {
  const id = await workspace.scenario.inboundCall('+33612345678');
  const crm = await workspace.view('MyCrm', { interaction: id });
  await expect(workspace.traffic).toHaveRequest('interaction.getInteractions', { from: 'MyCrm', outcome: 'answered' });
  await expect(crm.locator('#caller')).toHaveText('Call from +33612345678');
  await crm.locator('#call-back').click();
  await expect(workspace.traffic).toHaveBeenRefused('voice.dial', { from: 'MyCrm' });
  await expect(crm.locator('#status')).toContainText('Cannot call back');
});
