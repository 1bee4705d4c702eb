/**
 * The drop-in `wwe-service-client-api.js` (also built as `wws-service-client-api.js`, the
 * developer's guide's spelling): the reference library's callback API on
 * `window.genesys.wwe.service`, the very same object on `genesys.wws.service`, built on the
 * same core as the typed bridge, so an existing page swaps the script tag and changes
 * nothing else. Unlike the reference library it pins the Workspace origin, keeps every
 * subscriber, and logs nothing unless `data-debug` is set on its script tag.
 *
 * Script tag options: `data-host-origin` (the Workspace origin, when the page
 * cannot infer it), `data-timeout` (ms) and `data-debug`.
 */
import type { EventName, FailureEnvelope, ReferenceId, SuccessEnvelope } from '@wwe-kit/protocol';
import { arities } from './arities.js';
import { ClientCore } from './core.js';
import type { ServiceClientError } from './errors.js';

type Callback = (result: unknown) => void;
type Handler = (this: unknown, message: unknown) => void;

/** The reference library's surface; the namespaces (`agent`, `voice`…) hold one function per request. */
interface LegacyService {
  /** Sends a request; returns its referenceId, the page's own when `message` has one. */
  sendMessage(
    message: { request: string; parameters?: unknown[]; referenceId?: ReferenceId },
    done?: Callback | null,
    fail?: Callback | null,
  ): ReferenceId | undefined;
  /** Calls `handler` with each event envelope of the names, `this` being `context`. Returns the service. */
  subscribe(names: string | string[], handler: Handler, context?: unknown): LegacyService;
  /** Stops `handler`, or every handler when none is given. Returns the service. */
  unsubscribe(handler?: Handler): LegacyService;
  /** Talks to this Workspace window from now on. */
  targetWWEWindow(target: Window): void;
  /** Drops every pending callback, every handler and the message listener; a later call starts afresh. */
  unload(): void;
  /** Receives Workspace's legacy `wwe…` strings, when the page defines it. */
  onMessage?: (text: string) => void;
  [namespace: string]: unknown;
}

const script = document.currentScript as HTMLScriptElement | null;
let target: Window | undefined;
let client: ClientCore | undefined;
const handlers = new Map<Handler, Array<() => void>>();

const core = (): ClientCore =>
  (client ??= new ClientCore({
    target,
    hostOrigin: script?.dataset['hostOrigin'],
    timeout: script?.dataset['timeout'] ? Number(script.dataset['timeout']) : undefined,
    debug: script?.dataset['debug'] !== undefined,
    onLegacyMessage: (text) => service.onMessage?.(text),
  }));

// A callback slot holding null or undefined (or anything but a function) means no callback.
const callback = (value: unknown) => (typeof value === 'function' ? (value as Callback) : undefined);

// The reference library hands envelopes over without their referenceId.
const strip = ({ referenceId: _referenceId, ...rest }: SuccessEnvelope | FailureEnvelope) => rest;

/**
 * What `fail` receives: the host's failure envelope, 'Request timeout', or an envelope-shaped
 * local error (a `ServiceClientError` without envelope, or a plain Error: no Workspace window
 * found, a parameter `postMessage` cannot clone).
 */
const failure = (request: string, error: Partial<ServiceClientError> & Error) =>
  error.code === 'timeout'
    ? 'Request timeout'
    : error.envelope
      ? strip(error.envelope)
      : { request, errorMessage: error.message };

/** Sends a request under `chosen` or the next referenceId, and returns that referenceId. */
const call = (
  request: string,
  parameters: unknown[] | undefined,
  done?: Callback,
  fail?: Callback,
  chosen?: ReferenceId,
) => {
  let owner: ClientCore;
  let answer: Promise<SuccessEnvelope>;
  try {
    owner = core();
    chosen ||= owner.nextReferenceId();
    answer = owner.exchange(request, parameters, { referenceId: chosen });
  } catch (error) {
    fail?.(failure(request, error as Error));
    return chosen;
  }
  // After unload() the callbacks of requests still in flight are dropped, as the reference does.
  answer.then(
    (envelope) => client === owner && done?.(strip(envelope)),
    (error: Error) => client === owner && fail?.(failure(request, error)),
  );
  return chosen;
};

const service: LegacyService = {
  sendMessage: (message, done, fail) =>
    call(message.request, message.parameters, callback(done), callback(fail), message.referenceId),
  // The reference library keeps one handler per name; every handler here is kept and served.
  subscribe(names, handler, context) {
    const offs = handlers.get(handler) ?? [];
    for (const name of [names].flat()) {
      try {
        offs.push(core().on(name as EventName, (_data, envelope) => handler.call(context, envelope)));
      } catch (error) {
        // An unknown name is reported, not thrown: the page's other names stay subscribed.
        reportError(error);
      }
    }
    handlers.set(handler, offs);
    return service;
  },
  unsubscribe(handler) {
    for (const [known, offs] of handlers) {
      if (handler && known !== handler) continue;
      offs.forEach((off) => off());
      handlers.delete(known);
    }
    return service;
  },
  targetWWEWindow(window) {
    target = window;
    client?.setTarget(window);
  },
  unload() {
    client?.dispose();
    client = undefined;
    handlers.clear();
  },
};

// One plain object of functions per namespace, so pages can list and feature-detect methods.
for (const group of arities().split(',')) {
  const [namespace = '', methods = ''] = group.split(' ');
  const helpers: Record<string, unknown> = {};
  for (const [, method = '', count] of methods.matchAll(/(\D+)(\d+)/g)) {
    const arity = Number(count);
    // The parameters, then done and fail. A function in a parameter slot starts the callbacks
    // early: `voice.dial(destination, done, fail)` leaves the optional userData out.
    helpers[method] = (...args: unknown[]) => {
      let split = 0;
      while (split < arity && typeof args[split] !== 'function') split++;
      return call(`${namespace}.${method}`, args.slice(0, split), callback(args[split]), callback(args[split + 1]));
    };
  }
  service[namespace] = helpers;
}

// Listen from the start, so the frameId and legacy strings Workspace sends early are not missed.
try {
  core();
} catch {
  // No Workspace window or origin yet: retried at first use, e.g. after targetWWEWindow().
}

// The developer's guide spells the global `genesys.wws.service`: the same object under both names.
const root = window as unknown as { genesys?: Record<string, { service?: LegacyService }> };
const genesys = (root.genesys ??= {});
(genesys['wwe'] ??= {}).service = service;
(genesys['wws'] ??= {}).service = service;
