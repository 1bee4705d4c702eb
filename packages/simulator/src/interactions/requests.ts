import type { BackendHandlers, RequestContext } from '@wwe-kit/host';
import { errors } from '../errors.js';
import { snapshotReadable } from '../snapshot.js';
import type { Runtime } from '../runtime.js';
import type { OpenMediaModel } from './open-media.js';
import type { InteractionRecord, InteractionStore } from './store.js';
import type { VoiceModel } from './voice.js';

/** Called when an interaction is marked done, before it is removed (outbound records hook in here). */
export type MarkdoneHook = (record: InteractionRecord) => void;

/** Mark-done blocks belong to the frame that set them. */
const blockKey = (context: RequestContext) => String(context.frame.frameId);

/**
 * The interaction namespace: the list, user data, mark done and its blocks,
 * accept/reject and case selection. Voice and open media do the rest.
 */
export class InteractionRequests {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly #voice: VoiceModel;
  readonly #openMedia: OpenMediaModel;
  readonly markdoneHooks: MarkdoneHook[] = [];

  constructor(runtime: Runtime, store: InteractionStore, voice: VoiceModel, openMedia: OpenMediaModel) {
    this.#runtime = runtime;
    this.#store = store;
    this.#voice = voice;
    this.#openMedia = openMedia;
  }

  /** Mark done, by the API or the agent's Done button; fails (and tells `markdone` subscribers) while blocked. */
  markdone(interactionId: string): void {
    const record = this.#store.get(interactionId);
    const [warningMessage] = record.blocks.values();
    // The attempt is news to subscribers even though it is refused (expectMarkdone refuses it next).
    if (warningMessage !== undefined) this.#runtime.emit('markdone', { interactionId, warningMessage });
    this.expectMarkdone(record);
    for (const hook of this.markdoneHooks) hook(record);
    if (record.media !== 'voice' && record.interaction.state !== 'COMPLETED') this.#openMedia.complete(record);
    if (this.#store.find(interactionId)) this.#store.remove(record);
  }

  /** Fails as `markdone` would (blocked; a call not yet released), without telling `markdone` subscribers. */
  expectMarkdone(record: InteractionRecord): void {
    const [warningMessage] = record.blocks.values();
    if (warningMessage !== undefined) this.#runtime.fail(errors.markdoneBlocked(warningMessage));
    this.expectMarkdoneState(record);
  }

  /**
   * Fails unless the interaction's state lets it be marked done, whatever pages block: the desk offers Done
   * then, and a blocked attempt is news to `markdone` subscribers. The markdone hooks' own refusals
   * (outbound records) are theirs to check.
   */
  expectMarkdoneState(record: InteractionRecord): void {
    // A call is marked done once released; outbound preview records (OUTBOUND_* call types) follow their own table.
    if (record.media === 'voice' && !record.interaction.callType?.startsWith('OUTBOUND_'))
      this.#store.expectState(record, 'interaction.markdone', 'IDLE');
  }

  /** `selectCaseByCaseId`: the case is expanded (once) and selected; the others are not. */
  selectCase(caseId: string): void {
    const records = this.#store.list();
    const inCase = records.filter((record) => record.interaction.caseId === caseId);
    if (!inCase.length) this.#runtime.fail(errors.caseNotFound(caseId));
    const wasExpanded = inCase.some((record) => record.interaction.isCaseExpanded);
    for (const record of records) {
      const selected = record.interaction.caseId === caseId;
      record.interaction.isCaseSelected = selected;
      if (selected) record.interaction.isCaseExpanded = true;
    }
    if (!wasExpanded) this.#runtime.emit('interaction', { eventType: 'CASE_EXPANDED', selectedCaseId: caseId });
    this.#runtime.emit('interaction', { eventType: 'CASE_SELECTED', selectedCaseId: caseId });
  }

  #live(record: InteractionRecord, request: string): void {
    if (record.media === 'voice' && record.interaction.state === 'IDLE') {
      this.#runtime.fail(errors.notLive(request, record.interaction.interactionId));
    }
  }

  handlers() {
    return {
      'interaction.getInteractions': (_, context) =>
        this.#store.list().map((record) => snapshotReadable(record.interaction, context.userDataReadable)),
      'interaction.getByInteractionId': ([id], context) => {
        const record = this.#store.find(id);
        return record ? snapshotReadable(record.interaction, context.userDataReadable) : null;
      },
      'interaction.setUserData': ([id, keyValues]) => {
        const record = this.#store.get(id);
        this.#live(record, 'interaction.setUserData');
        Object.assign(record.interaction.userData, keyValues);
        this.#store.raise(record, 'ATTACHED_DATA_CHANGED');
      },
      'interaction.deleteUserData': ([id, key]) => {
        const record = this.#store.get(id);
        this.#live(record, 'interaction.deleteUserData');
        if (!(key in record.interaction.userData)) return;
        delete record.interaction.userData[key];
        this.#store.raise(record, 'ATTACHED_DATA_CHANGED');
      },
      'interaction.markdone': ([id]) => {
        this.markdone(id);
      },
      'interaction.blockMarkdone': ([id, warningMessage], context) => {
        this.#store.get(id).blocks.set(blockKey(context), warningMessage);
      },
      'interaction.unblockMarkdone': ([id], context) => {
        this.#store.get(id).blocks.delete(blockKey(context));
      },
      'interaction.accept': ([id]) => {
        const record = this.#store.get(id);
        if (record.media === 'voice') this.#voice.answer(id, 'interaction.accept');
        else this.#openMedia.accept(record);
      },
      'interaction.reject': ([id]) => {
        const record = this.#store.get(id);
        if (record.media !== 'voice') return this.#openMedia.reject(record);
        this.#store.expectState(record, 'interaction.reject', 'RINGING');
        this.#store.transition(record, 'IDLE', 'RELEASED');
        this.#store.remove(record);
      },
      'interaction.selectCaseByCaseId': ([caseId]) => {
        this.selectCase(caseId);
      },
    } satisfies Partial<BackendHandlers>;
  }
}
