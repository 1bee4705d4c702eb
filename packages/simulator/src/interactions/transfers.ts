import type { BackendHandlers } from '@wwe-kit/host';
import type { KeyValues } from '@wwe-kit/protocol';
import type { AgentModel } from '../agent/agent.js';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';
import type { OpenMediaModel } from './open-media.js';
import type { InteractionRecord, InteractionStore } from './store.js';
import { checkPhoneNumber, destinationOf, keyValues, type Destination } from './targets.js';
import type { VoiceModel } from './voice.js';

/**
 * Consultation, two-step and single-step transfer and conference. A consult
 * is a new interaction (`isConsultation`, `parentInteractionId`) in the media
 * the target asks for; completing it transfers (the agent leaves) or
 * conferences (the party joins the main interaction).
 */
export class TransferModel {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly #voice: VoiceModel;
  readonly #openMedia: OpenMediaModel;
  readonly #agent: AgentModel;

  constructor(
    runtime: Runtime,
    store: InteractionStore,
    voice: VoiceModel,
    openMedia: OpenMediaModel,
    agent: AgentModel,
  ) {
    this.#runtime = runtime;
    this.#store = store;
    this.#voice = voice;
    this.#openMedia = openMedia;
    this.#agent = agent;
  }

  /**
   * "The media of the consultation" is target.media when given; left out, the consultation "uses
   * the same media as the specified interaction": a chat's is a chat (002:1051). A string target
   * has no media. Only the agent's media (media.getMediaList) can carry one.
   */
  #consultMedia(main: InteractionRecord, target: Destination): string {
    const media = typeof target === 'string' ? undefined : target.media;
    if (media === undefined) return main.media;
    const names = this.#agent.mediaList().map((entry) => entry.name);
    return names.includes(media) ? media : this.#runtime.fail(errors.consultMedia(media, names, main.media));
  }

  consult(
    interactionId: string,
    target: Destination,
    userData?: KeyValues | null,
    extensions?: KeyValues | null,
  ): void {
    const main = this.#store.get(interactionId);
    this.#store.expectState(main, 'interaction.consult', 'TALKING', 'HELD', 'ACCEPTED');
    const media = this.#consultMedia(main, target);
    // Refused before anything moves: a held call must not be left behind by a consultation that never starts.
    checkPhoneNumber(this.#runtime, target);
    const data = { ...main.interaction.userData, ...keyValues(userData) };
    const fields = {
      isConsultation: true,
      parentInteractionId: interactionId,
      caseId: main.interaction.caseId,
      isMainCaseInteraction: false,
    };
    // Extensions are "not applicable for the chat media" (002:1053): open media keep none.
    if (media !== 'voice') {
      this.#openMedia.consult(media, destinationOf(target), data, fields);
      return;
    }
    // The switch holds the call a voice consultation is made from; a chat or email goes on meanwhile.
    if (main.media === 'voice' && main.interaction.state === 'TALKING') this.#voice.hold(interactionId);
    this.#voice.dial(target, data, extensions, { ...fields, callType: 'CONSULT' });
  }

  #consultation(consultInteractionId: string, request: string) {
    const consult = this.#store.get(consultInteractionId);
    if (!consult.interaction.isConsultation) {
      this.#runtime.fail(errors.notAConsultation(request, consultInteractionId));
    }
    this.#store.expectState(consult, request, 'TALKING', 'HELD', 'ACCEPTED');
    const main = this.#store.get(String(consult.interaction.parentInteractionId));
    return { consult, main };
  }

  /**
   * The consultation ends. A call is released, and stays until marked done unless `remove`; an
   * open-media consultation folds into the main interaction and leaves the list at once.
   */
  #end(consult: InteractionRecord, remove: boolean): void {
    if (consult.media !== 'voice') return this.#store.remove(consult);
    this.#store.transition(consult, 'IDLE', 'RELEASED');
    if (remove) this.#store.remove(consult);
  }

  /** The agent leaves: the customer and the consulted party stay together. */
  completeTransfer(consultInteractionId: string): void {
    const { consult, main } = this.#consultation(consultInteractionId, 'interaction.completeTransfer');
    this.#end(consult, false);
    this.#handOn(main);
  }

  /** The consulted party joins the main interaction, which is resumed. */
  completeConference(consultInteractionId: string): void {
    const { consult, main } = this.#consultation(consultInteractionId, 'interaction.completeConference');
    const party = consult.interaction.parties?.[0];
    this.#end(consult, true);
    main.interaction.parties = [...(main.interaction.parties ?? []), ...(party ? [party] : [])];
    this.#store.raise(main, 'PARTY_CHANGED');
    if (main.interaction.state === 'HELD') this.#store.transition(main, 'TALKING', 'ESTABLISHED');
  }

  /** The main interaction leaves the agent: a call is released, open media TRANSFER_COMPLETED. */
  #handOn(main: InteractionRecord): void {
    if (main.media === 'voice') this.#store.transition(main, 'IDLE', 'RELEASED');
    else this.#store.transition(main, 'TRANSFER_COMPLETED', 'TRANSFER_COMPLETED');
  }

  #singleStep(
    request: string,
    interactionId: string,
    target: Destination,
    userData: KeyValues | null | undefined,
  ): InteractionRecord {
    const main = this.#store.get(interactionId);
    this.#store.expectState(main, request, 'TALKING', 'HELD', 'ACCEPTED');
    checkPhoneNumber(this.#runtime, target);
    this.#attach(main, keyValues(userData));
    main.interaction.parties = [...(main.interaction.parties ?? []), { name: destinationOf(target) }];
    return main;
  }

  singleStepTransfer(interactionId: string, target: Destination, userData?: KeyValues | null): void {
    this.#handOn(this.#singleStep('interaction.singleStepTransfer', interactionId, target, userData));
  }

  singleStepConference(interactionId: string, target: Destination, userData?: KeyValues | null): void {
    this.#store.raise(
      this.#singleStep('interaction.singleStepConference', interactionId, target, userData),
      'PARTY_CHANGED',
    );
  }

  /**
   * The user data a transfer or conference takes is "the attached user data" (002:1158, 1182): it is
   * attached to the interaction, and the change raised as ATTACHED_DATA_CHANGED (002:319) before the
   * step's own event, so pages see the data the party receives. It adds keys; it never changes those
   * the interaction holds, nor the case ids Workspace keeps: the write allowlist governs only
   * setUserData and deleteUserData (002:158), and must not be side-stepped here. Nothing new: no event.
   */
  #attach(record: InteractionRecord, userData: KeyValues): void {
    // `in` also sees inherited names ('__proto__', 'constructor'): they are never written.
    const added = Object.entries(userData).filter(
      ([key]) => !(key in record.interaction.userData) && !key.startsWith('IW_'),
    );
    if (!added.length) return;
    for (const [key, value] of added) record.interaction.userData[key] = value;
    this.#store.raise(record, 'ATTACHED_DATA_CHANGED');
  }

  handlers() {
    return {
      'interaction.consult': ([id, target, userData, extensions]) => {
        this.consult(id, target, userData, extensions);
      },
      'interaction.completeTransfer': ([id]) => {
        this.completeTransfer(id);
      },
      'interaction.completeConference': ([id]) => {
        this.completeConference(id);
      },
      'interaction.singleStepTransfer': ([id, target, userData]) => {
        this.singleStepTransfer(id, target, userData);
      },
      'interaction.singleStepConference': ([id, target, userData]) => {
        this.singleStepConference(id, target, userData);
      },
    } satisfies Partial<BackendHandlers>;
  }
}
