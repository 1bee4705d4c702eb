import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { defaultOptionsPath } from '../../scripts/serve.js';
import { openShell, optionFile, type ShellSession, E2E_LIMIT } from './harness.js';

// The Customer search popup (apps/popup, React over the wwe-kit elements), opened by the shell with
// window.open from the workspace-level view section CustomerSearch: it looks a customer up, pops a
// Workspace toast through <wwe-toast-trigger>, and answers the toast's buttons.

/** Opens the popup from the shell's desktop button and waits until its bridge is ready. */
async function openPopup(session: ShellSession): Promise<Page> {
  const button = session.page.locator('[data-open-popup="CustomerSearch"]');
  await button.waitFor({ timeout: E2E_LIMIT });
  const [popup] = await Promise.all([session.context.waitForEvent('page'), button.click()]);
  await popup
    .locator('#bridge-state[data-state="ready"]')
    .waitFor({ timeout: E2E_LIMIT })
    .catch(async (error: Error) => {
      throw new Error(`${error.message}: ${await popup.locator('#bridge-state').textContent()}`);
    });
  return popup;
}

/** Finds a customer, selects them, and pops the follow-up toast; resolves with the shell's toast. */
async function notifyAbout(session: ShellSession, popup: Page, query: string, customerId: string) {
  await popup.locator('#search').fill(query);
  await popup.locator(`#results li[data-customer-id="${customerId}"] button`).click();
  await popup.locator(`#customer[data-customer-id="${customerId}"]`).waitFor();
  await popup.locator('#notify').click();
  await popup.locator('#toast-answer[data-outcome="toast-shown"]').waitFor();
  return session.page.locator('#toasts [data-toast]').last();
}

describe('the popup with every request allowed', () => {
  let session: ShellSession;
  let popup: Page;
  before(async () => {
    session = await openShell();
    popup = await openPopup(session);
  });
  after(async () => {
    await session?.close();
  });

  test('the bridge infers the shell as Workspace, from the opener', async () => {
    assert.equal(
      await popup.locator('#bridge-state').textContent(),
      `Connected to Workspace at ${session.servers.shellOrigin}`,
    );
  });

  test('"Call now" on the toast dials the customer through the bridge, with the CRM id attached', async () => {
    const toast = await notifyAbout(session, popup, 'jackson', 'C-1001');
    assert.match((await toast.textContent()) ?? '', /Follow up: Mary Jackson/);
    // Workspace shows the buttons [2]…[N] [1]: "Later", then "Call now" (index 0).
    assert.deepEqual(await toast.locator('button[data-toast-button]').allTextContents(), ['Later', 'Call now']);
    await toast.locator('button[data-toast-button="0"]').click();
    await popup.locator('#toast-answer[data-outcome="dialed"]').waitFor();
    assert.equal(
      await popup.locator('#toast-answer').textContent(),
      'Workspace is calling Mary Jackson on +442071234567, with CRM_CustomerId C-1001 attached.',
    );
    await session.page.locator('li[data-interaction]', { hasText: '+442071234567' }).waitFor();
    const userData = await session.shell<Array<Record<string, unknown>>>(
      'shell.interactions.map((interaction) => interaction.userData)',
    );
    assert.ok(
      userData.some((data) => data['CRM_CustomerId'] === 'C-1001'),
      JSON.stringify(userData),
    );
    await session.page.fill('#inspector-filter', 'voice.dial');
    await session.page
      .locator('#inspector [data-row][data-name="voice.dial"][data-section="CustomerSearch"]')
      .first()
      .waitFor();
  });

  test('"Later" notes a follow-up in the popup, for the customer the toast was about', async () => {
    const toast = await notifyAbout(session, popup, '+1 202', 'C-1002');
    // The selection moves on before the agent answers: the answer still concerns Grace Hopper.
    await popup.locator('#search').fill('turing');
    await popup.locator('#results li[data-customer-id="C-1003"] button').click();
    await toast.locator('button[data-toast-button="1"]').click();
    await popup.locator('#follow-ups li[data-customer-id="C-1002"]').waitFor();
    assert.equal(await popup.locator('#toast-answer').textContent(), 'Follow-up noted: call Grace Hopper back later.');
  });

  test('a second toast takes the first one down: only the latest is answered', async () => {
    await notifyAbout(session, popup, 'dijkstra', 'C-1005');
    await notifyAbout(session, popup, 'dijkstra', 'C-1005');
    await session.page.waitForFunction("document.querySelectorAll('#toasts [data-toast]').length === 1");
  });

  test('opened by hand, not by Workspace, the popup says so and how to open it', async () => {
    const direct = await session.context.newPage();
    await direct.goto(`${session.servers.appsOrigin}/popup/`);
    await direct.locator('#bridge-state[data-state="error"]').waitFor();
    assert.match(
      (await direct.locator('#bridge-state').textContent()) ?? '',
      /not opened by Workspace.*Open it from Workspace/,
    );
    assert.equal(await direct.locator('#notify').isDisabled(), true);
    // No toast-trigger to claim there is no <wwe-bridge> around it: the connection line says what is wrong.
    assert.equal(await direct.locator('wwe-toast-trigger').count(), 0);
    await direct.close();
  });
});

/** A session whose option file accepts the apps' origin for `filter` only. */
async function openRestricted(filter: string): Promise<ShellSession> {
  const accepted = /^(\s*service-client-api\.accepted-web-content-origins: \$\{APPS_ORIGIN\}) \([^)\n]*\)$/m;
  const defaults = readFileSync(defaultOptionsPath, 'utf8');
  assert.match(defaults, accepted, 'the default option file no longer accepts ${APPS_ORIGIN} with a filter');
  return openShell({ optionsPath: optionFile(defaults.replace(accepted, `$1 (${filter})`)).path });
}

describe('the popup when Workspace refuses voice.dial', () => {
  let session: ShellSession;
  let popup: Page;
  before(async () => {
    // Only system.* for the apps: the popup connects and pops toasts, and voice.dial is refused.
    session = await openRestricted('system.*');
    popup = await openPopup(session);
  });
  after(async () => {
    await session?.close();
  });

  test('"Call now" shows why Workspace refused the call and how to allow it, verbatim', async () => {
    const toast = await notifyAbout(session, popup, 'jackson', 'C-1001');
    await toast.locator('button[data-toast-button="0"]').click();
    await popup.locator('#toast-answer[data-outcome="dial-failed"]').waitFor();
    const answer = (await popup.locator('#toast-answer').textContent()) ?? '';
    assert.match(
      answer,
      /^Could not call Mary Jackson on \+442071234567: Not allowed: Request 'voice\.dial' refused: origin http:\/\/127\.0\.0\.1:\d+ is not allowed this request by its filter \(system\.\*\)/,
    );
    assert.match(answer, /Allow it in service-client-api\.accepted-web-content-origins/);
  });
});

describe('the popup when Workspace refuses system.popupToast', () => {
  let session: ShellSession;
  after(async () => {
    await session?.close();
  });

  test('the notify button is disabled, and the toast-trigger says why', async () => {
    session = await openRestricted('system.getAllowedServices, voice.*');
    const popup = await openPopup(session);
    await popup.locator('#search').fill('C-1002');
    await popup.locator('#results li[data-customer-id="C-1002"] button').click();
    const reason = popup.locator('wwe-toast-trigger [part="reason"]');
    await reason.waitFor();
    assert.equal(
      await reason.textContent(),
      'This page may not call system.popupToast (service-client-api.accepted-web-content-origins).',
    );
    assert.equal(await popup.locator('#notify').isDisabled(), true);
  });
});
