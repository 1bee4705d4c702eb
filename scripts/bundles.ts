/** The page-side bundles: the bridge ESM entry and the drop-in legacy global, built with esbuild. */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
  // Lit's decorators as the repository compiles them (experimentalDecorators, no define semantics).
  tsconfig: `${root}tsconfig.base.json`,
};

/** The options every page-side bundle shares, the CDN build's (scripts/cdn.ts) too. */
export { common as pageBuildOptions };

async function bundle(options: BuildOptions): Promise<string> {
  const result = await build({ ...common, ...options });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error(`esbuild produced nothing for ${String(options.entryPoints)}`);
  return output.text;
}

/** The bridge's ESM entry, minified, as a page bundler would ship it. */
export const bridgeEsm = () =>
  bundle({ entryPoints: [`${bridgeSrc}/index.ts`], format: 'esm', outfile: 'bridge.min.js' });

/**
 * Replaces packages/bridge/src/arities.ts with the string it computes, evaluated here from the
 * catalogue: the legacy global gets every method and its parameter count without shipping the catalogue.
 */
const inlineArities: Plugin = {
  name: 'inline-arities',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]packages[\\/]bridge[\\/]src[\\/]arities\.ts$/ }, async ({ path }) => {
      const { arities } = (await import(pathToFileURL(path).href)) as { arities: () => string };
      return { contents: `export const arities = () => ${JSON.stringify(arities())};`, loader: 'js' };
    });
  },
};

/** `wwe-service-client-api.js`: the legacy global as a minified IIFE. */
export const legacyGlobal = () =>
  bundle({
    entryPoints: [`${bridgeSrc}/legacy.ts`],
    format: 'iife',
    outfile: 'wwe-service-client-api.js',
    plugins: [inlineArities],
  });

/** The legacy global's file names: the reference library's, and the developer's guide's spelling. */
export const legacyFileNames = ['wwe-service-client-api.js', 'wws-service-client-api.js'] as const;

/** Writes the legacy global into `dir` under each of its file names; resolves with its code. */
export async function writeLegacyGlobal(dir: string): Promise<string> {
  const code = await legacyGlobal();
  for (const name of legacyFileNames) writeFileSync(`${dir}/${name}`, code);
  return code;
}

/** Bytes after gzip at the highest level, as a CDN would serve it. */
export const gzipSize = (code: string): number => gzipSync(code, { level: 9 }).length;

/** The size budgets of the page-side bundles, in bytes (minified + gzipped). */
export const sizeBudgets = { bridgeEsm: 2500, legacyGlobal: 3500 } as const;

const elementsSrc = `${root}packages/elements/src`;
/** The element tags and their define modules. */
export const elementDefines: readonly string[] = readdirSync(`${root}packages/elements/src/define`)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  // The provider first, then the rest in name order: the order of the all-elements bundle and the CDN entries.
  .sort((a, b) => Number(b === 'bridge') - Number(a === 'bridge') || a.localeCompare(b));

/** Leaves out the modules every element shares (context, store, helpers) and the other elements one uses: a page ships them once. */
const sharedExternal = {
  name: 'shared-external',
  setup(builder: {
    onResolve(
      options: { filter: RegExp },
      callback: (args: { path: string }) => { path: string; external: boolean },
    ): void;
  }) {
    builder.onResolve({ filter: /^\.\.\/(store|shared|define)\/|^\.\.\/context\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * One element's own code (its define module and class), minified, with Lit, @lit/context, the bridge
 * and the modules all elements share left out, as a page shares them.
 */
export const elementOwnCode = (name: (typeof elementDefines)[number]) =>
  bundle({
    entryPoints: [`${elementsSrc}/define/${name}.ts`],
    format: 'esm',
    outfile: `${name}.min.js`,
    external: ['lit', 'lit/*', '@lit/context', '@wwe-kit/bridge', '@wwe-kit/protocol'],
    plugins: [sharedExternal],
  });

/** The modules every element shares (context, store, controller, helpers), once. */
export const elementsShared = () =>
  bundle({
    stdin: {
      contents: `export * from '${elementsSrc}/store/store.ts'; export * from '${elementsSrc}/store/controller.ts'; export * from '${elementsSrc}/shared/errors.ts'; export * from '${elementsSrc}/shared/converters.ts'; export * from '${elementsSrc}/shared/styles.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    format: 'esm',
    outfile: 'shared.min.js',
    external: ['lit', 'lit/*', '@lit/context', '@wwe-kit/bridge', '@wwe-kit/protocol'],
  });

/** Every element with the bridge, Lit and @lit/context: what a page ships for all of them. */
export const allElements = () =>
  bundle({
    stdin: {
      contents: elementDefines.map((name) => `import '${elementsSrc}/define/${name}.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    format: 'esm',
    outfile: 'elements.min.js',
  });

/** Element budgets, in bytes (minified + gzipped). */
export const elementBudgets = { eachElement: 4096, allWithLit: 26624 } as const;
