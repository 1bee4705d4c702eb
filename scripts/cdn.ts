/**
 * The CDN build of @wwe-kit/elements, written to packages/elements/cdn/ (published as
 * `@wwe-kit/elements/cdn/*`), for pages without a bundler:
 * - `wwe-kit.js`: one self-contained ES module (Lit, @lit/context, the bridge and every element);
 *   importing it defines every tag. Its own build, not an entry of the split one, so that it
 *   imports nothing: one script tag, one request.
 * - `<name>.js` for each define entry, for pages that want fewer tags: one code-split build, so
 *   that the code several entries use (Lit above all) lives in `chunks/` and a page loading two
 *   entries loads it once.
 * Both minified, each file with a linked source map whose sources are relative to it.
 */
import { build, transform, type BuildOptions, type BuildResult, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementDefines, pageBuildOptions } from './bundles.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = join(root, 'packages', 'elements');
/** Where the CDN files go: the folder the package's `./cdn/*` export names. */
export const cdnDir = join(elementsDir, 'cdn');
/** The self-contained bundle's file name. */
export const cdnBundleName = 'wwe-kit.js';

const { version } = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8')) as { version: string };
/** The bundle's URL on jsDelivr, which serves any file of a published npm package: the one README gives. */
export const cdnUrl = `https://cdn.jsdelivr.net/npm/@wwe-kit/elements@${version}/cdn/${cdnBundleName}`;

export type ElementName = (typeof elementDefines)[number];

export interface CdnFile {
  /** The path inside cdn/, with forward slashes (as a page's URL spells it). */
  readonly path: string;
  readonly code: string;
  /** The cdn/ files it imports statically, by path inside cdn/: none for the self-contained bundle. */
  readonly imports: readonly string[];
}

export interface CdnBuild {
  /** `wwe-kit.js`. */
  readonly bundle: CdnFile;
  /** `<name>.js` of each define entry. */
  readonly entries: Readonly<Record<ElementName, CdnFile>>;
  /** The split build's `chunks/*.js`: code that more than one entry uses. */
  readonly chunks: readonly CdnFile[];
  /** The one chunk every entry imports, Lit's: loaded once by a page however many entries it loads. */
  readonly shared: CdnFile;
  /** Every file written (or that would be), source maps included, by path inside cdn/. */
  readonly files: ReadonlyMap<string, string>;
}

const inCdn = (path: string) => relative(cdnDir, path).split(sep).join('/');

/**
 * Lit's licence notice travels with the files that ship it. One line on each file rather than Lit's own
 * @license comments (legalComments: 'eof'), which would cost every page 300 B gzipped more.
 */
const banner = `/*! @wwe-kit/elements ${version} (MIT), with Lit and @lit/context (BSD-3-Clause, Copyright Google LLC) */`;

/**
 * esbuild minifies code but leaves template literals alone: the elements' `css\`…\`` blocks keep their
 * indentation, comments and spaces. Each block is plain CSS (no `${…}` in it), so esbuild's own CSS
 * minifier takes them (comments, spaces, redundant units); `esnext` keeps every rule as written (`light-dark()`, `:state()`).
 */
const minifyCss = async (body: string) =>
  (await transform(body, { loader: 'css', minify: true, target: 'esnext' })).code.trim();

const compactStyles: Plugin = {
  name: 'compact-styles',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const blocks = [...source.matchAll(/css`([^`]*)`/g)];
      // A `${…}` or a backslash (a template escape) would make the literal's text differ from its CSS.
      if (blocks.some(([, body]) => /\$\{|\\/.test(body!)))
        throw new Error(`${path}: a css\`\` block with \${…} or \\ in it cannot be minified as plain CSS`);
      const minified = await Promise.all(blocks.map(([, body]) => minifyCss(body!)));
      let index = 0;
      return { contents: source.replace(/css`([^`]*)`/g, () => `css\`${minified[index++]}\``), loader: 'ts' };
    });
  },
};

const options: BuildOptions = {
  ...pageBuildOptions,
  plugins: [compactStyles],
  format: 'esm',
  // Linked, with the sources' text inside: the relative paths reach src/ in the package, but not
  // node_modules, which a CDN does not serve.
  sourcemap: 'linked',
  metafile: true,
  // The metafile names outputs relative to this; fixed, so the paths do not depend on where the build runs.
  absWorkingDir: root,
  banner: { js: banner },
};

/** The JavaScript outputs of one build, with the cdn/ files each imports. */
function outputs(result: BuildResult): CdnFile[] {
  const files = result.outputFiles ?? [];
  if (!result.metafile) throw new Error('esbuild wrote no metafile');
  return Object.entries(result.metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, output]) => {
      const absolute = join(root, path);
      const file = files.find((candidate) => candidate.path === absolute);
      if (!file) throw new Error(`esbuild reported ${path} but produced no such file`);
      return {
        path: inCdn(absolute),
        code: file.text,
        imports: output.imports.map((entry) => inCdn(join(root, entry.path))),
      };
    });
}

