/**
 * The drop-in `wwe-service-client-api.js`: the reference library's callback
 * API on `window.genesys.wwe.service`, built on the same core as the typed
 * bridge, so an existing page swaps the script tag and changes nothing else.
 * Unlike the reference library it pins the Workspace origin, keeps every
 * subscriber, and logs nothing unless `data-debug` is set on its script tag.
 *
 * Script tag options: `data-host-origin` (the Workspace origin, when the page
 * cannot infer it), `data-timeout` (ms) and `data-debug`.
 */
import type { SuccessEnvelope } from '@wwe-kit/protocol';
import { ClientCore } from './core.js';
import { ServiceClientError } from './errors.js';
import { namespaceOf, namespaces } from './namespaces.js';

type Callback = (result: unknown) => void;
type Handler = (this: unknown, message: unknown) => void;

interface LegacyService {
  sendMessage(message: { request: string; parameters?: unknown[] }, done?: Callback, fail?: Callback): void;
  subscribe(names: string | string[], handler: Handler, context?: unknown): void;
  unsubscribe(handler?: Handler): void;
  targetWWEWindow(target: Window): void;
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

/** Sends a request; `done` gets the answer envelope, `fail` the failure envelope or 'Request timeout'. */
const call = (request: string, parameters: unknown[] | undefined, done?: Callback, fail?: Callback): void => {
  let answer: Promise<SuccessEnvelope>;
  try {
    answer = core().exchange(request, parameters);
  } catch (error) {
    fail?.({ request, errorMessage: (error as Error).message });
    return;
  }
  answer.then(
    (envelope) => {
      // The reference library hands the envelope over without its referenceId.
      const { referenceId: _referenceId, ...rest } = envelope;
      done?.(rest);
    },
    (error: unknown) => {
      if (!(error instanceof ServiceClientError)) fail?.({ request, errorMessage: String(error) });
      else if (error.code === 'timeout') fail?.('Request timeout');
      else if (error.envelope) {
        const { referenceId: _referenceId, ...rest } = error.envelope;
        fail?.(rest);
      } else fail?.({ request, errorMessage: error.message });
    },
  );
};

const service: LegacyService = {
  sendMessage: (message, done, fail) => call(message.request, message.parameters, done, fail),
  // The reference library keeps one handler per name; every handler here is kept and served.
  subscribe(names, handler, context) {
    const client = core();
    const offs = (Array.isArray(names) ? names : [names]).map((name) =>
      client.on(name as `messenger:${string}`, (_data, envelope) => handler.call(context, envelope)),
    );
    handlers.set(handler, [...(handlers.get(handler) ?? []), ...offs]);
  },
  unsubscribe(handler) {
    for (const [known, offs] of handlers) {
      if (handler && known !== handler) continue;
      offs.forEach((off) => off());
      handlers.delete(known);
    }
  },
  targetWWEWindow(window) {
    target = window;
    client?.setTarget(window);
  },
};

for (const namespace of namespaces) {
  // Parameters come first, then the optional done and fail callbacks.
  service[namespace] = namespaceOf(namespace, (request, args) => {
    const split = args.findIndex((arg) => typeof arg === 'function');
    const [done, fail] = (split < 0 ? [] : args.slice(split)) as [Callback?, Callback?];
    call(request, split < 0 ? args : args.slice(0, split), done, fail);
  });
}

// Listen from the start, so the frameId and legacy strings Workspace sends early are not missed.
try {
  core();
} catch {
  // No Workspace window or origin yet: retried at first use, e.g. after targetWWEWindow().
}

const root = window as unknown as { genesys?: { wwe?: { service?: LegacyService } } };
root.genesys ??= {};
root.genesys.wwe ??= {};
root.genesys.wwe.service = service;
