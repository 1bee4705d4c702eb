import type {
  BackendRequestName,
  EventName,
  EventPayload,
  RequestName,
  RequestParams,
  RequestResult,
} from '@wwe-kit/protocol';
import type { ClientFrame } from './frames.js';
import type { OptionData } from './options.js';

/** Who is asking: handed to the backend with every request. */
export interface RequestContext {
  /** The view that sent the request. */
  readonly frame: ClientFrame;
  /** Its origin, as the browser reported it. */
  readonly origin: string;
  /** The name as the page sent it (`sipEndpoint.muteMicrophone` stays that way; `name` is canonical). */
  readonly requestedAs: RequestName;
  /**
   * The user-data keys the page may read (`service-client-api.user-data.read-allowed`). A backend may copy
   * only these into its answer, rather than copy every key for the host to throw most away; the host cuts
   * every answer to them again, so a backend that ignores this is never wrong, only slower.
   */
  readonly userDataReadable?: ReadonlySet<string>;
}

/** Where to send an event: every subscribed frame, only one (e.g. the owner of a toast), or all but one. */
export interface EmitOptions {
  /** Only this frame. */
  readonly frameId?: number;
  /** Every subscribed frame but this one: a messenger broadcast goes to the *other* web applications (002:2562). */
  readonly exceptFrameId?: number;
}

/** What a backend uses to raise events. The host applies subscriptions, policy and the read allowlist. */
export interface EventSink {
  emit<N extends EventName>(name: N, data: EventPayload<N>, options?: EmitOptions): void;
}

/**
 * What the host hands its backend when it connects: where events go, and the option data. The host owns
 * the parsed option data (it reads it, it takes `setOptions`); a backend reads it here, current, and
 * keeps no copy of its own to keep in step.
 */
export interface HostLink extends EventSink {
  /** The option data in force. */
  options(): OptionData;
}

/**
 * The Workspace behind a `ServiceHost`: the simulator, or an adapter to a real
 * agent desktop. It sees only requests that passed every check, with
 * parameters of the catalogue's types, under their canonical name.
 */
export interface HostBackend {
  /** Serves one request. Throw a `BackendError` for a documented failure; its message is the page's `errorMessage`. */
  handle<N extends RequestName>(
    name: N,
    parameters: RequestParams<N>,
    context: RequestContext,
  ): RequestResult<N> | Promise<RequestResult<N>>;
  /** Called once by the host with its link (events out, option data in); may return a function that detaches. */
  connect?(host: HostLink): void | (() => void);
}

/** A failure the backend reports on purpose: its message goes to the page verbatim. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
}

/** How a backend answers one request. */
export type RequestHandler<N extends RequestName> = (
  parameters: RequestParams<N>,
  context: RequestContext,
) => RequestResult<N> | Promise<RequestResult<N>>;

/** The per-request handlers of `backendFromHandlers`; any may be missing (answered "not supported"). */
export type RequestHandlers = { readonly [N in RequestName]?: RequestHandler<N> };

/**
 * A complete backend: one handler for every request of the catalogue a backend answers (all but the
 * host's own and the aliases). A request added to the catalogue and left out does not compile.
 */
export type BackendHandlers = { readonly [N in BackendRequestName]: RequestHandler<N> };

/** Some of a complete backend's handlers, e.g. one domain's. */
export type HandlersFor<N extends BackendRequestName> = Pick<BackendHandlers, N>;

/** The answer to a request that no handler serves. */
export const notSupportedMessage = (name: string): string =>
  `Request '${name}' is not supported by this Workspace. It needs a backend that implements it (the simulator implements every request of the reference).`;

/**
 * A backend from a map of handlers, one per request; requests without a
 * handler fail with a clear "not supported" message.
 */
export function backendFromHandlers(handlers: RequestHandlers, connect?: HostBackend['connect']): HostBackend {
  return {
    handle(name, parameters, context) {
      const handler = handlers[name] as ((parameters: unknown, context: RequestContext) => never) | undefined;
      if (!handler) throw new BackendError(notSupportedMessage(context.requestedAs));
      return handler(parameters, context);
    },
    connect,
  };
}
