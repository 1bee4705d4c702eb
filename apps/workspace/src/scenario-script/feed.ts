/**
 * What a running scenario listens to: every message between the host and the views, and every
 * event the simulator raises. Waits re-check their condition on each new message or event, so a
 * step finishes as soon as what it waits for happens, without polling.
 */
import type { TrafficEntry } from '@wwe-kit/host';
import type { ObservedMessage } from './script-host.js';

/** Why a wait ended without its condition holding. */
export class WaitTimeout extends Error {}

export class TrafficFeed {
  readonly #messages: ObservedMessage[] = [];
  readonly #listeners = new Set<() => void>();
  #seq = 0;
  /** Messages are kept only while a scenario runs. */
  #recording = false;

  /** The host's traffic, as `ServiceHostOptions.onTraffic` hands it over. */
  observe(entry: TrafficEntry): void {
    if (!this.#recording) return;
    this.#messages.push({
      seq: ++this.#seq,
      kind: entry.kind,
      frameId: entry.frameId,
      section: entry.section,
      message: entry.message,
    });
    this.#notify();
  }

  /** An event the simulator raised (whether or not a view hears it): a state may have changed. */
  changed(): void {
    if (this.#recording) this.#notify();
  }

  /** Starts keeping messages (a run begins). */
  start(): void {
    this.#recording = true;
    this.#messages.length = 0;
  }

  /** Stops keeping messages and forgets them (a run ends). */
  stop(): void {
    this.#recording = false;
    this.#messages.length = 0;
    this.#notify();
  }

  /** The number of the last message: an expectation looks at the messages after a mark. */
  get mark(): number {
    return this.#seq;
  }

  /** Drops the messages before `mark`: no expectation can look at them any more. */
  forgetBefore(mark: number): void {
    const first = this.#messages.findIndex((message) => message.seq > mark);
    this.#messages.splice(0, first < 0 ? this.#messages.length : first);
  }

  /** The messages after `mark`, in order. */
  since(mark: number): ObservedMessage[] {
    return this.#messages.filter((message) => message.seq > mark);
  }

  /**
   * Resolves with what `check` answers once it answers something other than undefined: now, or on a
   * later message or event. Rejects with a `WaitTimeout` after `timeout` ms, or when `signal` aborts.
   */
  until<T>(check: () => T | undefined, timeout: number, signal: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.#listeners.delete(listener);
        signal.removeEventListener('abort', onAbort);
        settle();
      };
      const listener = () => {
        let found: T | undefined;
        try {
          found = check();
        } catch (error) {
          finish(() => reject(error as Error));
          return;
        }
        if (found !== undefined) finish(() => resolve(found));
      };
      const onAbort = () => finish(() => reject(new Error('the scenario was stopped.')));
      // A timer for the deadline only: the condition itself is checked on news, never on a clock.
      const timer = setTimeout(
        () => finish(() => reject(new WaitTimeout(`nothing matched within ${timeout} ms`))),
        timeout,
      );
      signal.addEventListener('abort', onAbort);
      this.#listeners.add(listener);
      listener();
    });
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
