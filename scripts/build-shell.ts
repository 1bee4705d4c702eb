/**
 * packages/testing/dist/shell-app: the workspace shell (apps/workspace) as static files, which
 * `@wwe-kit/testing` serves to a user's tests with no Vite and no repository at test time.
 */
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const shellRoot = `${root}apps/workspace/`;

/** Where the build writes the shell: inside the package, so its tarball ships it. */
export const shellDist = `${root}packages/testing/dist/shell-app`;

/**
 * Builds the shell's two pages (the desk and the popped-out inspector) into `outDir`. `base: './'`:
 * relative asset urls, so the files work from whatever folder a user's node_modules puts them in.
 */
export async function buildShell(outDir = shellDist): Promise<void> {
  await build({
    configFile: false,
    root: shellRoot,
    base: './',
    logLevel: 'warn',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: [`${shellRoot}index.html`, `${shellRoot}inspector.html`] },
    },
  });
}