/**
 * Builds every CDN file; with `write` (the default) replaces packages/elements/cdn/ with them,
 * so chunks of an earlier build, whose hashed names differ, do not linger.
 */
export async function buildCdn({ write = true }: { write?: boolean } = {}): Promise<CdnBuild> {
  const elementsSrc = join(elementsDir, 'src');
  const [single, split] = await Promise.all([
    build({
      ...options,
      stdin: {
        contents: elementDefines.map((name) => `import './define/${name}.ts';`).join('\n'),
        resolveDir: elementsSrc,
        sourcefile: 'wwe-kit.ts',
        loader: 'ts',
      },
      outfile: join(cdnDir, cdnBundleName),
    }),
    build({
      ...options,
      entryPoints: elementDefines.map((name) => ({ in: join(elementsSrc, 'define', `${name}.ts`), out: name })),
      outdir: cdnDir,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    }),
  ]);
  const [bundle] = outputs(single);
  if (!bundle) throw new Error(`esbuild produced no ${cdnBundleName}`);
  const splitFiles = outputs(split);
  const entries = Object.fromEntries(
    elementDefines.map((name) => {
      const entry = splitFiles.find((file) => file.path === `${name}.js`);
      if (!entry) throw new Error(`esbuild produced no ${name}.js`);
      return [name, entry];
    }),
  ) as Record<ElementName, CdnFile>;
  const chunks = splitFiles.filter((file) => file.path.startsWith('chunks/'));
  const everywhere = chunks.filter((chunk) =>
    Object.values(entries).every((entry) => entry.imports.includes(chunk.path)),
  );
  const [shared] = everywhere;
  if (!shared || everywhere.length > 1)
    throw new Error(
      `expected one chunk that every entry imports, found ${everywhere.map((chunk) => chunk.path).join(', ') || 'none'}`,
    );
  const files = new Map(
    [...(single.outputFiles ?? []), ...(split.outputFiles ?? [])].map((file) => [inCdn(file.path), file.text]),
  );
  if (write) {
    rmSync(cdnDir, { recursive: true, force: true });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(cdnDir, path)), { recursive: true });
      writeFileSync(join(cdnDir, path), text);
    }
  }
  return { bundle, entries, chunks, shared, files };
}

/**
 * The CDN files' budgets, in bytes minified + gzipped (asserted in test/node/bundle-size.test.ts). Budgets
 * are bytes; where a size is written in kB, 1 kB is 1,000 B. The bundle's 24,576 B is the 24 KiB it was
 * first given, kept to the byte rather than rounded up to 25 kB: the budget holds the bundle where it is.
 */
export const cdnBudgets = {
  /** wwe-kit.js: everything a page of one script tag loads. */
  bundle: 24_576,
  /** Each per-element entry's own file, the chunks it imports not counted. */
  eachEntry: 4_000,
  /** The chunk every entry shares: no more than the whole bundle allows. */
  shared: 24_576,
} as const;

/**
 * README's plain-HTML example: the one fenced html block whose script loads `cdnUrl`. Throws unless
 * exactly one block does, so that the end-to-end test (which serves it) and README cannot part ways.
 */
export function readmeSnippet(readme: string): string {
  const blocks = [...readme.matchAll(/^( *)```html\n([\s\S]*?)^\1```$/gm)]
    .map(([, indent = '', body = '']) =>
      body
        .split('\n')
        .map((line) => line.slice(indent.length))
        .join('\n'),
    )
    .filter((body) => body.includes(`src="${cdnUrl}"`));
  if (blocks.length !== 1) throw new Error(`README has ${blocks.length} html blocks loading ${cdnUrl}; expected one`);
  return blocks[0]!;
}

/**
 * README's example as the page the end-to-end test serves next to the built files: the same text, with
 * the two values README tells its reader to change: the script's src becomes the copy beside the page
 * (`./wwe-kit.js`), and `host-origin` the Workspace that embeds it.
 */
export function readmePage(readme: string, hostOrigin: string): string {
  const snippet = readmeSnippet(readme);
  const pins = snippet.match(/ host-origin="[^"]*"/g) ?? [];
  if (pins.length !== 1) throw new Error(`README's example has ${pins.length} host-origin attributes; expected one`);
  return snippet
    .replace(`src="${cdnUrl}"`, `src="./${cdnBundleName}"`)
    .replace(pins[0]!, ` host-origin="${hostOrigin}"`);
}
