import { eventNamespace, type EventName, type EventPayload } from '@wwe-kit/protocol';
import type { EmitOptions } from './backend.js';
import type { Delivery } from './delivery.js';
import type { EventPolicy } from './policy/events.js';
import { SERVER } from './replies.js';
import type { HostReporter } from './reporter.js';
import type { SubscriptionRegistry } from './subscriptions.js';

/** What the fan-out works with: the subscription index, the event policy in force, and the way out. */
export interface FanOutOptions {
  readonly subscriptions: SubscriptionRegistry;
  /** The event policy of the options in force now (they change with `setOptions`). */
  readonly policy: () => EventPolicy;
  readonly delivery: Delivery;
  readonly report: HostReporter;
}

/**
 * Sends one event to the frames that may see it. The subscription index gives the subscribers of the
 * name (no scan of every frame); the emit's addressing (one frame, all but one) and the event policy
 * choose among them. The payload is filtered once and the envelope built once, on the first frame
 * admitted: an event no frame may see costs no copy, and twenty frames share one envelope, which each
 * `postMessage` then clones for its own frame.
 */
export class FanOut {
  readonly #options: FanOutOptions;

  constructor(options: FanOutOptions) {
    this.#options = options;
  }

  /** Fans `data` out as event `name`. Never throws: a payload that cannot be filtered is reported, and sent to no one. */
  emit<N extends EventName>(name: N, data: EventPayload<N>, options: EmitOptions = {}): void {
    const { subscriptions, delivery, report } = this.#options;
    try {
      const policy = this.#options.policy();
      const namespace = eventNamespace(name);
      const { frameId: onlyFrameId, exceptFrameId } = options;
      let envelope: Record<string, unknown> | undefined;
      for (const frame of subscriptions.subscribers(name)) {
        if ((onlyFrameId !== undefined && frame.frameId !== onlyFrameId) || frame.frameId === exceptFrameId) continue;
        if (!policy.admits(frame, namespace)) continue;
        envelope ??= { event: name, data: policy.payload(name, data), ...SERVER };
        delivery.post(frame, frame.origin!, envelope, 'event');
      }
    } catch (error) {
      report.problem(`Event '${name}' not sent: ${(error as Error).message}`);
    }
  }
}
