/**
 * `npm run build`: publishable dist/ of every package, the drop-in legacy script,
 * the elements' CDN files (packages/elements/cdn/, see scripts/cdn.ts), and dist/apps:
 * the tab, popup and background views as static files to deploy, and the workspace shell that
 * @wwe-kit/testing serves (packages/testing/dist/shell-app, see scripts/build-shell.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApps } from './build-apps.js';
import { bridgeEsm, gzipSize, legacyFileNames, writeLegacyGlobal } from './bundles.js';
import { buildCdn, cdnBundleName } from './cdn.js';
import { buildShell, shellDist } from './build-shell.js';
import { published } from './packages.js';
import { copyTestingAssets } from './testing-assets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const name of published) {
  execFileSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}packages/${name}/tsconfig.build.json`],
    { stdio: 'inherit' },
  );
}
copyTestingAssets();
const dist = `${root}packages/bridge/dist`;
mkdirSync(dist, { recursive: true });
// The reference's file name and the developer's guide's spelling, the same script.
const legacy = await writeLegacyGlobal(dist);
const esm = await bridgeEsm();
// The same bundle the size budget measures: one file a plain HTML page can import.
writeFileSync(`${dist}/wwe-kit-bridge.js`, esm);
console.log(
  `built packages/bridge/dist/${legacyFileNames.join(' and ')} (${legacy.length} B, ${gzipSize(legacy)} B gzipped); packages/bridge/dist/wwe-kit-bridge.js (${gzipSize(esm)} B gzipped)`,
);

const cdn = await buildCdn();
console.log(
  `built packages/elements/cdn/: ${cdnBundleName} (${gzipSize(cdn.bundle.code)} B gzipped), ${Object.keys(cdn.entries).length} per-element entries sharing ${cdn.chunks.length} chunks (Lit in ${cdn.shared.path}), with source maps`,
);

await buildApps();
console.log(
  `built dist/apps: tab/, popup/, background/ and ${legacyFileNames.join(', ')}${process.env['WWE_ORIGIN'] ? `, pinned to Workspace at ${process.env['WWE_ORIGIN']}` : ' (Workspace origin inferred; set WWE_ORIGIN to pin it)'}`,
);

await buildShell();
console.log(`built ${shellDist.slice(root.length)}: the workspace shell @wwe-kit/testing serves`);
