import {
  classifyErrorMessage,
  isEventName,
  quarantineSecondsOf,
  CLIENT_USER_AGENT,
  PROTOCOL_VERSION,
  type EventEnvelope,
  type EventName,
  type FailureEnvelope,
  type ReferenceId,
  type RequestName,
  type RequestParams,
  type RequestResult,
  type SuccessEnvelope,
} from '@wwe-kit/protocol';
import { abortError, disposedError, ServiceClientError, timeoutError, unknownEventError } from './errors.js';
import type { CallOptions, EventListener, Pending, ServiceClientOptions } from './options.js';
import { resolveHostOrigin, resolveTarget } from './origin.js';
import { subscriptionIdOf, SubscriptionKeeper } from './subscriptions.js';

type AnyListener = (data: unknown, envelope: EventEnvelope) => void;

/**
 * The transport under `ServiceClient` and the legacy global: requests by
 * name, one merged event subscription, a pinned host window and origin,
 * timeouts, AbortSignal and `dispose()`.
 */
export class ClientCore {
  /** The origin every message is sent to and accepted from. */
  readonly hostOrigin: string;
  /** The id Workspace gave this frame, once announced. */
  frameId: number | string | undefined;
  /** Default timeout of requests, in milliseconds. */
  timeout: number;
  #target: Window;
  readonly #self: Window;
  readonly #options: ServiceClientOptions;
  #counter = 0;
  // Keyed by the referenceId exactly as sent: a page may choose its own, a number too.
  readonly #pending = new Map<ReferenceId, Pending>();
  readonly #listeners = new Map<string, Set<AnyListener>>();
  readonly #quarantine = new Map<string, { until: number; envelope: FailureEnvelope }>();
  readonly #subscriptions: SubscriptionKeeper;
  #disposed = false;
  // One timer for all pending requests, armed at the earliest deadline: a timer per request
  // costs more than the rest of the bridge's work on a round trip.
  #timer: ReturnType<typeof setTimeout> | undefined;
  #armedFor = Infinity;

  constructor(options: ServiceClientOptions = {}) {
    this.#options = options;
    this.#self = options.self ?? window;
    this.#target = options.target ?? resolveTarget(this.#self);
    this.hostOrigin = options.hostOrigin ?? resolveHostOrigin(this.#self, this.#target);
    this.timeout = options.timeout ?? 10_000;
    this.#subscriptions = new SubscriptionKeeper({
      names: () => [...this.#listeners.keys()],
      subscribe: (names) => this.#post('subscribe', { event: 'subscribe', data: names }, {})!.then(subscriptionIdOf),
      unsubscribe: (id) => void this.#post('unsubscribe', { event: 'unsubscribe', data: id }),
    });
    this.#self.addEventListener('message', this.#receive);
  }

  /** Sends a request and resolves with its `data`. */
  request<N extends RequestName>(
    name: N,
    parameters?: RequestParams<N>,
    options?: CallOptions,
  ): Promise<RequestResult<N>> {
    return this.exchange(name, parameters, options).then((answer) => answer.data as RequestResult<N>);
  }

  /** Sends a request and resolves with the host's whole success envelope. */
  exchange(name: string, parameters?: readonly unknown[], options: CallOptions = {}): Promise<SuccessEnvelope> {
    const quarantined = this.#quarantine.get(name);
    if (quarantined && Date.now() < quarantined.until) {
      return Promise.reject(
        new ServiceClientError(
          'rate-limited',
          name,
          `'${name}' not sent: it is in rate-limit quarantine.`,
          quarantined.envelope,
        ),
      );
    }
    const values = [...(parameters ?? [])];
    while (values.length && values.at(-1) === undefined) values.pop();
    // `parameters` is left out when there are none, as the reference client does.
    return this.#post(name, values.length ? { request: name, parameters: values } : { request: name }, options)!;
  }

