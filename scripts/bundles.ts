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

/**
 * What a page ships once whatever its elements, left out of every per-element figure: Lit and
 * @lit/context (counted in `allElements`) and the bridge with the protocol's few runtime helpers (its
 * own budget, `sizeBudgets.bridgeEsm`).
 */
const pageRuntime = ['lit', 'lit/*', '@lit/context', '@wwe-kit/bridge', '@wwe-kit/protocol'];

/**
 * Leaves out the modules every element carries (context, store, controllers, base class, helpers) and
 * the other elements one imports (`../define/…`): what the element adds to a page that has them.
 */
const sharedExternal: Plugin = {
  name: 'shared-external',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/(store|shared|define)\/|^\.\.\/context\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * One element's own code (its define module and class), minified, without Lit, the bridge, the shared
 * modules or the elements it imports: what it adds to a page that already has those.
 */
export const elementOwnCode = (name: (typeof elementDefines)[number]) =>
  bundle({
    entryPoints: [`${elementsSrc}/define/${name}.ts`],
    format: 'esm',
    outfile: `${name}.min.js`,
    external: pageRuntime,
    plugins: [sharedExternal],
  });

/** One element as a page that uses it alone ships it, and the other elements it brings along. */
export interface ShippedElement {
  readonly code: string;
  /** The other elements it imports (e.g. `record-fields` for `outbound-preview`), by define name. */
  readonly imports: readonly string[];
}

/**
 * One element counted as a page ships it: its own code with the shared modules (context, store,
 * controllers, helpers) and every element it imports; only Lit, @lit/context and the bridge left out.
 */
export async function elementAsShipped(name: (typeof elementDefines)[number]): Promise<ShippedElement> {
  const result = await build({
    ...common,
    entryPoints: [`${elementsSrc}/define/${name}.ts`],
    format: 'esm',
    outfile: `${name}.shipped.min.js`,
    external: pageRuntime,
    metafile: true,
  });
  const code = result.outputFiles?.[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced nothing for ${name}`);
  const imports = Object.keys(result.metafile?.inputs ?? {})
    .map((input) => /packages\/elements\/src\/define\/([\w-]+)\.ts$/.exec(input)?.[1])
    .filter((define): define is string => define !== undefined && define !== name);
  return { code, imports };
}

const sharedModules = [
  ...['store', 'shared'].flatMap((folder) =>
    readdirSync(`${elementsSrc}/${folder}`)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${elementsSrc}/${folder}/${file}`),
  ),
  `${elementsSrc}/context.ts`,
];

/** The modules every element shares (context, store, controllers, base class, helpers), once: the part of each element a page ships once. */
export const elementsShared = () =>
  bundle({
    stdin: {
      // Namespace re-exports, so that no export is dropped as ambiguous or unused.
      contents: sharedModules.map((path, index) => `export * as m${index} from '${path}';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    format: 'esm',
    outfile: 'shared.min.js',
    external: pageRuntime,
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

/**
 * A page of one element: `<wwe-bridge>` and that element, with everything they import (Lit,
 * @lit/context, the bridge): the whole cost of using one element on a page of its own.
 */
export const elementPage = (name: (typeof elementDefines)[number]) =>
  bundle({
    stdin: {
      contents: [...new Set(['bridge', name])].map((tag) => `import '${elementsSrc}/define/${tag}.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    format: 'esm',
    outfile: `${name}.page.min.js`,
  });

/**
 * Element budgets in bytes, minified + gzipped (kB = 1,000 B). Why each is what it is: see
 * test/node/bundle-size.test.ts.
 */
export const elementBudgets = {
  /** The shared modules, which every element carries and a page ships once. */
  shared: 4_500,
  /** Each element as shipped: with the shared modules. */
  eachElement: 6_000,
  /** An element that imports another element, as shipped: with that element and the shared modules. */
  withImportedElement: 8_000,
  /** What each element adds to a page that already has the shared modules and the elements it imports. */
  ownCode: 4_000,
  /** Every element with the bridge, Lit and @lit/context. */
  allWithLit: 26_000,
} as const;

/** Every element-size figure of the bench (bench/elements.ts), in bytes minified + gzipped. */
export interface ElementSizes {
  readonly each: ReadonlyArray<{
    readonly tag: string;
    /** The other elements it brings along, as tags. */
    readonly imports: readonly string[];
    /** `elementAsShipped`, and the budget that applies to it. */
    readonly shipped: number;
    readonly budget: number;
    /** `elementOwnCode`. */
    readonly own: number;
    /** `elementPage`. */
    readonly page: number;
  }>;
  readonly shared: number;
  readonly all: number;
  readonly budgets: typeof elementBudgets;
}

export async function elementSizes(): Promise<ElementSizes> {
  const each = [];
  for (const name of elementDefines) {
    const shipped = await elementAsShipped(name);
    each.push({
      tag: `wwe-${name}`,
      imports: shipped.imports.map((tag) => `wwe-${tag}`),
      shipped: gzipSize(shipped.code),
      budget: shipped.imports.length ? elementBudgets.withImportedElement : elementBudgets.eachElement,
      own: gzipSize(await elementOwnCode(name)),
      page: gzipSize(await elementPage(name)),
    });
  }
  const [shared, all] = await Promise.all([elementsShared(), allElements()]);
  return { each, shared: gzipSize(shared), all: gzipSize(all), budgets: elementBudgets };
}
