import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDefaultShell } from './harness.js';

// The default desktop of `npm start`: an inbound call from a known caller goes through the background view
// (lookup, setUserData, toast, messenger broadcast) to the tab view; the agent answers, consults from the
// tab's dial pad, transfers and marks done. Everything crosses origins: shell on localhost, apps on 127.0.0.1.

// Each test has a fresh shell (useDefaultShell): it rings the calls it needs itself, so the ids start at 1.
const shell = useDefaultShell();
const userData = (id: string) =>
  shell.current().shell<Record<string, unknown>>(`shell.simulator.interactions.get('${id}').interaction.userData`);

/** Rings an inbound call from `ani`, and waits until the background view's lookup attached its outcome to interaction `id`. */
async function ring(ani: string, id: string, lookup: 'found' | 'unknown'): Promise<void> {
  const { page } = shell.current();
  await page.click('[data-side-tab="scenarios"]');
  await page.fill('#scenario-ani', ani);
  await page.click('[data-scenario="inbound-call"]');
  await page.waitForFunction(
    `window.wweShell.simulator.interactions.get('${id}')?.interaction.userData.CRM_Lookup === '${lookup}'`,
  );
}

test('an inbound call: the background view attaches what it found, pops a toast and broadcasts; the tab shows it', async () => {
  const session = shell.current();
  const { page } = session;
  await page.fill('#scenario-ani', '+442071234567');
  await page.click('[data-scenario="inbound-call"]');
  await page.locator('li[data-interaction="1"][data-state="RINGING"]').waitFor();

  await page.locator('#toasts [data-toast]', { hasText: 'Mary Jackson' }).waitFor();
  await page.waitForFunction(
    "window.wweShell.simulator.interactions.get('1').interaction.userData.CRM_Lookup === 'found'",
  );
  const attached = await userData('1');
  assert.equal(attached['CRM_CustomerId'], 'C-1001');
  assert.equal(attached['CRM_CustomerName'], 'Mary Jackson');
  assert.equal(attached['CRM_Tier'], 'Gold');

  const tab = session.view('CustomerTab', '1');
  await tab.locator('#caller', { hasText: 'Mary Jackson' }).waitFor();
  await tab.locator('#user-data tr[data-key="CRM_CustomerName"]', { hasText: 'Mary Jackson' }).waitFor();
  await tab.locator('#user-data tr[data-key="AccountNumber"]', { hasText: '4711-0042' }).waitFor();
  // Attached by the scenario but not in read-allowed: Workspace has it, the page never sees it.
  assert.equal(attached['Internal_Score'], '87');
  assert.equal(await tab.locator('#user-data tr[data-key="Internal_Score"]').count(), 0);

  await page.fill('#inspector-filter', 'messenger.broadcastMessage');
  await page.locator('#inspector [data-row][data-kind="answer"][data-section="CallerLookup"]').first().waitFor();
  // The tab loads after the call rang: it asks on wwe-kit.caller-request, and the background view tells it again.
  await page.fill('#inspector-filter', 'wwe-kit.caller');
  await page.locator('#inspector [data-row][data-kind="request"][data-section="CustomerTab"]').first().waitFor();
  await page
    .locator(
      '#inspector [data-row][data-kind="event"][data-name="messenger:wwe-kit.caller-identified"][data-section="CustomerTab"]',
    )
    .first()
    .waitFor();
});

test('an unknown caller beside the first: each interaction gets its own lookup', async () => {
  const session = shell.current();
  const { page } = session;
  await ring('+442071234567', '1', 'found');
  await ring('+15550000000', '2', 'unknown');
  assert.equal((await userData('2'))['CRM_CustomerName'], undefined);
  assert.equal((await userData('1'))['CRM_CustomerName'], 'Mary Jackson');
  await page.click('li[data-interaction="2"] .pick');
  // Selecting an interaction selects its case in Workspace: the views hear CASE_SELECTED.
  await page.locator('li[data-interaction="2"].case-selected').waitFor();
  assert.equal(await page.locator('li[data-interaction="1"].case-selected').count(), 0);
  await page.waitForFunction(
    "window.wweShell.simulator.runtime.emitted.some((event) => event.data.eventType === 'CASE_SELECTED' && event.data.selectedCaseId === window.wweShell.simulator.interactions.get('2').interaction.caseId)",
  );
  await session.view('CustomerTab', '2').locator('#caller', { hasText: 'Unknown caller' }).waitFor();
  await page.click('li[data-interaction="2"] [data-action="answer"]');
  await page.click('[data-scenario="customer-hangup"]');
  await page.click('li[data-interaction="2"] [data-action="markdone"]');
  await page.locator('li[data-interaction="2"]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('iframe[data-section="CustomerTab"][data-interaction="2"]').count(), 0);
});

test('the agent answers, consults 5001 from the dial pad, completes the transfer and marks done', async () => {
  const session = shell.current();
  const { page } = session;
  await ring('+442071234567', '1', 'found');
  await page.click('li[data-interaction="1"] .pick');
  await page.click('li[data-interaction="1"] [data-action="answer"]');
  const tab = session.view('CustomerTab', '1');
  await tab.locator('#interaction-state[data-state="TALKING"]').waitFor();

  await tab.locator('#consult-pad input').fill('5001');
  await tab.locator('#consult-pad [part="dial"]').click();
  const consultation = page.locator('li[data-interaction="2"]');
  await consultation.waitFor();
  assert.match((await consultation.textContent()) ?? '', /consultation/);
  await page.locator('li[data-interaction="1"][data-state="HELD"]').waitFor();
  await page.click('li[data-interaction="2"] .pick');
  await page.click('[data-scenario="remote-answer"]');
  await page.locator('li[data-interaction="2"][data-state="TALKING"]').waitFor();

  await page.click('li[data-interaction="1"] .pick');
  await tab.locator('#complete-transfer:not([disabled])').click();
  await page.locator('li[data-interaction="1"][data-state="IDLE"]').waitFor();
  await page.locator('li[data-interaction="2"][data-state="IDLE"]').waitFor();
  for (const id of ['2', '1']) {
    await page.click(`li[data-interaction="${id}"] [data-action="markdone"]`);
    await page.locator(`li[data-interaction="${id}"]`).waitFor({ state: 'detached' });
  }
  assert.equal(await page.locator('iframe[data-section="CustomerTab"]').count(), 0);
  // The workspace-level background view lives on for the session.
  assert.equal(await page.locator('#hidden-views iframe[data-section="CallerLookup"]').count(), 1);
});
