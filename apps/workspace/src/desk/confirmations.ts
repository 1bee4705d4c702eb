/**
 * Confirms on screen what a view did to an outbound record: a call result set, a reschedule made
 * or cancelled. The simulator raises no event for these, so after each answered request the desk
 * compares every record with what it last saw.
 */
import type { InteractionRecord, RecordContext } from '@wwe-kit/simulator';
import { callResultConfirmation, rescheduleConfirmation, type RecordLabel } from './wording.js';

interface Seen {
  readonly callResult: number;
  readonly schedule: string | undefined;
}

const scheduleKey = (context: RecordContext) =>
  context.schedule ? `${context.schedule.date} ${context.schedule.callbackType}` : undefined;

/** What a record was delivered with: a call result change is one from this. */
const delivered = (context: RecordContext): Seen => ({
  callResult: Number(context.chain[0]?.['GSW_CALL_RESULT'] ?? 28),
  schedule: undefined,
});

/** The record of the chain with `handle` (the first when undefined or not found), named by handle and phone. */
function labelOf(context: RecordContext, handle: number | undefined): RecordLabel {
  const record = context.chain.find((entry) => entry['GSW_RECORD_HANDLE'] === handle) ?? context.chain[0];
  return { handle: record?.['GSW_RECORD_HANDLE'] ?? handle, phone: record?.['GSW_PHONE'] ?? undefined };
}

/** What the confirmations are shown on: the shell, seen only through what they need. */
export interface ConfirmationTarget {
  readonly simulator: { readonly interactions: { list(): InteractionRecord[] } };
  status: { readonly text: string; readonly error: boolean } | undefined;
  requestRender(): void;
}

/** How long a confirmation stays in the status line, unless another outcome replaces it sooner. */
const SHOWN_FOR_MS = 10_000;

export class RecordConfirmations {
  /** Keyed by the record, which the preview and its call share, so one change is confirmed once. */
  readonly #seen = new WeakMap<RecordContext, Seen>();

  /** The confirmations of what changed on the records of `records` since the last look, in words. */
  changes(records: readonly InteractionRecord[]): string[] {
    const contexts = new Set(records.flatMap((record) => (record.outbound ? [record.outbound] : [])));
    const confirmations: string[] = [];
    for (const context of contexts) {
      const before = this.#seen.get(context) ?? delivered(context);
      const now: Seen = { callResult: context.callResult, schedule: scheduleKey(context) };
      if (now.callResult !== before.callResult)
        confirmations.push(callResultConfirmation(labelOf(context, undefined), now.callResult));
      if (now.schedule !== before.schedule)
        confirmations.push(rescheduleConfirmation(labelOf(context, context.schedule?.recordHandle), context.schedule));
      this.#seen.set(context, now);
    }
    return confirmations;
  }

  /** Shows the changes since the last look in the status line for a while; call after each answered request. */
  confirm(target: ConfirmationTarget): void {
    const confirmations = this.changes(target.simulator.interactions.list());
    if (!confirmations.length) return;
    const status = { text: confirmations.join(' '), error: false };
    target.status = status;
    target.requestRender();
    setTimeout(() => {
      if (target.status !== status) return;
      target.status = undefined;
      target.requestRender();
    }, SHOWN_FOR_MS);
  }
}
