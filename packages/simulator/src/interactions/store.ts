import type {
  Interaction,
  InteractionChangeEvent,
  InteractionState,
  KeyValues,
  OutboundCapability,
} from '@wwe-kit/protocol';
import { errors } from '../errors.js';
import { snapshot } from '../snapshot.js';
import type { RecordContext } from '../outbound/context.js';
import type { Runtime } from '../runtime.js';

/** What the simulator keeps beside the Interaction object the pages see. */
export interface InteractionRecord {
  readonly interaction: Interaction;
  /** The `media` an interaction event carries beside the interaction (voice, chat, email, workitem). */
  readonly media: string;
  extensions: KeyValues;
  /** Mark-done blocks: frame key → warning message. */
  readonly blocks: Map<string, string>;
  /** Cancels pending timers (e.g. the remote party answering). */
  cancel: Array<() => void>;
  /** Runs before the event of each state change: outbound calls set their capabilities here. */
  onState?: (state: InteractionState) => void;
  /** Set on outbound preview records and their calls: the record context they belong to. */
  outbound?: RecordContext;
}

/**
 * The interactions of the session, in creation order, with ids "1", "2"…
 * (client-side ids, as the reference says) and a case per interaction.
 */
export class InteractionStore {
  readonly #runtime: Runtime;
  readonly #records = new Map<string, InteractionRecord>();
  #nextId = 1;

  constructor(runtime: Runtime) {
    this.#runtime = runtime;
  }

  /** A new interaction with its case ids (`caseId` = `userData.IW_CaseUid`); no event yet. */
  create(media: string, fields: Partial<Interaction> & { state: InteractionState }): InteractionRecord {
    const ids = this.#runtime.ids;
    const caseId = fields.caseId ?? ids.uuid();
    const interaction: Interaction = {
      interactionId: String(this.#nextId++),
      parentInteractionId: null,
      caseId,
      previousState: 'UNKNOWN',
      parties: [],
      isConsultation: false,
      isMainCaseInteraction: true,
      isCaseSelected: false,
      isCaseExpanded: false,
      media,
      ...fields,
      userData: { ...fields.userData, IW_CaseUid: caseId, IW_BundleUid: ids.uuid() },
    };
    const record: InteractionRecord = { interaction, media, extensions: {}, blocks: new Map(), cancel: [] };
    this.#records.set(interaction.interactionId, record);
    return record;
  }

  /** The record of an id, or the reference's "Error: Interaction not found.". */
  get(interactionId: string): InteractionRecord {
    return this.#records.get(interactionId) ?? this.#runtime.fail(errors.interactionNotFound());
  }

  find(interactionId: string): InteractionRecord | undefined {
    return this.#records.get(interactionId);
  }

  list(): InteractionRecord[] {
    return [...this.#records.values()];
  }

  /** Moves an interaction to `state` (keeping the previous one) and raises `eventType`. */
  transition(
    record: InteractionRecord,
    state: InteractionState,
    eventType: InteractionChangeEvent['eventType'],
    changes: Partial<Interaction> = {},
  ): void {
    const { interaction } = record;
    if (state !== interaction.state) interaction.previousState = interaction.state;
    interaction.state = state;
    Object.assign(interaction, changes);
    record.onState?.(state);
    this.raise(record, eventType);
  }

  /** Raises an interaction event carrying a snapshot of the interaction. */
  raise(record: InteractionRecord, eventType: InteractionChangeEvent['eventType']): void {
    this.#runtime.emit('interaction', {
      eventType,
      media: record.media,
      interaction: snapshot(record.interaction),
    });
  }

  /** Takes an interaction out of the list: REMOVED, then gone. */
  remove(record: InteractionRecord): void {
    for (const cancel of record.cancel.splice(0)) cancel();
    this.raise(record, 'REMOVED');
    this.#records.delete(record.interaction.interactionId);
  }

  /** Fails unless the interaction is in one of `states`. */
  expectState(record: InteractionRecord, request: string, ...states: InteractionState[]): void {
    if (!states.includes(record.interaction.state))
      this.#runtime.fail(errors.notInState(request, record.interaction.state, states.join(' or ')));
  }

  /**
   * Fails when the interaction advertises capabilities (outbound records and calls, per the
   * preview-event table) and `capability` is not among them; other interactions have none to check.
   */
  expectCapability(record: InteractionRecord, request: string, capability: OutboundCapability): void {
    const { capabilities, state } = record.interaction;
    if (capabilities && !capabilities.includes(capability)) {
      this.#runtime.fail(errors.missingCapability(request, state, capabilities, capability));
    }
  }

  /** Fails unless the interaction is of one of `media`. */
  expectMedia(record: InteractionRecord, request: string, ...media: string[]): void {
    if (!media.includes(record.media)) this.#runtime.fail(errors.notMedia(request, record.media, media.join(' or ')));
  }
}
