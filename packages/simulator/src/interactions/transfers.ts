import type { RequestHandlers } from '@wwe-kit/host';
import type { KeyValues, TargetQuery } from '@wwe-kit/protocol';
import type { Runtime } from '../runtime.js';
import type { InteractionRecord, InteractionStore } from './store.js';
import type { VoiceModel } from './voice.js';

/** The party a target query reaches: a phone number, or the destination of a target object. */
const partyOf = (target: string | TargetQuery): string => (typeof target === 'string' ? target : target.destination);

/**
 * Consultation, two-step and single-step transfer and conference. A consult
 * is a new interaction (`isConsultation`, `parentInteractionId`); completing
 * it transfers (both legs released) or conferences (the party joins the main call).
 */
export class TransferModel {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly #voice: VoiceModel;

  constructor(runtime: Runtime, store: InteractionStore, voice: VoiceModel) {
    this.#runtime = runtime;
    this.#store = store;
    this.#voice = voice;
  }

  consult(interactionId: string, target: string | TargetQuery, userData: KeyValues = {}, extensions: KeyValues = {}): void {
    const main = this.#store.get(interactionId);
    this.#store.expectState(main, 'interaction.consult', 'TALKING', 'HELD', 'ACCEPTED');
    if (main.media === 'voice' && main.interaction.state === 'TALKING') this.#voice.hold(interactionId);
    this.#voice.dial(partyOf(target), { ...main.interaction.userData, ...userData }, extensions, {
      isConsultation: true, callType: 'CONSULT', parentInteractionId: interactionId, caseId: main.interaction.caseId, isMainCaseInteraction: false,
    });
  }

  #consultation(consultInteractionId: string, request: string) {
    const consult = this.#store.get(consultInteractionId);
    if (!consult.interaction.isConsultation) {
      this.#runtime.fail(`Error: Operation '${request}' takes the id of a consultation; interaction '${consultInteractionId}' is not one. Pass the id interaction.consult created.`);
    }
    this.#store.expectState(consult, request, 'TALKING', 'HELD');
    const main = this.#store.get(String(consult.interaction.parentInteractionId));
    return { consult, main };
  }

  /** The agent leaves: the customer and the consulted party stay together. */
  completeTransfer(consultInteractionId: string): void {
    const { consult, main } = this.#consultation(consultInteractionId, 'interaction.completeTransfer');
    this.#store.transition(consult, 'IDLE', 'RELEASED');
    if (main.media === 'voice') this.#store.transition(main, 'IDLE', 'RELEASED');
    else this.#store.transition(main, 'TRANSFER_COMPLETED', 'TRANSFER_COMPLETED');
  }

  /** The consulted party joins the main call, which is resumed. */
  completeConference(consultInteractionId: string): void {
    const { consult, main } = this.#consultation(consultInteractionId, 'interaction.completeConference');
    const party = consult.interaction.parties?.[0];
    this.#store.transition(consult, 'IDLE', 'RELEASED');
    this.#store.remove(consult);
    main.interaction.parties = [...(main.interaction.parties ?? []), ...(party ? [party] : [])];
    this.#store.raise(main, 'PARTY_CHANGED');
    if (main.interaction.state === 'HELD') this.#store.transition(main, 'TALKING', 'ESTABLISHED');
  }

  singleStepTransfer(interactionId: string, target: string | TargetQuery, userData: KeyValues = {}): void {
    const main = this.#store.get(interactionId);
    this.#store.expectState(main, 'interaction.singleStepTransfer', 'TALKING', 'HELD', 'ACCEPTED');
    this.#attach(main, userData);
    main.interaction.parties = [...(main.interaction.parties ?? []), { name: partyOf(target) }];
    if (main.media === 'voice') this.#store.transition(main, 'IDLE', 'RELEASED');
    else this.#store.transition(main, 'TRANSFER_COMPLETED', 'TRANSFER_COMPLETED');
  }

  singleStepConference(interactionId: string, target: string | TargetQuery, userData: KeyValues = {}): void {
    const main = this.#store.get(interactionId);
    this.#store.expectState(main, 'interaction.singleStepConference', 'TALKING', 'HELD', 'ACCEPTED');
    this.#attach(main, userData);
    main.interaction.parties = [...(main.interaction.parties ?? []), { name: partyOf(target) }];
    this.#store.raise(main, 'PARTY_CHANGED');
  }

  /**
   * The user data a transfer or conference hands on goes to the party it reaches: it may add keys,
   * never change those the interaction holds (the write allowlist governs setUserData for that),
   * nor the case ids Workspace keeps.
   */
  #attach(record: InteractionRecord, userData: KeyValues): void {
    for (const [key, value] of Object.entries(userData)) {
      if (!(key in record.interaction.userData) && !key.startsWith('IW_')) record.interaction.userData[key] = value;
    }
  }

  handlers(): RequestHandlers {
    return {
      'interaction.consult': ([id, target, userData, extensions]) => { this.consult(id, target, userData ?? {}, extensions ?? {}); },
      'interaction.completeTransfer': ([id]) => { this.completeTransfer(id); },
      'interaction.completeConference': ([id]) => { this.completeConference(id); },
      'interaction.singleStepTransfer': ([id, target, userData]) => { this.singleStepTransfer(id, target, userData ?? {}); },
      'interaction.singleStepConference': ([id, target, userData]) => { this.singleStepConference(id, target, userData ?? {}); },
    };
  }
}
