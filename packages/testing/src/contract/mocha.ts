/**
 * The mocha-style functions the suite registers its tests with: `describe`, `it`, `beforeEach` and
 * `afterEach` (with `.skip`), which WTR's mocha and Vitest (`globals: true`) both put on `globalThis`.
 * Only these four: mocha has no `beforeAll`, Vitest no `before`.
 */

type Body = () => void | Promise<unknown>;
type Skippable<F> = F & { skip: F };

/** The functions of a mocha-style test framework the suite uses. */
export interface MochaStyle {
  readonly describe: Skippable<(title: string, body: () => void) => unknown>;
  readonly it: Skippable<(title: string, body: Body) => unknown>;
  readonly beforeEach: (body: Body) => unknown;
  readonly afterEach: (body: Body) => unknown;
}

/** The framework's functions: given ones (Vitest without globals), or the globals WTR's mocha and Vitest define. */
export function mochaStyle(given?: MochaStyle): MochaStyle {
  if (given) return given;
  const scope = globalThis as unknown as Partial<MochaStyle>;
  const missing = (['describe', 'it', 'beforeEach', 'afterEach'] as const).filter(
    (name) => typeof scope[name] !== 'function',
  );
  if (missing.length)
    throw new Error(
      `runContractSuite registers mocha-style tests, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not defined: run it from a test file of @web/test-runner (mocha) or Vitest with \`globals: true\`, or pass { mocha: { describe, it, beforeEach, afterEach } } imported from your framework.`,
    );
  return scope as MochaStyle;
}
