/** The page-side bundles: the bridge ESM entry and the drop-in legacy global, built with esbuild. */
import { build, type BuildOptions } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bridgeSrc = `${root}packages/bridge/src`;

const common: BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  target: 'es2022',
  conditions: ['source'],
  legalComments: 'none',
  logLevel: 'silent',
};

async function bundle(options: BuildOptions): Promise<string> {
  const result = await build({ ...common, ...options });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error(`esbuild produced nothing for ${String(options.entryPoints)}`);
  return output.text;
}

/** The bridge's ESM entry, minified, as a page bundler would ship it. */
export const bridgeEsm = () =>
  bundle({ entryPoints: [`${bridgeSrc}/index.ts`], format: 'esm', outfile: 'bridge.min.js' });

/** `wwe-service-client-api.js`: the legacy global as a minified IIFE. */
export const legacyGlobal = () =>
  bundle({
    entryPoints: [`${bridgeSrc}/legacy.ts`],
    format: 'iife',
    outfile: 'wwe-service-client-api.js',
  });

/** Bytes after gzip at the highest level, as a CDN would serve it. */
export const gzipSize = (code: string): number => gzipSync(code, { level: 9 }).length;

/** The size budgets of the page-side bundles, in bytes (minified + gzipped). */
export const sizeBudgets = { bridgeEsm: 2500, legacyGlobal: 3000 } as const;
