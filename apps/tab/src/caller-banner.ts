/**
 * The caller banner: who is calling on this tab's interaction, from the
 * background view's `CallerIdentified` message on `callerChannel`, or, when the
 * tab opened after that message went out, from the CRM_* user data the
 * background view attached.
 */
import type { ServiceClient } from '@wwe-kit/bridge';
import {
  callerChannel,
  callerRequestChannel,
  crmKeys,
  customers,
  type CallerIdentified,
  type CallerRequest,
} from '../../shared/customers.js';
import { phoneNumberOf } from '../../shared/wwe-types.js';
import type { Interaction } from '../../shared/wwe-types.js';

/** What the banner needs of a customer. */
interface CallerFacts {
  readonly name: string;
  readonly tier: string;
  readonly since?: string | undefined;
}

/** "Mary Jackson · Gold customer since 2015", or "Unknown caller +15550000000". */
export function callerLine(customer: CallerFacts | null, phone: string): string {
  if (!customer) return `Unknown caller ${phone}`.trim();
  if (!customer.tier) return customer.name;
  return `${customer.name} · ${customer.tier} customer${customer.since ? ` since ${customer.since.slice(0, 4)}` : ''}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a message has the CallerIdentified shape: any page may broadcast anything on the channel. */
export function isCallerIdentified(value: unknown): value is CallerIdentified {
  if (!isRecord(value) || typeof value['interactionId'] !== 'string' || typeof value['phoneNumber'] !== 'string')
    return false;
  const customer = value['customer'];
  return (
    customer === null ||
    (isRecord(customer) && typeof customer['name'] === 'string' && typeof customer['tier'] === 'string')
  );
}

/** The caller as the user data tells it; undefined when the background view has not looked it up. */
export function callerFromUserData(interaction: Interaction): string | undefined {
  const data = interaction.userData;
  const phone = phoneNumberOf(interaction);
  if (data[crmKeys.lookup] === 'unknown') return callerLine(null, phone);
  if (data[crmKeys.lookup] !== 'found') return undefined;
  const known = customers.find((customer) => customer.id === data[crmKeys.customerId]);
  return callerLine(
    known ?? { name: String(data[crmKeys.customerName] ?? 'Known customer'), tier: String(data[crmKeys.tier] ?? '') },
    phone,
  );
}

/** Shows the caller of one interaction in `element`, from the channel or the user data. */
export class CallerBanner {
  readonly #element: HTMLElement;
  #fromMessage: string | undefined;
  #interaction: Interaction | undefined;

  /**
   * Listens on `messenger:<callerChannel>` for messages about `interactionId` only, and, once
   * listening, asks on `callerRequestChannel` for what was found before this tab loaded.
   */
  constructor(client: ServiceClient, interactionId: string, element: HTMLElement) {
    this.#element = element;
    client.on(`messenger:${callerChannel}`, (message) => {
      if (!isCallerIdentified(message) || message.interactionId !== interactionId) return;
      this.#fromMessage = callerLine(message.customer, message.phoneNumber);
      this.render(this.#interaction);
    });
    const request: CallerRequest = { interactionId };
    // Without the answer the banner still shows the caller from the user data: the question may go unanswered.
    void client
      .whenSubscribed()
      .then(() => (this.#fromMessage ? undefined : client.messenger.broadcastMessage(callerRequestChannel, request)))
      .catch(() => undefined);
  }

  /** Shows the caller for the interaction's current state (the message, if one came, wins). */
  render(interaction: Interaction | undefined): void {
    this.#interaction = interaction;
    const line = this.#fromMessage ?? (interaction && callerFromUserData(interaction));
    this.#element.hidden = !line;
    this.#element.textContent = line ?? '';
  }
}
