/**
 * The published packages, packed as npm would publish them, and what a project outside the
 * repository needs to install them offline. Shared by scripts/pack-check.ts and the consumer test.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const published = ['protocol', 'bridge', 'host', 'simulator', 'elements', 'testing'] as const;
export type Published = (typeof published)[number];

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

/**
 * The environment for an npm that must act on its own folder only. Under `npm test` or `npm run`,
 * npm hands its scripts npm_package_* and npm_lifecycle_* variables and the repository as the prefix;
 * an npm started with those would take the repository for its project. The cache and the user's
 * .npmrc stay: the cache is what lets the consumer install offline.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^npm_(package|lifecycle)_|^npm_config_(prefix|local_prefix|workspaces?|include_workspace_root)$|^INIT_CWD$/i.test(
        key,
      )
    )
      delete env[key];
  }
  return env;
}

/**
 * `npm pack` of every published package into `destination`, by package name. The build ran before
 * (`npm test`, the pack check and the release all build first), so prepack is skipped: it would
 * rebuild the whole repository five times, and rewrite dist while other tests read it.
 */
export function packPackages(destination: string): Map<Published, string> {
  const tarballs = new Map<Published, string>();
  for (const name of published) {
    const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
      cwd: join(root, 'packages', name),
      encoding: 'utf8',
      env: npmEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [report] = JSON.parse(output) as Array<{ filename: string }>;
    tarballs.set(name, join(destination, report!.filename));
  }
  return tarballs;
}

/** A package's manifest in the repository (the one npm pack puts in its tarball). */
export const manifestOf = (name: Published) =>
  JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  };

/** The registry's url of a package's tarball: `https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz`. */
const registryTarball = (name: string, version: string) =>
  `https://registry.npmjs.org/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`;

/**
 * package.json and package-lock.json of a scratch project in `dir` that depends on the tarballs and on
 * `tools` (exact versions). Every registry package is pinned to the version and integrity the
 * repository's lockfile resolves, so `npm install --offline` takes all of them from npm's cache (which
 * the repository's `npm ci` filled) and needs no registry metadata, which that cache does not hold.
 */
export function scratchProject(dir: string, tarballs: Map<Published, string>, tools: readonly string[]) {
  const lock = (
    JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }
  ).packages;
  // Node's lookup inside the repository's tree: the nearest node_modules/<name> above `from`.
  const find = (from: string, name: string): string | undefined => {
    for (
      let base = from;
      ;
      base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : ''
    ) {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (lock[path] && !lock[path].link) return path;
      if (!base) return undefined;
    }
  };
  const packages: Record<string, LockEntry> = {};
  const missing: string[] = [];
  const add = (from: string, dependencies: Record<string, string>) => {
    for (const name of Object.keys(dependencies)) {
      if (name.startsWith('@wwe-kit/')) continue;
      const path = find(from, name);
      if (!path) {
        missing.push(`${name} (for ${from || 'the project'})`);
        continue;
      }
      if (packages[path]) continue;
      const { dev: _dev, devOptional: _devOptional, ...entry } = lock[path]!;
      // An entry npm wrote without its tarball's url (as `npm install <name>` may) would send npm to the
      // registry's metadata, which the cache may lack: the url is the registry's usual one.
      packages[path] =
        entry.resolved || !entry.version ? entry : { ...entry, resolved: registryTarball(name, entry.version) };
      const optionalPeers = Object.keys(entry.peerDependencies ?? {}).filter(
        (peer) => entry.peerDependenciesMeta?.[peer]?.optional,
      );
      const peers = Object.fromEntries(
        Object.entries(entry.peerDependencies ?? {}).filter(([peer]) => !optionalPeers.includes(peer)),
      );
      add(path, { ...entry.dependencies, ...entry.optionalDependencies, ...peers });
    }
  };
  const toolVersions = Object.fromEntries(
    tools.map((name) => [name, lock[`node_modules/${name}`]?.version ?? 'missing']),
  );
  const dependencies: Record<string, string> = { ...toolVersions };
  for (const [name, tarball] of tarballs) {
    const manifest = manifestOf(name);
    const spec = `file:${relative(dir, tarball)}`;
    dependencies[manifest.name] = spec;
    packages[`node_modules/${manifest.name}`] = {
      version: manifest.version,
      resolved: spec,
      license: manifest.license,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      ...(manifest.dependencies ? { dependencies: manifest.dependencies } : {}),
      // As npm writes a lockfile: a peer (@wwe-kit/testing's @playwright/test) the entry leaves out is one npm looks up.
      ...(manifest.peerDependencies ? { peerDependencies: manifest.peerDependencies } : {}),
      ...(manifest.peerDependenciesMeta ? { peerDependenciesMeta: manifest.peerDependenciesMeta } : {}),
    };
    add('', manifest.dependencies ?? {});
  }
  add('', toolVersions);
  const pkg = { name: 'wwe-kit-consumer', private: true, type: 'module', dependencies };
  return {
    missing,
    packageJson: pkg,
    packageLock: {
      name: pkg.name,
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: pkg.name, dependencies }, ...packages },
    },
  };
}
