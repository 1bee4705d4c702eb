// Scenario scripts inside a test (workspace.run), and the views as Playwright handles: the popup.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, repositoryRoot, test } from './apps.js';

test('workspace.run runs the shell scenario of an inbound call with lookup, every step passing', async ({
  workspace,
}) => {
  const result = await workspace.run(join(repositoryRoot, 'apps/workspace/scenarios/inbound-call-lookup.yaml'));
  expect(result.ok).toBe(true);
  expect(result.steps.every((step) => step.status === 'passed')).toBe(true);
  expect(result.name).toBe('Inbound call with caller lookup');
});

test('a failed step fails workspace.run, naming the step and what was seen', async ({ workspace }) => {
  const file = fileURLToPath(new URL('./fixtures/failing-scenario.yaml', import.meta.url));
  const failure = await workspace.run(file).then(
    () => undefined,
    (error: Error) => error.message,
  );
  expect(failure).toContain(`Scenario "A step that fails" (${file}) failed at step 2`);
  expect(failure).toContain('voice.dial');
  expect(failure).toContain('1 of 3 step(s) passed');
});

test('view() of a popup view opens it from its button and answers its Page', async ({ workspace }) => {
  const popup = (await workspace.view('CustomerSearch')) as Page;
  await expect(popup.locator('#bridge-state')).toHaveAttribute('data-state', 'ready');
  await expect(workspace.traffic).toHaveRequest('system.getAllowedServices', { from: 'CustomerSearch' });
});

test('a campaign pushes a preview record from code, and the record has its own tab', async ({ workspace }) => {
  await workspace.scenario.campaign('Summer Offers', 'Push Preview');
  const id = await workspace.scenario.pushPreview('Summer Offers');
  expect((await workspace.interaction(id).get()).state).toBe('INVITED');
  const tab = await workspace.view('CustomerTab', { interaction: id });
  await expect(tab.locator('#interaction-title')).toHaveText(/^Preview record \+\d+$/);
});
