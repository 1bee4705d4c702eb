// A view whose page never loads (its server is down, or the url is wrong) leaves the browser's error page
// in the frame: view() fails naming the view, its url and what to check, instead of locators timing out.
import { createServer } from 'node:net';
import { expect, test } from './apps.js';

/** A port no one listens on, taken and released at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test.describe('a view whose server is down', () => {
  test.use({
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    workspaceOptions: async ({}, use) => {
      const origin = `http://127.0.0.1:${await closedPort()}`;
      await use({
        'interaction-workspace': {
          'interaction.web-content': 'MyCrm',
          'service-client-api.accepted-web-content-origins': `${origin} (interaction.*)`,
        },
        MyCrm: { label: 'My CRM', url: `${origin}/?interaction=$Interaction.Id$`, mode: 'tab' },
      });
    },
  });

  test('view() fails naming the view, its url and the server to check', async ({ workspace }) => {
    const id = await workspace.scenario.inboundCall('+442071234567');
    const failure = await workspace.view('MyCrm', { interaction: id }).then(
      () => 'no failure',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/^My CRM did not load its page http:\/\/127\.0\.0\.1:\d+\/\?interaction=/);
    expect(failure).toContain("Is your page's server running at http://127.0.0.1:");
  });
});