  /**
   * Listens to an event name (`agent`, `interaction`, `messenger:<channel>`…).
   * Any number of listeners share one host subscription. Returns the unsubscribe function.
   * @throws TypeError for a name that is not an event: Workspace refuses a whole subscribe
   *   naming one, which would silence every other listener of the page.
   */
  on<N extends EventName>(name: N, listener: EventListener<N>): () => void {
    if (this.#disposed) throw disposedError(name);
    if (!isEventName(name)) throw unknownEventError(name);
    let set = this.#listeners.get(name);
    if (!set) {
      this.#listeners.set(name, (set = new Set()));
      this.#resubscribe();
    }
    set.add(listener as unknown as AnyListener);
    return () => {
      if (!set.delete(listener as unknown as AnyListener) || set.size || this.#listeners.get(name) !== set) return;
      this.#listeners.delete(name);
      this.#resubscribe();
    };
  }

  #resubscribe(): void {
    // Failures reach whoever awaits whenSubscribed(); here they are only logged.
    this.#subscriptions.schedule().catch((error: unknown) => this.#log('subscribe failed', error));
  }

  /** Resolves once Workspace has acknowledged the subscription for every name listened to. */
  whenSubscribed(): Promise<void> {
    return this.#subscriptions.settled();
  }

  /** Points the client at another Workspace window (the legacy `targetWWEWindow`). */
  setTarget(target: Window): void {
    this.#target = target;
  }

  /** Rejects every pending request with `disposed`, drops listeners, timers and the host subscription. */
  dispose(): void {
    if (this.#disposed) return;
    this.#subscriptions.clear();
    this.#disposed = true;
    this.#self.removeEventListener('message', this.#receive);
    this.#listeners.clear();
    clearTimeout(this.#timer);
    for (const [referenceId, pending] of this.#pending) {
      this.#settle(referenceId, disposedError(pending.name));
    }
  }

  /** The next referenceId of the client's counter ("0", "1", …), skipping any still waiting for its answer. */
  nextReferenceId(): string {
    let referenceId: string;
    do referenceId = String(this.#counter++);
    while (this.#pending.has(referenceId));
    return referenceId;
  }

  /** Stamps and posts a message; with options, waits for its answer. */
  #post(name: string, message: Record<string, unknown>, options?: CallOptions): Promise<SuccessEnvelope> | undefined {
    const referenceId = options?.referenceId ?? this.nextReferenceId();
    const envelope: Record<string, unknown> = {
      ...message,
      referenceId,
      userAgent: CLIENT_USER_AGENT,
      protocolVersion: PROTOCOL_VERSION,
    };
    if (this.frameId !== undefined) envelope['frameId'] = this.frameId;
    if (!options) {
      if (!this.#disposed) this.#send(envelope);
      return undefined;
    }
    const { signal } = options;
    if (this.#disposed) return Promise.reject(disposedError(name));
    if (signal?.aborted) return Promise.reject(abortError(name, signal));
    return new Promise<SuccessEnvelope>((resolve, reject) => {
      const timeout = options.timeout ?? this.timeout;
      const deadline = timeout > 0 ? Date.now() + timeout : Infinity;
      if (deadline < this.#armedFor) this.#arm(deadline);
      // Removed when the request ends, so a long-lived signal does not keep it alive.
      const onAbort = () => this.#settle(referenceId, abortError(name, signal!));
      signal?.addEventListener('abort', onAbort);
      this.#pending.set(referenceId, { name, resolve, reject, deadline, timeout, signal, onAbort });
      try {
        this.#send(envelope);
      } catch (error) {
        this.#settle(referenceId, error);
      }
    });
  }

  #arm(deadline: number): void {
    clearTimeout(this.#timer);
    this.#armedFor = deadline;
    // A deadline already past gives a negative delay, which setTimeout runs at once.
    this.#timer = setTimeout(this.#expire, deadline - Date.now());
  }

  readonly #expire = (): void => {
    this.#armedFor = Infinity;
    const now = Date.now();
    let next = Infinity;
    for (const [referenceId, pending] of this.#pending) {
      if (pending.deadline <= now) this.#settle(referenceId, timeoutError(pending));
      else if (pending.deadline < next) next = pending.deadline;
    }
    if (next < Infinity) this.#arm(next);
  };

  #send(envelope: Record<string, unknown>): void {
    this.#log('->', envelope);
    this.#target.postMessage(envelope, this.hostOrigin);
  }

  readonly #receive = (event: MessageEvent): void => {
    // Pinned: only the Workspace window, and only from its origin.
    if (event.source !== this.#target || (this.hostOrigin !== '*' && event.origin !== this.hostOrigin)) return;
    // Optional chaining below reads nothing from null and finds no field on the other primitives.
    const message = event.data as Record<string, unknown> | string | null | undefined;
    this.#log('<-', message);
    if (typeof message === 'string') {
      if (message.startsWith('wwe')) this.#options.onLegacyMessage?.(message);
      return;
    }
    if (message?.['referenceId'] != null) this.#answer(message as unknown as FailureEnvelope);
    else if (typeof message?.['event'] === 'string') this.#dispatch(message as unknown as EventEnvelope);
    else if (message?.['frameId'] !== undefined) this.frameId = message['frameId'] as number | string;
  };

  // Called only for a message with a referenceId: typed as a failure, a success until errorMessage says otherwise.
  #answer(failure: FailureEnvelope): void {
    const referenceId = failure.referenceId!;
    const pending = this.#pending.get(referenceId);
    if (!pending) return;
    // Success or failure is decided only by whether errorMessage is present.
    if (failure.errorMessage === undefined)
      return this.#settle(referenceId, undefined, failure as unknown as SuccessEnvelope);
    const text = String(failure.errorMessage);
    const code = classifyErrorMessage(text);
    if (code === 'rate-limited') {
      const seconds = quarantineSecondsOf(text);
      this.#quarantine.set(pending.name, {
        until: seconds ? Date.now() + seconds * 1000 : Infinity,
        envelope: failure,
      });
    }
    this.#settle(referenceId, new ServiceClientError(code, pending.name, `'${pending.name}' failed: ${text}`, failure));
  }

  #dispatch(envelope: EventEnvelope): void {
    const set = this.#listeners.get(envelope.event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(envelope.data, envelope);
      } catch (error) {
        // One faulty listener must not starve the others; surface it as an uncaught error.
        reportError(error);
      }
    }
  }

  /** Ends a pending request, if it still is: rejects it with `error`, else resolves it with `envelope`. */
  #settle(referenceId: ReferenceId, error?: unknown, envelope?: SuccessEnvelope): void {
    const pending = this.#pending.get(referenceId);
    if (!pending) return;
    this.#pending.delete(referenceId);
    pending.signal?.removeEventListener('abort', pending.onAbort);
    if (error === undefined) pending.resolve(envelope!);
    else pending.reject(error);
  }

  #log(...args: unknown[]): void {
    const { debug } = this.#options;
    if (debug === true) console.debug('[wwe-kit]', ...args);
    else if (debug) debug(...args);
  }
}
