/**
 * The prebuilt shell's files (dist/shell-app, built by the repository's `npm run build`), served
 * read-only: a request names a file inside that folder or nothing. No path leaves it, whatever its
 * spelling (`..`, `%2e%2e`, a backslash, a NUL), and no symbolic link is followed out of it.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the built shell: `<package>/dist/shell-app`, from `src/server/` (the repository's
 * sources) and from `dist/server/` (the published package) alike.
 */
export const shellDir = fileURLToPath(new URL('../../dist/shell-app/', import.meta.url));

/** Throws, saying how to build it, when the shell is not there. */
export function checkShellBuilt(dir: string = shellDir): void {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(
      `@wwe-kit/testing: the prebuilt shell is missing (${join(dir, 'index.html')}). In the wwe-kit repository, run npm run build; an installed package ships it, so reinstall @wwe-kit/testing.`,
    );
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a file by its extension; unknown ones are bytes, which no browser runs. */
export const contentTypeOf = (path: string): string =>
  contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file a url path names inside `root` (`/` is index.html), or undefined when it names none or
 * would leave `root`. The path is decoded once; a segment `..` or `.`, a backslash or a NUL is refused
 * rather than resolved, and the real path (links followed) must still lie inside the real root.
 */
export function resolveShellFile(urlPath: string, root: string = shellDir): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const candidate = join(root, ...(segments.length ? segments : ['index.html']));
  try {
    const real = realpathSync(candidate);
    const realRoot = realpathSync(root);
    if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}
