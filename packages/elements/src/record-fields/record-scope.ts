import type { Interaction } from '@wwe-kit/protocol';

/**
 * Whether an interaction belongs to an outbound record: the preview itself (callType OUTBOUND_PREVIEW,
 * OUTBOUND_PUSH_PREVIEW…) or the call placed from it (OUTBOUND). Both advertise `capabilities`;
 * inbound, internal and consultation calls, chats and a call the agent dialled by hand do not, so
 * they are never taken for a record.
 *
 * @internal
 */
export const isRecordInteraction = (interaction: Interaction): boolean =>
  interaction.capabilities !== undefined && (interaction.callType?.startsWith('OUTBOUND') ?? false);

/** The case that ties a preview to the call placed from it (the interaction itself when it has none). */
const caseOf = (interaction: Interaction): string => interaction.caseId ?? interaction.interactionId;

/**
 * Which interaction of which outbound record an element works on, shared by `<wwe-outbound-preview>`
 * and `<wwe-record-fields>` so that both answer the same. A record is its preview and, once called,
 * the call placed from it, which Workspace puts in the preview's case; the element works on the
 * latest of them (the preview, then its call).
 * - Given an interaction id: that interaction's record, when the interaction is a record interaction; else none.
 * - Given none: the record the element already follows, while any interaction of it remains; once it
 *   is done, the latest record delivered. A record arriving meanwhile does not take over a view the
 *   agent is working in.
 *
 * @internal
 */
export class RecordScope {
  /** The case of the record followed without an id. */
  #followed: string | undefined;

  /** The record interaction to work on among `interactions`, for `interactionId` ('' to follow). */
  pick(interactions: readonly Interaction[], interactionId: string): Interaction | undefined {
    const records = interactions.filter(isRecordInteraction);
    const latestOf = (key: string | undefined) => records.filter((interaction) => caseOf(interaction) === key).at(-1);
    if (interactionId) {
      const own = records.find((interaction) => interaction.interactionId === interactionId);
      return own && latestOf(caseOf(own));
    }
    return latestOf(this.#followed) ?? records.at(-1);
  }

  /** Follows the record of what was picked from now on; called once per update, before rendering. */
  follow(shown: Interaction | undefined): void {
    this.#followed = shown && caseOf(shown);
  }
}
