import { BackendError } from '@wwe-kit/host';
import { canonicalRequestName, type RequestName } from '@wwe-kit/protocol';
import type { SimulatorClock } from './clock.js';

/** A fault set on one request. */
export type Fault =
  | { readonly kind: 'delay'; readonly milliseconds: number }
  | { readonly kind: 'drop' }
  | { readonly kind: 'fail'; readonly message: string };

/**
 * Fault injection, so page developers can test their error paths: delay or
 * drop the answers to a request, or make it fail with a given message.
 * Faults apply to the request under both its spellings and stay until cleared.
 */
export class FaultInjector {
  readonly #faults = new Map<string, Fault>();
  readonly #clock: SimulatorClock;

  constructor(clock: SimulatorClock) {
    this.#clock = clock;
  }

  /** Answers `request` only after `milliseconds` (on the simulator's clock). */
  delay(request: RequestName, milliseconds: number): void {
    this.#faults.set(canonicalRequestName(request), { kind: 'delay', milliseconds });
  }

  /** Never answers `request`: the page's own timeout (or the host's deadline) must cope. */
  drop(request: RequestName): void {
    this.#faults.set(canonicalRequestName(request), { kind: 'drop' });
  }

  /** Fails `request` with `message`, verbatim. */
  fail(request: RequestName, message: string): void {
    this.#faults.set(canonicalRequestName(request), { kind: 'fail', message });
  }

  /** Clears the fault of one request, or every fault. */
  clear(request?: RequestName): void {
    if (request) this.#faults.delete(canonicalRequestName(request));
    else this.#faults.clear();
  }

  /** The faults in force, by request. */
  list(): Array<[string, Fault]> {
    return [...this.#faults.entries()];
  }

  /** Runs `serve` under the fault set on the request (by its canonical name), if any. */
  apply(name: RequestName, serve: () => unknown): unknown {
    const fault = this.#faults.get(canonicalRequestName(name));
    if (!fault) return serve();
    if (fault.kind === 'fail') throw new BackendError(fault.message);
    if (fault.kind === 'drop') return new Promise<never>(() => undefined);
    return new Promise((resolve, reject) => {
      this.#clock.after(fault.milliseconds, () => {
        try {
          resolve(serve());
        } catch (error) {
          reject(error);
        }
      });
    });
  }
}
