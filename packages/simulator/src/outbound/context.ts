import type { OutboundCapability, OutboundRecord } from '@wwe-kit/protocol';
import type { InteractionRecord, InteractionStore } from '../interactions/store.js';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';

/** Pull preview (getPreviewRecord), push preview (the campaign pushes), direct push preview (started by the page). */
export type PreviewMode = 'pull' | 'push' | 'directPush';

/** One delivered record and everything done to it until mark done sends it back to Outbound Contact Server. */
export interface RecordContext {
  readonly campaign: string;
  readonly mode: PreviewMode;
  /** The chain in order; the first is the preview record. */
  readonly chain: OutboundRecord[];
  callResult: number;
  doNotCall: boolean;
  schedule: { recordHandle: number; date: string; utc: number; callbackType: 'CAMPAIGN' | 'PERSONAL' } | undefined;
  /** Field updates, sent with the record at mark done. */
  readonly pending: Record<string, unknown>;
  preview: InteractionRecord | undefined;
  call: InteractionRecord | undefined;
}

/** The preview interaction's callType by mode (the preview-event table). */
export const previewCallType = (mode: PreviewMode) => (mode === 'push' ? 'OUTBOUND_PUSH_PREVIEW' : 'OUTBOUND_PREVIEW');

export const PREVIEW_CAPABILITIES: OutboundCapability[] = ['CALL', 'REJECT_RECORD', 'CANCEL_RECORD'];
export const INVITED_CAPABILITIES: OutboundCapability[] = ['ACCEPT', 'REJECT'];

/** Whether `record` is a delivered preview record (not its call): accept and reject follow the preview table on it. */
export const isPreviewRecord = (record: InteractionRecord): boolean => record.outbound?.preview === record;

/** The record context of an outbound interaction (preview or call), or the reference-style failure. */
export function contextOf(runtime: Runtime, store: InteractionStore, interactionId: string): RecordContext {
  const record = store.get(interactionId);
  return record.outbound ?? runtime.fail(errors.notOutbound(interactionId));
}

/** The record of the context's chain with `recordHandle`, or the failure that lists the chain's handles. */
export function chainRecord(runtime: Runtime, context: RecordContext, recordHandle: number): OutboundRecord {
  return (
    context.chain.find((entry) => entry['GSW_RECORD_HANDLE'] === recordHandle) ??
    runtime.fail(
      errors.recordNotInChain(
        recordHandle,
        context.chain.map((entry) => entry['GSW_RECORD_HANDLE']),
      ),
    )
  );
}
