import type { BackendHandlers } from '@wwe-kit/host';
import type { Contact, Interaction, KeyValues } from '@wwe-kit/protocol';
import type { Runtime } from '../runtime.js';
import type { InteractionRecord, InteractionStore } from './store.js';
import { keyValues } from './targets.js';

export interface OpenMediaArrival {
  readonly media: 'chat' | 'email' | 'workitem' | (string & {});
  readonly from: string;
  readonly userData?: KeyValues;
  readonly contact?: Contact;
}

/**
 * Open media (chat, email, workitem): invitations accepted or rejected, chat
 * join and end, new messages, and outbound emails from `email.create`.
 */
export class OpenMediaModel {
  readonly #store: InteractionStore;
  readonly #runtime: Runtime;

  constructor(runtime: Runtime, store: InteractionStore) {
    this.#runtime = runtime;
    this.#store = store;
  }

  /** Scenario: a chat, email or workitem is offered to the agent: ADDED, then INVITED. */
  arrive(arrival: OpenMediaArrival): InteractionRecord {
    const record = this.#store.create(arrival.media, {
      state: 'INVITED',
      userData: { ...arrival.userData },
      parties: [{ name: arrival.from }],
      interactionUUID: this.#runtime.ids.hex(16).toUpperCase(),
      ...(arrival.contact ? { contact: { ...arrival.contact } } : {}),
    });
    this.#store.raise(record, 'ADDED');
    this.#store.raise(record, 'INVITED');
    return record;
  }

  /** `interaction.accept` on open media: a chat joins its session first (JOIN_PENDING), then ACCEPTED. */
  accept(record: InteractionRecord): void {
    this.expectInvitation(record, 'interaction.accept');
    if (record.media === 'chat') this.#store.transition(record, 'JOIN_PENDING', 'JOIN_PENDING');
    this.#store.transition(record, 'ACCEPTED', 'ACCEPTED');
  }

  /** `interaction.reject` on open media: the invitation goes back to the queue. */
  reject(record: InteractionRecord): void {
    this.expectInvitation(record, 'interaction.reject');
    this.#store.remove(record);
  }

  /** Fails as `accept` or `reject` would unless `record` is an invitation, without doing either (the desk asks first). */
  expectInvitation(record: InteractionRecord, request: 'interaction.accept' | 'interaction.reject'): void {
    this.#store.expectState(record, request, 'INVITED');
  }

  /**
   * A consultation in open media (`interaction.consult` without target.media on a chat, email or
   * workitem, or with target.media naming one). 002 names no events for it: the agent opens a
   * session with the consulted party at once: a chat joins the session first (ADDED and
   * JOIN_PENDING, then ACCEPTED, as an accepted chat), other media are ACCEPTED (ADDED, ACCEPTED).
   */
  consult(media: string, party: string, userData: KeyValues, fields: Partial<Interaction>): InteractionRecord {
    const chat = media === 'chat';
    const record = this.#store.create(media, {
      state: chat ? 'JOIN_PENDING' : 'ACCEPTED',
      userData,
      parties: [{ name: party }],
      interactionUUID: this.#runtime.ids.hex(16).toUpperCase(),
      ...fields,
    });
    // ADDED first with the current state, then that state's event, as every interaction starts.
    this.#store.raise(record, 'ADDED');
    if (chat) {
      this.#store.raise(record, 'JOIN_PENDING');
      this.#store.transition(record, 'ACCEPTED', 'ACCEPTED');
    } else {
      this.#store.raise(record, 'ACCEPTED');
    }
    return record;
  }

  /** Scenario: the customer writes in a chat. */
  newMessage(interactionId: string): void {
    const record = this.#store.get(interactionId);
    this.#store.expectMedia(record, 'newMessage', 'chat');
    this.#store.raise(record, 'NEW_MESSAGE');
  }

  /** Scenario: the customer leaves the chat. */
  endChat(interactionId: string): void {
    const record = this.#store.get(interactionId);
    this.#store.expectMedia(record, 'endChat', 'chat');
    this.#store.raise(record, 'ENDED');
  }

  /** Scenario: the agent sends an outbound email. */
  send(interactionId: string): void {
    const record = this.#store.get(interactionId);
    this.#store.expectState(record, 'send', 'CREATED');
    this.#store.transition(record, 'SENT', 'SENT');
    this.#store.remove(record);
  }

  /** Mark done on open media: COMPLETED (the reference's "Mark as done"), then REMOVED. */
  complete(record: InteractionRecord): void {
    this.#store.transition(record, 'COMPLETED', 'COMPLETED');
  }

  handlers() {
    return {
      'email.create': ([destination, userData]) => {
        const record = this.#store.create('email', {
          state: 'CREATED',
          userData: keyValues(userData),
          parties: [{ name: destination }],
          interactionUUID: this.#runtime.ids.hex(16).toUpperCase(),
        });
        this.#store.raise(record, 'ADDED');
        this.#store.raise(record, 'CREATED');
      },
    } satisfies Partial<BackendHandlers>;
  }
}
