import type { SubscriptionId } from '@wwe-kit/protocol';
import type { FrameRecord } from './frames.js';

/**
 * Who listens to what: each frame's subscriptions, and an index from event
 * name to the frames subscribed to it, so fan-out never scans every frame. Whether a frame may
 * subscribe is policy/subscribe.ts's to say; whether it may see an event, policy/events.ts's.
 */
export class SubscriptionRegistry {
  #nextId = 1;
  /** Event name → frame → how many of its subscriptions name the event. */
  readonly #byName = new Map<string, Map<FrameRecord, number>>();

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
