import { defineConfig } from '@playwright/test';
import type { WorkspaceOptions } from '@wwe-kit/testing/playwright';

const port = Number(process.env.PORT ?? 4173);
const crmOrigin = `http://127.0.0.1:${port}`;

export default defineConfig<WorkspaceOptions>({
  testDir: 'tests',
  // The page's own server; Playwright starts it before the tests and stops it after.
  webServer: { command: 'node serve.mjs', url: `${crmOrigin}/`, env: { PORT: String(port) } },
  use: {
    // What Workspace is configured with, and where the page runs.
    workspaceOptions: 'options.yaml',
    workspaceVariables: { CRM_ORIGIN: crmOrigin },
  },
});
