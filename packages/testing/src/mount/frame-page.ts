/**
 * Where the mount frame comes from: this package's frame.html and runtime, served by the test's own
 * server (@web/test-runner, Vitest's browser mode) and loaded from the server's other host name, so the
 * frame is really cross-origin: a page on localhost gets a frame on 127.0.0.1, and the other way round.
 */

/** The other host name of a test server: the same server, another origin. */
const OTHER_HOST: Readonly<Record<string, string>> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' };

/**
 * The origin the mount frame loads from, for a test page at `page`: the same server under its other
 * host name (localhost ↔ 127.0.0.1).
 * @throws Error when the page is on another host name; pass `frameOrigin` to `mountInWorkspace` then.
 */
export function mountFrameOrigin(page: Pick<Location, 'protocol' | 'hostname' | 'port' | 'origin'> = location): string {
  const other = OTHER_HOST[page.hostname];
  if (!other)
    throw new Error(
      `mountInWorkspace: the test page is on ${page.origin}, so the frame's other origin is unknown. Serve the tests on localhost (the frame then loads from 127.0.0.1), or pass \`frameOrigin\`: an origin of the same server that differs from the page's.`,
    );
  return `${page.protocol}//${other}${page.port ? `:${page.port}` : ''}`;
}

/** The frame page and its runtime module, on the frame's origin. */
export interface FramePage {
  /** frame.html, with no query yet. */
  readonly url: URL;
  /** The runtime module frame.html imports: the sibling of this module, with its extension (.ts in source, .js built). */
  readonly runtime: URL;
  /** frame.html on the test page's own origin: how the test server is asked whether it serves it. */
  readonly local: URL;
}

/** The frame page beside this module, moved to `origin`. */
export function framePage(origin: string, here: string = import.meta.url): FramePage {
  const base = new URL(here);
  const extension = /\.[cm]?[jt]s$/.exec(base.pathname)?.[0] ?? '.js';
  const onFrameOrigin = (relative: string) => new URL(new URL(relative, base).pathname, origin);
  return {
    url: onFrameOrigin('./frame.html'),
    runtime: onFrameOrigin(`./frame-runtime${extension}`),
    local: new URL('./frame.html', base),
  };
}

/**
 * Checks, before any frame is made, that the test server serves frame.html and answers on the frame's
 * origin: without them the frame would show an error page and never speak.
 * @throws Error saying which of the two failed and how to fix it.
 */
export async function checkServed(page: FramePage): Promise<void> {
  const local = await fetch(page.local, { cache: 'no-store' }).catch((error: unknown) => error as Error);
  if (local instanceof Error || !local.ok)
    throw new Error(
      `mountInWorkspace: the test server does not serve the mount page ${page.local.href} (${local instanceof Error ? local.message : `HTTP ${local.status}`}). It sits beside @wwe-kit/testing/mount's module; a bundler that moves the module elsewhere breaks that (Vite: add '@wwe-kit/testing' to optimizeDeps.exclude).`,
    );
  // An opaque answer is enough: it proves a server listens on the frame's origin.
  await fetch(page.url, { mode: 'no-cors', cache: 'no-store' }).catch((error: unknown) => {
    throw new Error(
      `mountInWorkspace: nothing answers at ${page.url.origin} (${(error as Error).message}), where the frame loads from. The test server must listen on both localhost and 127.0.0.1 (Vite: server.host: true, or '0.0.0.0'), or pass \`frameOrigin\`.`,
    );
  });
}
