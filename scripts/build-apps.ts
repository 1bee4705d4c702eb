/** dist/apps: the tab, popup and background views as static files, with the drop-in legacy script beside them. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeLegacyGlobal } from './bundles.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where `npm run build` writes the apps. */
export const appsDist = `${root}dist/apps`;

/**
 * Builds the three views into `outDir`. `workspaceOrigin` pins Workspace's origin into the bundles
 * (what WWE_ORIGIN does for `npm run build`); without it, each view infers the origin.
 */
export async function buildApps(outDir = appsDist, workspaceOrigin = process.env['WWE_ORIGIN']): Promise<void> {
  const before = process.env['WWE_ORIGIN'];
  // vite.config.ts reads WWE_ORIGIN when the build loads it.
  if (workspaceOrigin) process.env['WWE_ORIGIN'] = workspaceOrigin;
  else delete process.env['WWE_ORIGIN'];
  try {
    await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env['WWE_ORIGIN'];
    else process.env['WWE_ORIGIN'] = before;
  }
  // Pages that keep the reference's script tag (either spelling) load it from beside the apps.
  await writeLegacyGlobal(outDir);
}
