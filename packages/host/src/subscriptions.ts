import type { SubscriptionId } from '@wwe-kit/protocol';
import type { FrameRecord } from './frames.js';

/** At most this many live subscriptions per frame, and event names per subscription: a page needs one. */
export const SUBSCRIPTION_LIMITS = { perFrame: 16, namesPerSubscription: 64 } as const;

/**
 * Who listens to what: each frame's subscriptions, and an index from event
 * name to the frames subscribed to it, so fan-out never scans every frame.
 */
export class SubscriptionRegistry {
  #nextId = 1;
  /** Event name → frame → how many of its subscriptions name the event. */
  readonly #byName = new Map<string, Map<FrameRecord, number>>();

  /** Why a frame may not add this subscription, or undefined when it may. */
  refusal(frame: FrameRecord, names: readonly string[]): string | undefined {
    if (names.length > SUBSCRIPTION_LIMITS.namesPerSubscription) {
      return `Subscribe refused: ${names.length} event names, more than the ${SUBSCRIPTION_LIMITS.namesPerSubscription} one subscription may carry. Subscribe to the names the page listens to.`;
    }
    if (frame.subscriptions.size >= SUBSCRIPTION_LIMITS.perFrame) {
      return `Subscribe refused: this frame already holds ${frame.subscriptions.size} subscriptions, the most a frame may keep. Unsubscribe the ones it no longer needs; one subscription can carry every event name.`;
    }
    return undefined;
  }

  /** Records a subscription and answers its id. */
  subscribe(frame: FrameRecord, names: readonly string[]): SubscriptionId {
    const id = this.#nextId++;
    const unique = [...new Set(names)];
    frame.subscriptions.set(id, unique);
    for (const name of unique) {
      let frames = this.#byName.get(name);
      if (!frames) this.#byName.set(name, (frames = new Map()));
      frames.set(frame, (frames.get(frame) ?? 0) + 1);
    }
    return id;
  }

  /** Drops one subscription of this frame; ids of other frames are not its to drop. */
  unsubscribe(frame: FrameRecord, id: SubscriptionId): boolean {
    const names = frame.subscriptions.get(id) ?? frame.subscriptions.get(Number(id));
    if (!names) return false;
    frame.subscriptions.delete(frame.subscriptions.has(id) ? id : Number(id));
    for (const name of names) {
      const frames = this.#byName.get(name);
      const count = frames?.get(frame) ?? 0;
      if (count > 1) frames!.set(frame, count - 1);
      else {
        frames?.delete(frame);
        if (frames?.size === 0) this.#byName.delete(name);
      }
    }
    return true;
  }

  /** Drops every subscription of a frame that is gone or reloaded. */
  dropFrame(frame: FrameRecord): void {
    for (const id of [...frame.subscriptions.keys()]) this.unsubscribe(frame, id);
  }

  /** The frames subscribed to an event name. */
  subscribers(name: string): Iterable<FrameRecord> {
    return this.#byName.get(name)?.keys() ?? [];
  }

  /** How many frames listen to an event name. */
  count(name: string): number {
    return this.#byName.get(name)?.size ?? 0;
  }
}
