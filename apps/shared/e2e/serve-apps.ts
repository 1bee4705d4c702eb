/**
 * The bundled apps (tab, popup, background) as the user's pages of a Playwright test: `withApps`
 * extends the fixture's `test` with the apps' Vite dev server on 127.0.0.1, started once per worker,
 * and `apps/workspace/options.yaml` (the desk `npm start` opens) with `${APPS_ORIGIN}` pointing at
 * it. `pinnedOrigin` serves the apps pinned to another Workspace origin, as a page built for another
 * Workspace is. One copy, for the apps' specs (apps/<app>/e2e) and @wwe-kit/testing's own.
 */
import { fileURLToPath } from 'node:url';
import type { test as WorkspaceTest } from '@wwe-kit/testing/playwright';
import { startWorkspace, type WorkspaceServers } from '../../../scripts/serve.js';

/** The option file of `npm start`: the three apps' views. */
export const defaultOptions = fileURLToPath(new URL('../../workspace/options.yaml', import.meta.url));

/** The repository's root, for scenario files. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The worker fixtures `withApps` adds. */
export interface AppsFixtures {
  /** The apps' dev server (and the shell's, unused by the fixture), for the worker. */
  apps: WorkspaceServers;
  /** A Workspace origin the apps' bridges pin (undefined: they infer it, as built by default). */
  pinnedOrigin: string | undefined;
}

/**
 * `base` (the fixture's `test`, from the package or its sources) with the apps served and their
 * option data in force; a test may still `test.use` other option data.
 */
export function withApps(base: typeof WorkspaceTest) {
  return base.extend<object, AppsFixtures>({
    pinnedOrigin: [undefined, { option: true, scope: 'worker' }],
    apps: [
      async ({ pinnedOrigin }, use) => {
        const servers = await startWorkspace({
          port: 0,
          appsPort: 0,
          logLevel: 'silent',
          ...(pinnedOrigin === undefined ? {} : { pinnedWorkspaceOrigin: pinnedOrigin }),
        });
        await use(servers);
        await servers.close();
      },
      { scope: 'worker' },
    ],
    workspaceOptions: defaultOptions,
    workspaceVariables: async ({ apps }, use) => {
      await use({ APPS_ORIGIN: apps.appsOrigin });
    },
  });
}
