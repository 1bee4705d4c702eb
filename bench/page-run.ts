/** Runs one bench page: opens it, calls its global entry with options, closes it. */
import type { Harness } from './harness.js';

export interface PageRun<T> {
  readonly result: T;
  /** Uncaught errors of the page while it ran (0 expected). */
  readonly pageErrors: string[];
  /** Seconds to load the page (its bundle built on first request), and to run it. */
  readonly seconds: { readonly load: number; readonly run: number };
}

const since = (start: number) => +((performance.now() - start) / 1000).toFixed(1);

/**
 * Opens `/<page>.html`, waits for `globalThis[entry]` and awaits `entry(options)`; the page's console goes
 * to the bench's output. A fresh page per part, so one part's frames never share the CPU with the next.
 */
export async function runPage<T>(harness: Harness, page: string, entry: string, options: unknown): Promise<PageRun<T>> {
  const tab = await harness.browser.newPage();
  const pageErrors: string[] = [];
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`  [bench ${page}] ${message.text()}`);
  });
  try {
    const start = performance.now();
    await tab.goto(harness.url(`/${page}.html`));
    await tab.waitForFunction((name) => name in globalThis, entry);
    const load = since(start);
    const ran = performance.now();
    const result = await tab.evaluate(
      ([name, given]) =>
        (globalThis as unknown as Record<string, (options: unknown) => Promise<unknown>>)[name]!(given),
      [entry, options] as const,
    );
    return { result: result as T, pageErrors, seconds: { load, run: since(ran) } };
  } finally {
    await tab.close();
  }
}
