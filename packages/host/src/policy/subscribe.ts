import { isEventName, notAllowedMessage } from '@wwe-kit/protocol';
import { optionNames } from '../settings.js';
import type { Grant } from './access.js';

/** At most this many live subscriptions per frame, and event names per subscription: a page needs one. */
export const SUBSCRIPTION_LIMITS = { perFrame: 16, namesPerSubscription: 64 } as const;

/**
 * What a subscribe may name: one event name or several, each of the catalogue's events or
 * `messenger:<channel>`. `undefined` when `names` (the message's `data`, made a list) fit; else the
 * refusal, naming only the names that are wrong. It is checked as the message is read, so a subscribe
 * that names no event never reaches the origin check.
 */
export function subscribeNamesRefusal(names: readonly unknown[]): string | undefined {
  const bad = names.filter((name) => !isEventName(name));
  if (names.length > 0 && bad.length === 0) return undefined;
  return `Subscribe refused: ${names.length ? `${bad.map((name) => JSON.stringify(name) ?? 'undefined').join(', ')} ${bad.length > 1 ? 'are not event names' : 'is not an event name'}` : 'no event name given'}. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.`;
}

/** What the subscribe policy needs to know of the frame that asks. */
export interface Subscriber {
  /** How many subscriptions it holds now. */
  readonly subscriptions: { readonly size: number };
}

/**
 * Whether a frame may add a subscription of these (valid) names: `undefined` when it may, else the
 * refusal to answer. Its origin must be listed in the accepted origins (in its mode: `grant`); what it
 * then receives is the event policy's business (policy/events.ts), not a reason to refuse the subscribe.
 * The limits keep one page from growing the host's index without end.
 */
export function subscribeRefusal(grant: Grant, frame: Subscriber, names: readonly string[]): string | undefined {
  if (!grant.accepted) {
    return notAllowedMessage(
      'subscribe',
      `origin ${grant.origin} is not listed in ${optionNames.acceptedOrigins}`,
      `Add "${grant.origin}" to that option in the interaction-workspace section.`,
    );
  }
  if (names.length > SUBSCRIPTION_LIMITS.namesPerSubscription) {
    return `Subscribe refused: ${names.length} event names, more than the ${SUBSCRIPTION_LIMITS.namesPerSubscription} one subscription may carry. Subscribe to the names the page listens to.`;
  }
  if (frame.subscriptions.size >= SUBSCRIPTION_LIMITS.perFrame) {
    return `Subscribe refused: this frame already holds ${frame.subscriptions.size} subscriptions, the most a frame may keep. Unsubscribe the ones it no longer needs; one subscription can carry every event name.`;
  }
  return undefined;
}
