import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDefaultShell } from './harness.js';

// The traffic inspector in the dock, driven as a developer uses it: filter, read the rows, select one,
// copy it as code, replay it, export the traffic and import the file again.

const shell = useDefaultShell();

/** Rings a known caller, opens the Customer tab of the call and saves a note there: an interaction.setUserData. */
async function saveNote(note: string): Promise<void> {
  const session = shell.current();
  const { page } = session;
  await page.fill('#scenario-ani', '+442071234567');
  await page.click('[data-scenario="inbound-call"]');
  await page.click('li[data-interaction="1"] .pick');
  const tab = session.view('CustomerTab', '1');
  await tab.locator('#user-data input[name="CRM_Notes"]').fill(note);
  await tab.locator('#user-data [part="save"]').click();
  await tab.locator('#user-data [part="saved"]', { hasText: 'Saved CRM_Notes.' }).waitFor();
}

/** The Customer tab's setUserData request row, once the filters show it answered. */
async function noteRequest() {
  const { page } = shell.current();
  await page.selectOption('#inspector-view', 'CustomerTab');
  await page.selectOption('#inspector-namespace', 'interaction');
  await page.selectOption('#inspector-kind', 'request');
  await page.fill('#inspector-filter', 'CRM_Notes');
  const row = page.locator(
    '#inspector [data-row][data-kind="request"][data-name="interaction.setUserData"][data-section="CustomerTab"][data-status="answered"]',
  );
  await row.first().waitFor();
  return row;
}

test('a request row shows its answer and duration; the filters narrow the list by view, namespace, kind and text', async () => {
  const { page } = shell.current();
  await saveNote('Prefers email');
  const row = await noteRequest();
  assert.equal(await row.count(), 1);
  const text = (await row.textContent()) ?? '';
  // The view by its label, the frame as detail, the answer's status and duration.
  assert.match(text, /\d\d:\d\d:\d\d\.\d{3}/);
  assert.match(text, /→ request\s*Customer frame \d+\s*interaction\.setUserData\s*answered\s*[\d.]+ ms/);
  const count = page.locator('#inspector-count[data-filter-text="CRM_Notes"]');
  assert.equal(await count.getAttribute('data-shown'), '1');
  // Every row drawn passes every filter.
  assert.equal(await page.locator('#inspector [data-row]:not([data-section="CustomerTab"])').count(), 0);
  assert.equal(await page.locator('#inspector [data-row]:not([data-kind="request"])').count(), 0);

  // The answer row (its text names the request, not the note) links back to its request.
  await page.selectOption('#inspector-kind', 'answer');
  await page.fill('#inspector-filter', 'setUserData');
  const answer = page.locator('#inspector [data-row][data-kind="answer"][data-name="interaction.setUserData"]');
  await answer.click();
  await page.locator('#inspector-detail [data-show-partner]', { hasText: 'Show the request' }).click();
  await page.locator('#inspector-detail [data-call]').waitFor();
  assert.equal(
    await page.locator('#inspector-detail [data-call]').textContent(),
    'interaction.setUserData(interactionId="1", keyValues={…})',
  );

  // Another namespace, then events only: the request is gone from the list.
  await page.selectOption('#inspector-namespace', 'voice');
  await page.locator('#inspector-count[data-shown="0"]').waitFor();
  await page.selectOption('#inspector-namespace', '');
  await page.selectOption('#inspector-kind', 'event');
  await page.fill('#inspector-filter', 'ATTACHED_DATA_CHANGED');
  await page.locator('#inspector [data-row][data-kind="event"][data-name="interaction"]').first().waitFor();
  assert.equal(await page.locator('#inspector [data-row]:not([data-kind="event"])').count(), 0);
});

test('copy as code gives the ServiceClient call and the legacy call of a request from the Customer tab', async () => {
  const { page } = shell.current();
  await saveNote('Prefers email');
  await (await noteRequest()).click();
  await page.click('#inspector-copy');
  const client = page.locator('#inspector-code-client');
  await client.waitFor();
  assert.equal(
    await client.textContent(),
    [
      "// import { ServiceClient } from '@wwe-kit/bridge'; const client = new ServiceClient();",
      'const answer = await client.interaction.setUserData("1", {"CRM_Notes":"Prefers email"});',
    ].join('\n'),
  );
  assert.equal(
    await page.locator('#inspector-code-legacy').textContent(),
    'genesys.wwe.service.interaction.setUserData("1", {"CRM_Notes":"Prefers email"}, (answer) => console.log(answer), (failure) => console.warn(failure));',
  );
});

