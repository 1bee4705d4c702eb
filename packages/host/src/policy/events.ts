import { eventNamespace, type EventName, type EventPayload, type Namespace } from '@wwe-kit/protocol';
import type { AccessPolicy, FrameMode } from './access.js';
import { filterUserData } from './read-filter.js';

/** What the event policy needs to know of a subscribed frame. */
export interface EventAudience {
  /** The origin of its document; `undefined` until it has sent a message. */
  readonly origin: string | undefined;
  readonly mode: FrameMode;
}

/**
 * The event policy: which subscribed frames may see an event, and what of its payload they see.
 *
 * - A frame receives an event only when its origin, in its mode, may call at least one request of
 *   the event's namespace (`eventNamespace`: `markdone` needs interaction rights, `messenger:<channel>`
 *   messenger rights). The rights are the access policy's grant, so the origin filter, the
 *   explicit-only requests and the workspace-tab rule apply to events exactly as to requests: an
 *   unlisted origin receives nothing, and a workspace-level tab, which may call `voice.dial` only,
 *   receives no event (there is no voice event).
 * - A frame that has not spoken yet has no known origin, so it receives nothing: the host never posts
 *   a payload to an origin it has not seen.
 * - Every admitted frame sees the same payload: user data cut to the read allowlist, computed once per
 *   event. Messenger messages are the pages' own words and pass as sent.
 *
 * Which frames subscribed is the subscription index's to say (subscriptions.ts); whom an emit
 * addresses (one frame, all but one) the fan-out's (fan-out.ts). Rebuilt whenever the options change.
 */
export class EventPolicy {
  readonly #access: AccessPolicy;
  readonly #readAllowed: ReadonlySet<string>;

  constructor(access: AccessPolicy, readAllowed: ReadonlySet<string>) {
    this.#access = access;
    this.#readAllowed = readAllowed;
  }

  /** Whether `frame` may receive an event of `namespace`; the fan-out computes the namespace once per event. */
  admits(frame: EventAudience, namespace: Namespace): boolean {
    return frame.origin !== undefined && this.#access.grant(frame.origin, frame.mode).namespaces.has(namespace);
  }

  /** Whether a subscribed `frame` may receive the event `name`. */
  mayReceive(frame: EventAudience, name: EventName): boolean {
    return this.admits(frame, eventNamespace(name));
  }

  /**
   * What every admitted frame receives of `data`: a copy in which each `userData` keeps only readable
   * keys (objects without user data below them are shared, not copied); a messenger message as sent.
   * Call it once per event, and only once some frame is admitted.
   */
  payload<N extends EventName>(name: N, data: EventPayload<N>): EventPayload<N> {
    return name.startsWith('messenger:') ? data : filterUserData(data, this.#readAllowed);
  }
}
