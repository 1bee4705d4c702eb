import type { EventEnvelope, EventName, EventPayload, ReferenceId, SuccessEnvelope } from '@wwe-kit/protocol';

/** How a `ServiceClient` finds and talks to Workspace. */
export interface ServiceClientOptions {
  /**
   * The Workspace origin every message is pinned to. Defaults to the parent
   * frame's origin (`location.ancestorOrigins`), the opener's, or the referrer's.
   * `'*'` turns pinning off and must be given explicitly.
   */
  hostOrigin?: string;
  /** The Workspace window. Defaults to `window.opener`, else `window.parent`. */
  target?: Window;
  /** Milliseconds before a request fails with `timeout`; 10 000 by default, 0 for never. */
  timeout?: number;
  /** Logs traffic with `console.debug`, or with the function given. Silent by default. */
  debug?: boolean | ((...args: unknown[]) => void);
  /** Receives legacy `wwe…` string messages from Workspace. */
  onLegacyMessage?: (text: string) => void;
  /** The page's own window; the global one by default. */
  self?: Window;
}

/** Per-call options. */
export interface CallOptions {
  /**
   * The message's referenceId instead of the next of the client's counter, as the reference's
   * `sendMessage` lets a page choose it. The answer is matched by this exact value.
   */
  referenceId?: ReferenceId | undefined;
  /** Rejects the call with `aborted` when it fires. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this call; 0 for never. */
  timeout?: number | undefined;
}

/** A listener of one event name: the event's `data`, then the whole envelope. */
export type EventListener<N extends EventName> = (data: EventPayload<N>, envelope: EventEnvelope<N>) => void;

/** A request waiting for its answer. */
export interface Pending {
  readonly name: string;
  readonly resolve: (envelope: SuccessEnvelope) => void;
  readonly reject: (error: unknown) => void;
  /** `Date.now()` after which it fails with `timeout`; Infinity for never. */
  readonly deadline: number;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}
