/** Test helpers: the probe view, registered with a host. It lives in @wwe-kit/testing's contract suite. */
export { openProbe, requestMessage, type Probe, type ProbeOptions } from '../../packages/testing/src/contract/probe.js';

/**
 * Resolves once `check` holds, polling; rejects with `what` after `wait` ms. For the one thing no test can
 * await: a cross-origin popup closing, which the host notices only by its own interval (events.test.ts).
 * It stays in the repository's helpers: the contract suite @wwe-kit/testing ships needs no poll.
 */
export async function until(check: () => boolean | Promise<boolean>, what: string, wait = 4000): Promise<void> {
  const deadline = performance.now() + wait;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
