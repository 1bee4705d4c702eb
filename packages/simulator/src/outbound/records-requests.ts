import type { BackendHandlers } from '@wwe-kit/host';
import { errors } from '../errors.js';
import type { InteractionStore } from '../interactions/store.js';
import { snapshot } from '../snapshot.js';
import type { Runtime } from '../runtime.js';
import { chainRecord, contextOf, type RecordContext } from './context.js';
import { defaultFields, parseDate, recordFields, validateUpdate, type FieldDefinition } from './fields.js';
import { callResults } from './records.js';

/**
 * What a page does to a delivered record: call result, Do Not Call,
 * reschedule in the record's time zone, chained records and field updates.
 * Everything is kept on the record context and sent back at mark done.
 */
export class RecordRequests {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly fields: readonly FieldDefinition[];

  constructor(runtime: Runtime, store: InteractionStore, fields: readonly FieldDefinition[] = defaultFields) {
    this.#runtime = runtime;
    this.#store = store;
    this.fields = fields;
  }

  #context(interactionId: string): RecordContext {
    return contextOf(this.#runtime, this.#store, interactionId);
  }

  /** "The interaction should have an active or completed call" (002:2177). */
  #withCall(interactionId: string, request: string): RecordContext {
    const context = this.#context(interactionId);
    if (!context.call) this.#runtime.fail(errors.notCalledYet(request, context.chain[0]!['GSW_RECORD_HANDLE']));
    return context;
  }

  setCallResult(interactionId: string, value: number | string): void {
    const context = this.#withCall(interactionId, 'outbound.setCallResult');
    if (context.doNotCall) this.#runtime.fail(errors.callResultDoNotCall());
    const result = Number(value);
    if (!Object.values(callResults).includes(result)) this.#runtime.fail(errors.invalidCallResult(value));
    context.callResult = result;
  }

  /**
   * `rescheduleRecord(id, handle, 'MM/DD/YYYY HH:MM', 'CAMPAIGN' | 'PERSONAL')`: the date is the
   * customer's wall clock, in the record's time zone (GSW_TZ_OFFSET, seconds east of UTC).
   * The privilege options do not apply to the API (002:2231).
   */
  reschedule(interactionId: string, recordHandle: number, date: string, callbackType: string): void {
    const context = this.#context(interactionId);
    const record = chainRecord(this.#runtime, context, recordHandle);
    if (context.doNotCall) this.#runtime.fail(errors.rescheduleDoNotCall());
    const parts = parseDate(date) ?? this.#runtime.fail(errors.invalidRescheduleDate(date));
    if (callbackType !== 'CAMPAIGN' && callbackType !== 'PERSONAL')
      this.#runtime.fail(errors.invalidCallbackType(callbackType));
    const [year, month, day, hour, minute] = parts;
    const offset = Number(record['GSW_TZ_OFFSET'] ?? 0);
    const utc = Date.UTC(year, month - 1, day, hour, minute) - offset * 1000;
    if (utc <= this.#runtime.clock.now()) {
      this.#runtime.fail(errors.reschedulePast(date, String(record['GSW_TZ_NAME'] ?? ''), offset));
    }
    context.schedule = { recordHandle, date, utc, callbackType };
  }

  handlers() {
    return {
      'outbound.getListOfCallResults': () => ({ ...callResults }),
      'outbound.setCallResult': ([id, value]) => {
        this.setCallResult(id, value);
      },
      'outbound.getCallResult': ([id]) => this.#context(id).callResult,
      'outbound.setDoNotCall': ([id]) => {
        this.#withCall(id, 'outbound.setDoNotCall').doNotCall = true;
      },
      'outbound.removeDoNotCall': ([id]) => {
        this.#withCall(id, 'outbound.removeDoNotCall').doNotCall = false;
      },
      'outbound.rescheduleRecord': ([id, handle, date, callbackType]) => {
        this.reschedule(id, handle, date, callbackType);
      },
      'outbound.cancelReschedule': ([id]) => {
        this.#context(id).schedule = undefined;
      },
      'outbound.getChainedRecords': ([id]) => [{ records: snapshot(this.#context(id).chain) }],
      'outbound.getRecordFields': ([id]) => {
        const context = this.#context(id);
        return recordFields({ ...context.chain[0]!, ...context.pending } as never, this.fields);
      },
      'outbound.updateRecordFields': ([id, data]) => {
        const context = this.#context(id);
        const outcome = validateUpdate(data, { ...context.chain[0]!, ...context.pending } as never, this.fields);
        if ('problem' in outcome) this.#runtime.fail(outcome.problem);
        Object.assign(context.pending, outcome.changes);
      },
    } satisfies Partial<BackendHandlers>;
  }
}
