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
  // The record's tab is headed by the record's number, in words, not "Call 1" with no number.
  const recordPhone = await session.shell<string>("shell.simulator.interactions.get('1').interaction.parties[0].name");
  await session
    .view('CustomerTab', '1')
    .locator('#interaction-title', { hasText: `Preview record ${recordPhone}` })
    .waitFor();
  await preview.getByRole('button', { name: 'Call', exact: true }).click();
  const call = page.locator('li[data-interaction="2"]');
  await call.waitFor();
  // The call's type in words, never the constant broken mid-word.
  assert.match((await call.textContent()) ?? '', /Outbound/);

  // BUSY is 6 in the reference's list of call results.
  await preview.locator('#call-result').selectOption('6');
  await page.waitForFunction("window.wweShell.simulator.interactions.get('1').outbound.callResult === 6");
  // The desk confirms it on screen, naming the result.
  await page.locator('#status', { hasText: /^Call result for record \d+ \(\+\d+\) set to Busy\.$/ }).waitFor();

  await preview.locator('#reschedule-date').fill('2031-05-04T10:15');
  await preview.locator('#callback-type').selectOption('PERSONAL');
  await preview.getByRole('button', { name: 'Reschedule', exact: true }).click();
  await page.waitForFunction("window.wweShell.simulator.interactions.get('1').outbound.schedule !== undefined");
  const schedule = await context<{ date: string; callbackType: string }>('schedule');
  assert.equal(schedule.callbackType, 'PERSONAL');
  assert.equal(schedule.date, '05/04/2031 10:15');
  await page.locator('#status', { hasText: 'rescheduled to 4 May 2031 10:15 (personal callback)' }).waitFor();
  // The record's Details say both.
  await page.click('li[data-interaction="1"] .pick');
  await page.click('[data-view-tab="details"]');
  await page.locator('#interaction-details [data-call-result="6"]', { hasText: 'Busy' }).waitFor();
  await page
    .locator('#interaction-details [data-schedule]', { hasText: '4 May 2031 10:15 (personal callback)' })
    .waitFor();

  await page.click('li[data-interaction="2"] .pick');
  await page.click('li[data-interaction="2"] [data-action="hangup"]');
  for (const request of [
    'interaction.accept',
    'outbound.callPreviewRecord',
    'outbound.setCallResult',
    'outbound.rescheduleRecord',
  ]) {
    await page.fill('#inspector-filter', request);
    await page
      .locator(`#inspector [data-row][data-kind="answer"][data-name="${request}"][data-section="CustomerTab"]`)
      .first()
      .waitFor();
  }
  await page.fill('#inspector-filter', '');
  await page.selectOption('#inspector-kind', 'refusal');
  const refusals = page.locator('#inspector-count[data-filter-kind="refusal"][data-filter-text=""]');
  await refusals.waitFor();
  assert.equal(await refusals.getAttribute('data-shown'), '0');
});

// Issue 12: the tab of a plain inbound call showed the other interaction's preview record, its Hang up
// enabled. Each tab now gives <wwe-outbound-preview> its own interaction id (from $Interaction.Id$).
test('the tab of an inbound call shows none of the preview record called beside it: no record, no Hang up', async () => {
  const session = shell.current();
  const { page } = session;
  const newest = () => session.shell<string>('shell.simulator.interactions.list().at(-1).interaction.interactionId');
  await page.click('[data-side-tab="scenarios"]');
  await page.selectOption('#scenario-mode', 'Push Preview');
  await page.click('[data-scenario="campaign-start"]');
  await page.click('[data-scenario="push-preview"]');
  const record = await newest();
  await page.click(`li[data-interaction="${record}"] .pick`);
  const recordTab = session.view('CustomerTab', record).locator('wwe-outbound-preview');
  await recordTab.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.locator(`li[data-interaction="${record}"][data-state="PREVIEWING"]`).waitFor();
  await recordTab.getByRole('button', { name: 'Call', exact: true }).click();
  // The record's own tab now works on its call and offers its Hang up: what the inbound call's tab must not show.
  await recordTab.locator('button:not([disabled])', { hasText: 'Hang up' }).waitFor();
  const call = await newest();
  const phone = await session.shell<string>(`shell.simulator.interactions.get('${call}').interaction.parties[0].name`);
  await recordTab.getByRole('heading', { name: `Record ${phone}` }).waitFor();

  await page.fill('#scenario-ani', '+15550000000');
  await page.click('[data-scenario="inbound-call"]');
  const inbound = await newest();
  await page.click(`li[data-interaction="${inbound}"] .pick`);
  const inboundTab = session.view('CustomerTab', inbound);
  // Ready once the tab has read the interactions, the call among them; the element renders from the same store.
  await inboundTab.locator('body[data-view="ready"]').waitFor();
  const preview = inboundTab.locator('wwe-outbound-preview');
  assert.equal(await preview.locator('[part="empty"]').textContent(), 'No preview record.');
  assert.equal(await preview.locator('[part="record"]').count(), 0);
  assert.equal(await preview.getByRole('button', { name: 'Hang up' }).count(), 0);
  assert.equal(await inboundTab.getByText(`Record ${phone}`).count(), 0);
  // The tab named its own interaction, from the url the shell made of $Interaction.Id$.
  assert.equal(await preview.getAttribute('interaction-id'), inbound);

  await page.click(`li[data-interaction="${call}"] .pick`);
  await page.click(`li[data-interaction="${call}"] [data-action="hangup"]`);
  await page.locator(`li[data-interaction="${call}"][data-state="IDLE"]`).waitFor();
});
