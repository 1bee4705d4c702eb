import {
  classifyErrorMessage, quarantineSecondsOf, CLIENT_USER_AGENT, PROTOCOL_VERSION,
  type EventEnvelope, type EventName, type FailureEnvelope, type RequestName,
  type RequestParams, type RequestResult, type SubscriptionId, type SuccessEnvelope,
} from '@wwe-kit/protocol';
import { ServiceClientError } from './errors.js';
import type { CallOptions, EventListener, Pending, ServiceClientOptions } from './options.js';
import { resolveHostOrigin, resolveTarget } from './origin.js';
import { SubscriptionKeeper } from './subscriptions.js';

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
  #nextReferenceId = 0;
  readonly #pending = new Map<string, Pending>();
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
      subscribe: (names) =>
        this.#post('subscribe', { event: 'subscribe', data: names }, {})!.then(
          (answer) => (answer.data as { subscriptionId: SubscriptionId }).subscriptionId,
        ),
      unsubscribe: (id) => void this.#post('unsubscribe', { event: 'unsubscribe', data: id }),
    });
    this.#self.addEventListener('message', this.#receive);
  }

  /** Sends a request and resolves with its `data`. */
  request<N extends RequestName>(name: N, parameters?: RequestParams<N>, options?: CallOptions): Promise<RequestResult<N>> {
    return this.exchange(name, parameters, options).then((answer) => answer.data as RequestResult<N>);
  }

  /** Sends a request and resolves with the host's whole success envelope. */
  exchange(name: string, parameters?: readonly unknown[], options: CallOptions = {}): Promise<SuccessEnvelope> {
    const quarantined = this.#quarantine.get(name);
    if (quarantined && Date.now() < quarantined.until) {
      return Promise.reject(new ServiceClientError('rate-limited', name,
        `'${name}' not sent: it is in rate-limit quarantine.`, quarantined.envelope));
    }
    const message: Record<string, unknown> = { request: name };
    const values = parameters ? [...parameters] : [];
    while (values.length && values[values.length - 1] === undefined) values.pop();
    if (values.length) message['parameters'] = values;
    return this.#post(name, message, options)!;
  }

  /**
   * Listens to an event name (`agent`, `interaction`, `messenger:<channel>`…).
   * Any number of listeners share one host subscription. Returns the unsubscribe function.
   */
  on<N extends EventName>(name: N, listener: EventListener<N>): () => void {
    if (this.#disposed) throw disposedError(name);
    let set = this.#listeners.get(name);
    if (!set) {
      this.#listeners.set(name, (set = new Set()));
      this.#resubscribe();
    }
    const entry = listener as unknown as AnyListener;
    set.add(entry);
    return () => {
      if (!set.delete(entry) || set.size || this.#listeners.get(name) !== set) return;
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
      this.#settle(referenceId, pending, disposedError(pending.name));
    }
  }

  /** Stamps and posts a message; with options, waits for its answer. */
  #post(name: string, message: Record<string, unknown>, options?: CallOptions): Promise<SuccessEnvelope> | undefined {
    const referenceId = String(this.#nextReferenceId++);
    const envelope: Record<string, unknown> = { ...message, referenceId, userAgent: CLIENT_USER_AGENT, protocolVersion: PROTOCOL_VERSION };
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
      const onAbort = signal && (() => this.#fail(referenceId, abortError(name, signal)));
      if (onAbort) signal.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(referenceId, { name, resolve, reject, deadline, timeout, signal, onAbort });
      try {
        this.#send(envelope);
      } catch (error) {
        this.#fail(referenceId, error);
      }
    });
  }

  #arm(deadline: number): void {
    clearTimeout(this.#timer);
    this.#armedFor = deadline;
    this.#timer = setTimeout(this.#expire, Math.max(0, deadline - Date.now()));
  }

  readonly #expire = (): void => {
    this.#timer = undefined;
    this.#armedFor = Infinity;
    const now = Date.now();
    let next = Infinity;
    for (const [referenceId, pending] of this.#pending) {
      if (pending.deadline <= now) {
        const { name } = pending;
        this.#settle(referenceId, pending, new ServiceClientError('timeout', name, `'${name}' got no answer within ${pending.timeout} ms.`));
      } else if (pending.deadline < next) next = pending.deadline;
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
    const message: unknown = event.data;
    this.#log('<-', message);
    if (typeof message === 'string') {
      if (message.startsWith('wwe')) this.#options.onLegacyMessage?.(message);
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const fields = message as Record<string, unknown>;
    if (fields['referenceId'] != null) this.#answer(fields);
    else if (typeof fields['event'] === 'string') this.#dispatch(message as EventEnvelope);
    else if (fields['frameId'] !== undefined) this.frameId = fields['frameId'] as number | string;
  };

  #answer(fields: Record<string, unknown>): void {
    const referenceId = String(fields['referenceId']);
    const pending = this.#pending.get(referenceId);
    if (!pending) return;
    if (fields['errorMessage'] === undefined) {
      this.#settle(referenceId, pending);
      pending.resolve(fields as unknown as SuccessEnvelope);
      return;
    }
    const failure = fields as unknown as FailureEnvelope;
    const text = String(failure.errorMessage);
    const code = classifyErrorMessage(text);
    if (code === 'rate-limited') {
      const seconds = quarantineSecondsOf(text);
      this.#quarantine.set(pending.name, { until: seconds ? Date.now() + seconds * 1000 : Infinity, envelope: failure });
    }
    this.#settle(referenceId, pending, new ServiceClientError(code, pending.name, `'${pending.name}' failed: ${text}`, failure));
  }

  #dispatch(envelope: EventEnvelope): void {
    const set = this.#listeners.get(envelope.event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(envelope.data, envelope);
      } catch (error) {
        // One faulty listener must not starve the others; surface it as an uncaught error.
        setTimeout(() => { throw error; });
      }
    }
  }

  #fail(referenceId: string, error: unknown): void {
    const pending = this.#pending.get(referenceId);
    if (pending) this.#settle(referenceId, pending, error);
  }

  #settle(referenceId: string, pending: Pending, error?: unknown): void {
    this.#pending.delete(referenceId);
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    if (error !== undefined) pending.reject(error);
  }

  #log(...args: unknown[]): void {
    const { debug } = this.#options;
    if (debug === true) console.debug('[wwe-kit]', ...args);
    else if (debug) debug(...args);
  }
}

const disposedError = (name: string) => new ServiceClientError('disposed', name, `'${name}': the client is disposed.`);

const abortError = (name: string, signal: AbortSignal) =>
  new ServiceClientError('aborted', name, `'${name}' aborted: ${String(signal.reason)}`);
