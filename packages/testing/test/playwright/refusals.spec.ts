// Option data whose allowlist refuses the background view's write: toHaveBeenRefused passes, and a
// matcher that waits for the write to be answered fails with the refusal word for word and the
// view's diagnosis. Faults make Workspace fail a request the test names.
import { fileURLToPath } from 'node:url';
import { expect, test } from './apps.js';

test.describe('an allowlist that refuses the write', () => {
  test.use({ workspaceOptions: fileURLToPath(new URL('./fixtures/refusing-options.yaml', import.meta.url)) });

  test('toHaveBeenRefused names the request; toHaveRequest answered fails naming the refusal', async ({
    workspace,
  }) => {
    const id = await workspace.scenario.inboundCall('+442071234567');
    await expect(workspace.traffic).toHaveBeenRefused('interaction.setUserData', {
      from: 'CallerLookup',
      parameters: [id],
    });
    expect(await workspace.interaction(id).userData()).not.toHaveProperty('CRM_CustomerId');

    const failure = await expect(workspace.traffic)
      .toHaveRequest('interaction.setUserData', { from: 'CallerLookup', outcome: 'answered', timeout: 1000 })
      .then(
        () => undefined,
        (error: Error) => error.message,
      );
    expect(failure).toBeDefined();
    expect(failure).toContain('Expected a request interaction.setUserData from CallerLookup, answered within 1000 ms');
    expect(failure).toMatch(/Seen, but not as expected: from CallerLookup with .*refused/);
    expect(failure).toMatch(/interaction\.setUserData from CallerLookup was refused: .*CRM_CustomerId/);
    expect(failure).toContain('Views panel on Caller lookup [CallerLookup]: Workspace refused');
  });
});

test('a fault: Workspace fails the request with the text the test gives', async ({ workspace }) => {
  await workspace.faults.fail('interaction.setUserData', 'CRM is down for maintenance');
  const id = await workspace.scenario.inboundCall('+442071234567');
  await expect(workspace.traffic).toHaveRequest('interaction.setUserData', {
    from: 'CallerLookup',
    parameters: [id],
    outcome: 'failed',
  });
  const messages = await workspace.traffic.messages();
  expect(
    messages.some((message) => JSON.stringify(message.message).includes('CRM is down for maintenance')),
  ).toBeTruthy();
  await workspace.faults.clear();
  expect(await workspace.interaction(id).userData()).not.toHaveProperty('CRM_CustomerId');
});
