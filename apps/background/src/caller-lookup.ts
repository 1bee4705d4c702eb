/**
 * The background view's work: each call that rings is looked up in the sample
 * CRM by its number, once; the result is attached to the interaction, shown to
 * the agent as a toast and broadcast on `callerChannel` for the tab views.
 */
import type { EventPayload, ServiceClient, ServiceClientError } from '@wwe-kit/bridge';
import { callerChannel, callerRequestChannel, findByPhone } from '../../shared/customers.js';
import { callerMessage, callerToast, crmUserData, isPhoneNumber } from './caller-card.js';
import { phoneNumberOf } from '../../shared/wwe-types.js';
import type { LogKind } from './status-log.js';
import type { Interaction } from '../../shared/wwe-types.js';

/** Where the lookup reports what it did. */
export type Report = (kind: LogKind, text: string, interactionId?: string) => void;

/**
 * Identifies every ringing call exactly once, however often RINGING is reported:
 * those already ringing at start (`interaction.getInteractions`) and those that
 * ring later (`interaction` events). Each call's work runs on its own, so a slow
 * or failed step for one never holds up another; a removed interaction's work
 * stops and its state is dropped.
 */
export class CallerLookup {
  readonly #client: ServiceClient;
  readonly #report: Report;
  /** Interactions seen ringing, each with what stops its work once it is removed. */
  readonly #handled = new Map<string, AbortController>();
  /** What was found for each live interaction, told again to a view that asks on `callerRequestChannel`. */
  readonly #identified = new Map<string, ReturnType<typeof callerMessage>>();
  /** Removals seen while the start-up list was on its way: that list may still hold them. */
  #removedDuringStart: Set<string> | undefined;
  #stopListening: (() => void) | undefined;

  constructor(client: ServiceClient, report: Report) {
    this.#client = client;
    this.#report = report;
  }

  /**
   * Listens to interaction events, then handles the calls already ringing. Resolves once
   * both stand; rejects with the bridge's error when Workspace refuses either.
   */
  async start(): Promise<void> {
    this.#removedDuringStart = new Set();
    const stopInteractions = this.#client.on('interaction', (event) => this.#onEvent(event));
    const stopRequests = this.#client.on(`messenger:${callerRequestChannel}`, (message) => this.#retell(message));
    this.#stopListening = () => {
      stopInteractions();
      stopRequests();
    };
    try {
      // Asked only once subscribed, so a call that rings in between is seen by one or the other.
      await this.#client.whenSubscribed();
      const current = await this.#client.interaction.getInteractions();
      for (const interaction of current) {
        if (!this.#removedDuringStart.has(interaction.interactionId)) this.#consider(interaction);
      }
    } finally {
      this.#removedDuringStart = undefined;
    }
  }

  /** Stops listening and stops the work under way. */
  dispose(): void {
    this.#stopListening?.();
    for (const work of this.#handled.values()) work.abort('the view was closed');
    this.#handled.clear();
    this.#identified.clear();
  }

  /** A view asks who is calling on an interaction: the answer goes out again on `callerChannel`. */
  #retell(message: unknown): void {
    const interactionId = (message as { interactionId?: unknown } | null)?.interactionId;
    const known = typeof interactionId === 'string' ? this.#identified.get(interactionId) : undefined;
    if (!known) return;
    void this.#attempt(known.interactionId, 'messenger.broadcastMessage', () =>
      this.#client.messenger.broadcastMessage(callerChannel, known),
    ).then(
      (sent) =>
        sent &&
        this.#report(
          'broadcast',
          `Interaction ${known.interactionId}: told again on ${callerChannel}, as a view asked.`,
          known.interactionId,
        ),
    );
  }

  #onEvent(event: EventPayload<'interaction'>): void {
    if (!('interaction' in event)) return;
    if (event.eventType === 'REMOVED') this.#forget(event.interaction.interactionId);
    else this.#consider(event.interaction);
  }

  #consider(interaction: Interaction): void {
    const id = interaction.interactionId;
    if (interaction.state !== 'RINGING' || this.#handled.has(id)) return;
    const work = new AbortController();
    this.#handled.set(id, work);
    void this.#identify(interaction, work.signal);
  }

  #forget(interactionId: string): void {
    this.#removedDuringStart?.add(interactionId);
    this.#identified.delete(interactionId);
    const work = this.#handled.get(interactionId);
    if (!work) return;
    work.abort('the interaction was removed');
    this.#handled.delete(interactionId);
    this.#report('info', `Interaction ${interactionId} was removed; its lookup is forgotten.`, interactionId);
  }

  async #identify(interaction: Interaction, signal: AbortSignal): Promise<void> {
    const id = interaction.interactionId;
    const phone = phoneNumberOf(interaction);
    if (!isPhoneNumber(phone)) {
      this.#report('info', `Interaction ${id} rings without a phone number (ANI): there is nothing to look up.`, id);
      return;
    }
    const customer = findByPhone(phone);
    this.#report(
      'identified',
      customer
        ? `Interaction ${id}: ${phone} is ${customer.name} (${customer.id}, ${customer.tier}).`
        : `Interaction ${id}: ${phone} is not in the CRM.`,
      id,
    );

    const userData = crmUserData(customer);
    const client = this.#client;
    // Attached before the broadcast, so a tab that missed the message finds the caller in the user data.
    const attached = await this.#attempt(id, 'interaction.setUserData', () =>
      client.request('interaction.setUserData', [id, userData], { signal }),
    );
    if (signal.aborted) return;
    if (attached) this.#report('attached', `Interaction ${id}: attached ${Object.keys(userData).join(', ')}.`, id);

    const message = callerMessage(id, phone, customer);
    this.#identified.set(id, message);
    await Promise.all([
      this.#attempt(id, 'system.popupToast', () =>
        client.request('system.popupToast', [callerToast(phone, customer)], { signal }),
      ).then(
        (shown) => shown && this.#report('toast', `Interaction ${id}: toast ${shown.result} shown to the agent.`, id),
      ),
      this.#attempt(id, 'messenger.broadcastMessage', () =>
        client.request('messenger.broadcastMessage', [callerChannel, message], { signal }),
      ).then((sent) => sent && this.#report('broadcast', `Interaction ${id}: broadcast on ${callerChannel}.`, id)),
    ]);
  }

  /**
   * Runs one request of a call's work: answers `{ result }`, or undefined after reporting why it
   * failed (nothing when the interaction was removed meanwhile). A failed step does not stop the
   * others: the agent still gets the toast when the user data is refused, and the tabs the message.
   */
  async #attempt<T>(
    interactionId: string,
    request: string,
    send: () => Promise<T>,
  ): Promise<{ result: T } | undefined> {
    try {
      return { result: await send() };
    } catch (error) {
      const failure = error as ServiceClientError;
      if (failure.code === 'aborted') return undefined;
      const refused = failure.code === 'not-allowed';
      this.#report(
        refused ? 'refused' : 'error',
        `Interaction ${interactionId}: ${request} ${refused ? 'refused' : 'failed'}: ${failure.errorMessage ?? failure.message}`,
        interactionId,
      );
      return undefined;
    }
  }
}
