/**
 * What the background view makes of one lookup: the user data it attaches, the
 * toast it pops and the message it broadcasts. Pure functions, so the rules
 * (which keys, which words) are in one place.
 */
import type { KeyValues, ToastParameters } from '../../shared/wwe-types.js';
import { crmKeys, normalisePhone, type CallerIdentified, type Customer } from '../../shared/customers.js';

/** How long the toast stays up: long enough to read while the call rings. */
const TOAST_MS = 15_000;

/** Whether `phone` holds a number at all (a party name or an empty ANI does not). */
export const isPhoneNumber = (phone: string): boolean => normalisePhone(phone).replace('+', '').length > 0;

/** The user data to attach: only the CRM keys, and for an unknown number only that the lookup found nothing. */
export function crmUserData(customer: Customer | undefined): KeyValues {
  if (!customer) return { [crmKeys.lookup]: 'unknown' };
  return {
    [crmKeys.customerId]: customer.id,
    [crmKeys.customerName]: customer.name,
    [crmKeys.tier]: customer.tier,
    [crmKeys.lookup]: 'found',
  };
}

/** "Gold customer since 2015". */
export const customerSummary = (customer: Customer): string =>
  `${customer.tier} customer since ${customer.since.slice(0, 4)}`;

/** The toast for the agent: who is calling, or that the number is not in the CRM. */
export function callerToast(phone: string, customer: Customer | undefined): ToastParameters {
  return customer
    ? {
        title: 'Incoming call',
        subject: customer.name,
        message: `${customerSummary(customer)} · ${phone}`,
        autoCloseTimeout: TOAST_MS,
      }
    : {
        title: 'Incoming call',
        subject: 'Unknown caller',
        message: `${phone} is not in the CRM.`,
        autoCloseTimeout: TOAST_MS,
      };
}

/** The `CallerIdentified` message, as plain JSON (the customer's phone list copied into a plain array). */
export function callerMessage(interactionId: string, phoneNumber: string, customer: Customer | undefined) {
  return {
    interactionId,
    phoneNumber,
    customer: customer ? { ...customer, phones: [...customer.phones] } : null,
  } satisfies CallerIdentified;
}
