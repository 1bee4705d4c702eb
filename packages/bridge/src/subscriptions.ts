import type { SubscribeAnswerEnvelope, SubscriptionId } from '@wwe-kit/protocol';

/**
 * The subscriptionId of a subscribe answer. The reference client reads it from the top of the
 * envelope, older hosts answer it only in `data`: either is taken, the top first.
 */
export const subscriptionIdOf = (answer: object): SubscriptionId =>
  ((answer as Answer).subscriptionId ?? (answer as Answer).data?.subscriptionId)!;

type Answer = Partial<SubscribeAnswerEnvelope>;

interface HostSubscription {
  readonly key: string;
  readonly answer: Promise<SubscriptionId>;
  id?: SubscriptionId;
  retired?: boolean;
}

/** What the subscription keeper needs from the client. */
export interface SubscriptionChannel {
  /** The event names some local listener wants now. */
  names(): string[];
  /** Sends `subscribe` and resolves with the host's subscriptionId. */
  subscribe(names: string[]): Promise<SubscriptionId>;
  /** Sends `unsubscribe`; the host does not answer it. */
  unsubscribe(id: SubscriptionId): void;
}

/**
 * Keeps exactly one host subscription covering the union of the names the
 * page listens to. Changes made in the same tick are merged into one
 * subscribe; a later change replaces the old subscription instead of adding one.
 */
export class SubscriptionKeeper {
  #current: HostSubscription | undefined;
  #pending: Promise<void> | undefined;
  readonly #channel: SubscriptionChannel;

  constructor(channel: SubscriptionChannel) {
    this.#channel = channel;
  }

  /** Schedules a sync at the end of this tick; resolves once the host has the new union. */
  schedule(): Promise<void> {
    return (this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      return this.#sync();
    }));
  }

  /** Resolves when the host has acknowledged the current union of names. */
  settled(): Promise<void> {
    return this.#pending ?? this.#current?.answer.then(() => undefined) ?? Promise.resolve();
  }

  /** Drops the host subscription, if any. */
  clear(): void {
    this.#retire();
    this.#current = undefined;
  }

  async #sync(): Promise<void> {
    const names = this.#channel.names().sort();
    const key = names.join('\n');
    if (key === (this.#current?.key ?? '')) return this.settled();
    this.clear();
    if (!names.length) return;
    const subscription: HostSubscription = { key, answer: this.#channel.subscribe(names) };
    this.#current = subscription;
    const id = await subscription.answer;
    subscription.id = id;
    // Replaced while its answer was on the way: drop it now that its id is known.
    if (subscription.retired) this.#channel.unsubscribe(id);
  }

  #retire(): void {
    const old = this.#current;
    if (!old) return;
    old.retired = true;
    if (old.id !== undefined) this.#channel.unsubscribe(old.id);
    // A failed subscribe has nothing to drop; swallow so it is not reported twice.
    old.answer.catch(() => undefined);
  }
}
