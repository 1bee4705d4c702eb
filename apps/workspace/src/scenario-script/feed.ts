/**
 * What a running scenario listens to: every message between the host and the views, and every
 * event the simulator raises. Waits re-check their condition on each new message or event, so a
 * step finishes as soon as what it waits for happens, without polling. Each request is paired with
 * its answer (by frame and reference id) as the answer arrives, and a message is found by its number
 * without a search, so a chatty run costs each waiting step O(1) per message.
 */
import type { TrafficEntry } from '@wwe-kit/host';
import type { ObservedMessage } from './script-host.js';

/** Why a wait ended without its condition holding. */
export class WaitTimeout extends Error {}

/** The frame and reference id that pair a request with its answer; undefined for a message without one. */
function pairingKey(message: ObservedMessage): string | undefined {
  const body = message.message;
  const referenceId = body && typeof body === 'object' ? (body as Record<string, unknown>)['referenceId'] : undefined;
  return referenceId === undefined || referenceId === null ? undefined : `${message.frameId} ${String(referenceId)}`;
}

export class TrafficFeed {
  /**
   * The messages kept, from `#head` on, numbered one after the other (`seq`): the message after a
   * mark is found by arithmetic. Those before `#head` are forgotten, and dropped in batches.
   */
  readonly #messages: ObservedMessage[] = [];
  #head = 0;
  readonly #listeners = new Set<() => void>();
  #seq = 0;
  /** Messages are kept only while a scenario runs. */
  #recording = false;
  /** The requests not answered yet, by frame and reference id. */
  readonly #unanswered = new Map<string, ObservedMessage>();
  readonly #answers = new WeakMap<ObservedMessage, ObservedMessage>();
  readonly #requests = new WeakMap<ObservedMessage, ObservedMessage>();

  /** The host's traffic, as `ServiceHostOptions.onTraffic` hands it over. */
  observe(entry: TrafficEntry): void {
    if (!this.#recording) return;
    const message: ObservedMessage = {
      seq: ++this.#seq,
      kind: entry.kind,
      frameId: entry.frameId,
      section: entry.section,
      message: entry.message,
    };
    this.#messages.push(message);
    this.#pair(message);
    this.#notify();
  }

  /** An event the simulator raised (whether or not a view hears it): a state may have changed. */
  changed(): void {
    if (this.#recording) this.#notify();
  }

  /** Starts keeping messages (a run begins). */
  start(): void {
    this.#recording = true;
    this.#forgetAll();
  }

  /** Stops keeping messages and forgets them (a run ends). */
  stop(): void {
    this.#recording = false;
    this.#forgetAll();
    this.#notify();
  }

  /** The number of the last message: an expectation looks at the messages after a mark. */
  get mark(): number {
    return this.#seq;
  }

  /** Drops the messages before `mark`: no expectation can look at them any more. */
  forgetBefore(mark: number): void {
    this.#head = this.#indexAfter(mark);
    // Moving the rest down only once half is forgotten keeps forgetting O(1) a message.
    if (this.#head * 2 > this.#messages.length) {
      this.#messages.splice(0, this.#head);
      this.#head = 0;
    }
  }

  /** The messages after `mark`, in order, as they are read (those that come meanwhile included). */
  *after(mark: number): Generator<ObservedMessage> {
    for (let index = this.#indexAfter(mark); index < this.#messages.length; index++) yield this.#messages[index]!;
  }

  /** The messages after `mark`, in order. */
  since(mark: number): ObservedMessage[] {
    return this.#messages.slice(this.#indexAfter(mark));
  }

  /** The answer or error to a request, once it came. */
  answerTo(request: ObservedMessage): ObservedMessage | undefined {
    return this.#answers.get(request);
  }

  /** The request an answer or error answers, when it was seen. */
  requestOf(answer: ObservedMessage): ObservedMessage | undefined {
    return this.#requests.get(answer);
  }

  /**
   * Resolves with what `check` answers once it answers something other than undefined: now, or on a
   * later message or event. Rejects with a `WaitTimeout` after `timeout` ms, or when `signal` aborts
   * (at once when it already has).
   */
  until<T>(check: () => T | undefined, timeout: number, signal: AbortSignal): Promise<T> {
    if (signal.aborted) return Promise.reject(new Error('the scenario was stopped.'));
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

  /** Pairs an answer or error with the request it answers: the last one from its frame with its reference id. */
  #pair(message: ObservedMessage): void {
    const key = pairingKey(message);
    if (key === undefined) return;
    if (message.kind === 'request') {
      this.#unanswered.set(key, message);
      return;
    }
    const request = message.kind === 'answer' || message.kind === 'error' ? this.#unanswered.get(key) : undefined;
    if (!request) return;
    this.#unanswered.delete(key);
    this.#answers.set(request, message);
    this.#requests.set(message, request);
  }

  /** The index in `#messages` of the first message after `mark`. */
  #indexAfter(mark: number): number {
    const first = this.#messages[this.#head];
    if (!first) return this.#messages.length;
    return Math.min(this.#head + Math.max(0, mark + 1 - first.seq), this.#messages.length);
  }

  #forgetAll(): void {
    this.#messages.length = 0;
    this.#head = 0;
    this.#unanswered.clear();
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
