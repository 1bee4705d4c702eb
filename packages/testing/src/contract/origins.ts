/**
 * The two origins of one test server: the test page's own, and the other name of the same server
 * (localhost ⇄ 127.0.0.1), so that a view is really cross-origin without a second server.
 */

/** The test page's own origin. */
export const sameOrigin = (): string => location.origin;

/**
 * The test server's other origin: `http://127.0.0.1:<port>` from a page on localhost, and
 * `http://localhost:<port>` from a page on 127.0.0.1 (a dev server that listens on every interface
 * answers both). Any other host name has no known twin: pass the cross origin to `runContractSuite`.
 */
export function crossOrigin(): string {
  const { protocol, hostname, port } = location;
  const twin = hostname === 'localhost' ? '127.0.0.1' : hostname === '127.0.0.1' ? 'localhost' : undefined;
  if (!twin)
    throw new Error(
      `No cross origin known for a page on ${location.origin}: load the tests from localhost or 127.0.0.1, or pass { crossOrigin: 'http://…' } to runContractSuite.`,
    );
  return `${protocol}//${twin}${port ? `:${port}` : ''}`;
}

/**
 * The probe view's url on `origin`: the page ships beside this module (src/ or dist/), so it is found
 * in an installed package as in the repo, wherever the test server serves node_modules from.
 */
export function probeUrl(origin: string, search = ''): string {
  const url = new URL('./fixtures/probe.html', import.meta.url);
  return `${origin}${url.pathname}${search}`;
}
