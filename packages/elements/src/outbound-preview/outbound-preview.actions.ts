import type { ServiceClient } from '@wwe-kit/bridge';
import type { OutboundCapability, RequestName } from '@wwe-kit/protocol';

/** One of the record's actions: its label, the capability that enables it, its request, and how to call it. */
export interface RecordAction {
  readonly label: string;
  readonly capability: OutboundCapability;
  readonly request: RequestName;
  readonly call: (client: ServiceClient, id: string, handle: number) => Promise<unknown>;
}

const action = (
  label: string,
  capability: OutboundCapability,
  request: RequestName,
  call: RecordAction['call'],
): RecordAction => ({ label, capability, request, call });

/** The record's actions, in the order they are offered. @internal */
export const RECORD_ACTIONS: readonly RecordAction[] = [
  action('Accept', 'ACCEPT', 'interaction.accept', (client, id) => client.interaction.accept(id)),
  action('Decline', 'REJECT', 'interaction.reject', (client, id) => client.interaction.reject(id)),
  action('Call', 'CALL', 'outbound.callPreviewRecord', (client, id, handle) =>
    client.outbound.callPreviewRecord(id, handle),
  ),
  action('Reject', 'REJECT_RECORD', 'outbound.rejectPreviewRecord', (client, id) =>
    client.outbound.rejectPreviewRecord(id),
  ),
  action('Cancel', 'CANCEL_RECORD', 'outbound.cancelPreviewRecord', (client, id) =>
    client.outbound.cancelPreviewRecord(id),
  ),
  action('Hang up', 'HANGUP', 'voice.hangUp', (client, id) => client.voice.hangUp(id)),
  action('Mark done', 'MARK_DONE', 'interaction.markdone', (client, id) => client.interaction.markdone(id)),
];
