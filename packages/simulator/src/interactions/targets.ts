import type { KeyValues, TargetQuery } from '@wwe-kit/protocol';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';

/** A destination as the requests take it: a phone number, or a target object (consult, transfer, conference). */
export type Destination = string | TargetQuery;

/** The party a destination reaches: the string itself, or the target's `destination`. */
export const destinationOf = (target: Destination): string =>
  typeof target === 'string' ? target : target.destination;

/**
 * Whether a destination is a phone number. A string is: the API makes it "a target of type
 * CustomContact with a destination set to this value" (002:1043). An object is one only when its
 * kind (`type`, or `target` as the consult page spells it) is CUSTOM_CONTACT; the prose spells it
 * "CustomContact", so case and underscores do not count. An employee id, an agent group, a skill,
 * an interaction queue or a routing point is a name, not a number (002:1045-1047).
 */
export function isPhoneNumber(target: Destination): boolean {
  if (typeof target === 'string') return true;
  const kind = target.type ?? target.target ?? '';
  return kind.replace(/[^a-z]/gi, '').toUpperCase() === 'CUSTOMCONTACT';
}

/** `expression.phone-number.supported-characters` limits what a phone number holds; it never applies to names. */
export function checkPhoneNumber(runtime: Runtime, target: Destination): void {
  if (!isPhoneNumber(target)) return;
  const destination = destinationOf(target);
  const allowed = runtime.option('expression.phone-number.supported-characters');
  if (allowed && [...destination].some((char) => !allowed.includes(char)))
    runtime.fail(errors.unsupportedCharacters(destination, allowed));
}

/**
 * Optional key/values a page hands over (userData, extensions). The reference library sends `null`
 * for one left out (`voice.dial(destination, done, fail)` sends `[destination, null]`), and the
 * catalogue's runtime check lets `null` through though the request types say `undefined`: both mean none.
 */
export const keyValues = (value: KeyValues | null | undefined): KeyValues => ({ ...(value ?? {}) });
