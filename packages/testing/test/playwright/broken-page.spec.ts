// A page built for another Workspace (its bridge pins another origin) posts into the void: the
// browser drops its messages, so the shell hears nothing. The test of such a page fails, and the
// failure names the likely cause from the shell's Views panel.
import { expect, test } from './apps.js';

test.use({ pinnedOrigin: 'https://wwe.example.com' });

test('toHaveRequest from a view pinned to another origin fails, naming the pinned origin as the cause', async ({
  workspace,
}) => {
  await workspace.scenario.inboundCall('+442071234567');
  const failure = await expect(workspace.traffic)
    .toHaveRequest('interaction.setUserData', { from: 'CallerLookup', timeout: 3000 })
    .then(
      () => undefined,
      (error: Error) => error.message,
    );
  expect(failure).toContain('No request was seen at all.');
  expect(failure).toMatch(/Views panel on Caller lookup \[CallerLookup\]: Loaded .* has sent Workspace nothing/);
  expect(failure).toContain('The page may pin another Workspace origin.');
  expect(failure).toContain(`This Workspace is ${workspace.origin}`);
});