test('replay sends the request again from the same view, and its answer pairs with it', async () => {
  const { page } = shell.current();
  await saveNote('Replayed note');
  const original = await noteRequest();
  const frame = await original.getAttribute('data-frame');
  await original.click();
  await page.click('#inspector-replay');
  // Two requests now, both answered, both from the same frame; the replay is selected.
  await page
    .locator(`#inspector [data-row][data-kind="request"][data-frame="${frame}"][data-status="answered"]`)
    .nth(1)
    .waitFor();
  await page.locator('#inspector-detail', { hasText: 'replay-1' }).waitFor();
  await page.selectOption('#inspector-kind', 'answer');
  await page.fill('#inspector-filter', 'setUserData');
  await page
    .locator(`#inspector [data-row][data-kind="answer"][data-name="interaction.setUserData"][data-frame="${frame}"]`)
    .nth(1)
    .waitFor();
});

test('the pop-out shows the traffic while the dock is collapsed, and leaves no listener on the shell page once closed', async () => {
  const { page } = shell.current();
  const devtools = await page.context().newCDPSession(page);
  /** The shell window's pagehide listeners, as DevTools lists them (a page cannot list its own). */
  const pagehideListeners = async () => {
    const { result } = await devtools.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await devtools.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.filter((listener) => listener.type === 'pagehide').length;
  };
  const before = await pagehideListeners();
  await page.click('#inspector-collapse');
  await page.locator('#inspector-body').waitFor({ state: 'hidden' });
  const [popout] = await Promise.all([page.waitForEvent('popup'), page.click('#inspector-popout')]);
  // The dock stays collapsed; the pop-out shows the list and the filters all the same.
  await popout.locator('#inspector [data-row]').first().waitFor();
  assert.equal(await popout.locator('#inspector-body').isVisible(), true);
  assert.equal(await popout.locator('#inspector-filter').isVisible(), true);
  assert.equal(await page.locator('#inspector-body').isVisible(), false);
  // The pop-out closes with the shell's page: it listens there while it is open, and not after.
  assert.equal(await pagehideListeners(), before + 1);
  // Closed as a person closes a window: its pagehide runs.
  const closed = popout.waitForEvent('close');
  await popout.close({ runBeforeUnload: true });
  await closed;
  assert.equal(await pagehideListeners(), before);
});

test('exported traffic imports again as a recording with the same rows; a file that is not one is refused', async () => {
  const { page } = shell.current();
  await saveNote('Recorded note');
  await noteRequest();
  // Export saves what the filter shows: the Customer tab's setUserData requests and their answers.
  await page.selectOption('#inspector-kind', '');
  await page.fill('#inspector-filter', 'setUserData');
  const shown = page.locator('#inspector-count[data-filter-kind=""][data-filter-text="setUserData"]');
  await page.locator('#inspector [data-row][data-kind="answer"][data-section="CustomerTab"]').first().waitFor();
  const exported = await shown.getAttribute('data-shown');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#inspector-export')]);
  const path = await download.path();
  await page.fill('#inspector-filter', '');
  await page.selectOption('#inspector-view', '');
  await page.selectOption('#inspector-namespace', '');
  await page.selectOption('#inspector-kind', '');

  await page.setInputFiles('#inspector-import', {
    name: 'not-traffic.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"log":{}}'),
  });
  await page.locator('#inspector-notice[data-error="true"]', { hasText: 'not a traffic file' }).waitFor();
  assert.equal(await page.locator('#inspector-recording').count(), 0);

  await page.setInputFiles('#inspector-import', path);
  await page.locator('#inspector-recording', { hasText: 'Recording:' }).waitFor();
  await page.locator(`#inspector-count[data-total="${exported}"]`).waitFor();
  await page
    .locator(
      '#inspector [data-row][data-kind="request"][data-name="interaction.setUserData"][data-section="CustomerTab"][data-status="answered"]',
    )
    .waitFor();
  // A recording cannot be replayed: its views are not this page's.
  await page.locator('#inspector [data-row]').first().click();
  assert.equal(await page.locator('#inspector-replay').isDisabled(), true);
  await page.click('#inspector-live');
  await page.locator('#inspector-recording').waitFor({ state: 'detached' });
});

test('a message the host ignored appears as ignored, with the reason, and the Views panel counts it', async () => {
  const session = shell.current();
  const { page } = session;
  // A script in the real background view, on the apps' origin, posts what is not Service Client API traffic.
  const lookup = page.frames().find((frame) => frame.url().includes('/background/'))!;
  await lookup.evaluate("window.parent.postMessage({ type: 'crm-ready', from: 'caller lookup' }, '*')");
  await page.selectOption('#inspector-kind', 'ignored-in');
  const row = page.locator('#inspector [data-row][data-kind="ignored-in"][data-section="CallerLookup"]');
  await row.click();
  const rule = page.locator('#inspector-detail [data-ignored-reason="not-protocol"]');
  assert.match(
    (await rule.textContent()) ?? '',
    /the view CallerLookup \(http:\/\/127\.0\.0\.1:\d+\) is not Service Client API traffic/,
  );
  await page.click('[data-side-tab="views"]');
  const ignored = page.locator('[data-diagnosis-view="CallerLookup"] [data-fact="ignored"]');
  assert.equal(await ignored.textContent(), '1');
});
