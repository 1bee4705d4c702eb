import { interactionEventTypes, type InteractionChangeEvent, type InteractionState } from '@wwe-kit/protocol';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';
import type { InteractionRecord, InteractionStore } from './store.js';

type TableEvent = InteractionChangeEvent['eventType'] | 'CASE_ID_CHANGED';

/** The state each event of the tables leaves an interaction in; events not listed keep the state. */
const stateAfter: Partial<Record<TableEvent, InteractionState>> = {
  ERROR: 'ERROR',
  ACCEPTED: 'ACCEPTED',
  COMPLETED: 'COMPLETED',
  CREATED: 'CREATED',
  INVITED: 'INVITED',
  INVITED_CONFERENCE: 'INVITED_CONFERENCE',
  LEFT_CONFERENCE: 'LEFT_CONFERENCE',
  PULLED: 'PULLED',
  REVOKED: 'REVOKED',
  TRANSFER_COMPLETED: 'TRANSFER_COMPLETED',
  CANCELED: 'CANCELED',
  JOIN_FAILED: 'JOIN_FAILED',
  JOIN_PENDING: 'JOIN_PENDING',
  CANCELLED: 'CANCELLED',
  SENT: 'SENT',
};

/** Events after which the interaction leaves the agent's list (REMOVED follows). */
const leaves = new Set<TableEvent>(['REVOKED', 'IN_WORKBIN', 'SENT', 'CANCELLED']);

/**
 * The event groups of the reference's tables a scenario may raise on a media: chat and email
 * inherit open media. Voice events come from the call's state machine (VoiceModel), not from here.
 */
function groupsOf(media: string): readonly string[] {
  const { common, openMedia, chat, email } = interactionEventTypes;
  if (media === 'voice') return common;
  return [...common, ...openMedia, ...(media === 'chat' ? chat : media === 'email' ? email : [])];
}

/**
 * Scenario: any event of the reference's interaction tables, at the moment a
 * test or the shell chooses (a workbin, a revoke, a failed pull, a contact
 * change…). The interaction takes the state the event names; events of
 * another media's table are refused.
 */
export function raiseTableEvent(
  runtime: Runtime,
  store: InteractionStore,
  interactionId: string,
  eventType: TableEvent,
): InteractionRecord {
  const record = store.get(interactionId);
  if (!groupsOf(record.media).includes(eventType)) {
    runtime.fail(errors.tableEventRefused(eventType, record.media));
  }
  const { interaction } = record;
  if (eventType === 'CASE_ID_CHANGED') {
    const previousCaseId = interaction.caseId!;
    interaction.caseId = runtime.ids.uuid();
    interaction.userData['IW_CaseUid'] = interaction.caseId;
    runtime.emit('interaction', { eventType, caseId: interaction.caseId, previousCaseId });
    return record;
  }
  if (eventType === 'CASE_OR_BUNDLE_ID_CHANGED') interaction.userData['IW_BundleUid'] = runtime.ids.uuid();
  const state = stateAfter[eventType];
  if (state) store.transition(record, state, eventType);
  else store.raise(record, eventType);
  if (leaves.has(eventType)) store.remove(record);
  return record;
}
