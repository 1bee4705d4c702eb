/**
 * `test`: Playwright Test with the `workspace` fixture. One shell server per worker (it serves static
 * files and the option data, which each test sets before it opens the shell); a fresh shell page
 * per test, on a manual clock, waited for until its workspace-level views listen.
 */
import { test as base, type TestInfo } from '@playwright/test';
import { findChromium } from '../chromium.js';
import { serveShell, type ShellServer } from '../server/index.js';
import { installScenarioBindings } from './run.js';
import { openShellForRun } from './scenario-page.js';
import type { Workspace, WorkspaceOptions } from './types.js';
import { createWorkspace } from './workspace.js';

/** How long a workspace-level view may take to subscribe before the test goes on anyway (with a warning). */
const VIEWS_LIMIT = 10_000;
/**
 * The shell's url query in tests: the simulator's clock stands still (`clock=manual`), and a view
 * silent for a second is diagnosed, so a matcher's failure can say why within the expect timeout.
 */
export const TEST_SHELL_QUERY = '?clock=manual&diagnose-after=1000';

/** The fixture's worker-scoped fixtures: one shell server per worker. */
export interface WorkerFixtures {
  /** The worker's shell server. */
  workspaceServer: ShellServer;
}

/** Fails the fixture with the shell's own words when it could not start (an unreadable option file, say). */
async function startProblem(workspace: Workspace): Promise<string | undefined> {
  const fatal = workspace.page.locator('#fatal');
  return (await fatal.isVisible()) ? ((await fatal.textContent()) ?? undefined) : undefined;
}

function warn(testInfo: TestInfo, description: string): void {
  testInfo.annotations.push({ type: 'warning', description });
}

/**
 * Playwright's `test` with the `workspace` fixture: the prebuilt shell (the real `ServiceHost` over the
 * simulator) opened on its own origin with the option data of `workspaceOptions`, the user's pages in it.
 */
export const test = base.extend<WorkspaceOptions & { workspace: Workspace }, WorkerFixtures>({
  // No default: a test without option data fails with what to write (below).
  workspaceOptions: [undefined as unknown as WorkspaceOptions['workspaceOptions'], { option: true }],
  workspaceVariables: [{}, { option: true }],
  // Debian's Chromium (or CHROMIUM_PATH's): never a downloaded browser. A path the user set wins.
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, executablePath: launchOptions.executablePath ?? findChromium() });
    },
    { scope: 'worker' },
  ],
  workspaceServer: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveShell();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  workspace: async ({ page, browserName, workspaceServer, workspaceOptions, workspaceVariables }, use, testInfo) => {
    if (browserName !== 'chromium')
      throw new Error(
        `The workspace fixture drives Chromium (Debian's, or CHROMIUM_PATH's); this project's browserName is ${browserName}. Run the workspace tests in a chromium project only.`,
      );
    if (workspaceOptions === undefined)
      throw new Error(
        "The workspace fixture needs option data: test.use({ workspaceOptions: 'tests/options.yaml' }) (a YAML path relative to the working directory) or an object of option sections.",
      );
    workspaceServer.serve({ options: workspaceOptions, variables: workspaceVariables });
    const bindings = await installScenarioBindings(page);
    const listener = { onStep: () => {}, onNote: (note: string) => warn(testInfo, note.trim()) };
    const workspace = createWorkspace(page, workspaceServer.origin, bindings);
    await openShellForRun(page, workspaceServer.origin, listener, {
      search: TEST_SHELL_QUERY,
      viewsLimit: VIEWS_LIMIT,
    }).catch(async (error: unknown) => {
      const problem = await startProblem(workspace);
      throw new Error(problem ?? `The shell did not start at ${workspaceServer.origin}: ${(error as Error).message}`, {
        cause: error,
      });
    });
    await use(workspace);
  },
});
