// An inbound call through the bundled apps: the background view looks the caller up and attaches
// what it found (toHaveRequest), the tab shows it (view) and hears the call (toHaveEvent), and the
// fixture reads what Workspace holds.
import type { Frame } from '@playwright/test';
import { expect, test } from './apps.js';

test('an inbound call: the background view attaches the CRM data, the tab hears the call', async ({ workspace }) => {
  const id = await workspace.scenario.inboundCall('+442071234567', { AccountNumber: '4711-0042' });
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'CallerLookup',
    parameters: [id, { CRM_CustomerId: 'C-1001', CRM_Lookup: 'found' }],
    outcome: 'answered',
  });
  expect(await workspace.interaction(id).userData()).toMatchObject({
    CRM_CustomerName: 'Mary Jackson',
    AccountNumber: '4711-0042',
  });
  // The tab is the user's page: a Playwright Frame in the shell, on another origin.
  const tab = (await workspace.view('CustomerTab', { interaction: id })) as Frame;
  expect(new URL(tab.url()).origin).not.toBe(workspace.origin);
  await expect(tab.locator('#caller')).toContainText('Mary Jackson');
  await expect(workspace.traffic).toHaveEvent('messenger:wwe-kit.caller-identified', { to: 'CustomerTab' });

  await workspace.desk.answer(id);
  await expect(workspace.traffic).toHaveEvent('interaction', {
    to: 'CustomerTab',
    eventType: 'ESTABLISHED',
    interaction: id,
  });
  await expect(tab.locator('#interaction-state')).toHaveAttribute('data-state', 'TALKING');
  const agent = await workspace.agent();
  expect(agent.firstname).toBe('Ada');
  expect(agent.state.type).toBe('NOT_READY');
});

test('the clock stands still: a consultation dialled from the tab is answered only when the test moves time', async ({
  workspace,
}) => {
  const id = await workspace.scenario.inboundCall('+442071234567');
  const tab = (await workspace.view('CustomerTab', { interaction: id })) as Frame;
  await expect(workspace.traffic).toHaveEvent('messenger:wwe-kit.caller-identified', { to: 'CustomerTab' });
  await workspace.desk.answer(id);
  await expect(tab.locator('#interaction-state')).toHaveAttribute('data-state', 'TALKING');

  await tab.locator('#consult-pad input').fill('5001');
  await tab.locator('#consult-pad [part="dial"]').click();
  await expect(workspace.traffic).toHaveRequest('interaction.consult', {
    from: 'CustomerTab',
    parameters: [id, '5001'],
    outcome: 'answered',
  });
  const consultation = (await workspace.interactions()).find((interaction) => interaction.interactionId !== id)!;
  expect(consultation.state).toBe('DIALING');
  // Nothing happens by itself: the simulator answers a dialled call after 3 s of its own clock.
  await expect(workspace.traffic).not.toHaveEvent('interaction', {
    eventType: 'ESTABLISHED',
    interaction: consultation.interactionId,
  });
  await workspace.clock.advance(3000);
  expect((await workspace.interaction(consultation.interactionId).get()).state).toBe('TALKING');
  await expect(workspace.traffic).toHaveEvent('interaction', {
    to: 'CustomerTab',
    eventType: 'ESTABLISHED',
    interaction: consultation.interactionId,
  });
});
