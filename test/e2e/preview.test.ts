import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDefaultShell } from './harness.js';

// A Push Preview campaign pushes a record; the agent accepts and calls it from the tab view's
// <wwe-outbound-preview>, sets a call result and reschedules it, and marks it done.

const shell = useDefaultShell();
const context = <T>(read: string) => shell.current().shell<T>(`shell.simulator.interactions.get('1').outbound.${read}`);

test('a pushed preview record is accepted, called, given a call result and rescheduled', async () => {
  const session = shell.current();
  const { page } = session;
  await page.click('[data-scenario="campaign-load"]');
  await page.selectOption('#scenario-mode', 'Push Preview');
  await page.click('[data-scenario="campaign-start"]');
  await page.click('[data-scenario="push-preview"]');
  await page.locator('li[data-interaction="1"][data-state="INVITED"]').waitFor();

  const preview = session.view('CustomerTab', '1').locator('wwe-outbound-preview');
  await preview.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.locator('li[data-interaction="1"][data-state="PREVIEWING"]').waitFor();
  await preview.getByRole('button', { name: 'Call', exact: true }).click();
  const call = page.locator('li[data-interaction="2"]');
  await call.waitFor();
  assert.match(await call.textContent() ?? '', /OUTBOUND/);

  // BUSY is 6 in the reference's list of call results.
  await preview.locator('#call-result').selectOption('6');
  await page.waitForFunction("window.wweShell.simulator.interactions.get('1').outbound.callResult === 6");

  await preview.locator('#reschedule-date').fill('2031-05-04T10:15');
  await preview.locator('#callback-type').selectOption('PERSONAL');
  await preview.getByRole('button', { name: 'Reschedule', exact: true }).click();
  await page.waitForFunction("window.wweShell.simulator.interactions.get('1').outbound.schedule !== undefined");
  const schedule = await context<{ date: string; callbackType: string }>('schedule');
  assert.equal(schedule.callbackType, 'PERSONAL');
  assert.equal(schedule.date, '05/04/2031 10:15');

  await page.click('li[data-interaction="2"] .pick');
  await page.click('li[data-interaction="2"] [data-action="hangup"]');
  await page.click('[data-side-tab="traffic"]');
  for (const request of ['interaction.accept', 'outbound.callPreviewRecord', 'outbound.setCallResult', 'outbound.rescheduleRecord']) {
    await page.locator(`#traffic tr[data-kind="answer"][data-name="${request}"][data-section="CustomerTab"]`).first().waitFor();
  }
  assert.equal(await page.locator('#traffic tr[data-kind="refusal"]').count(), 0);
});
