import type { BackendHandlers } from '@wwe-kit/host';
import type { InteractionStore } from '../interactions/store.js';
import type { Runtime } from '../runtime.js';
import { contextOf, type RecordContext } from './context.js';
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
    if (!context.call)
      this.#runtime.fail(
        `Error: Operation '${request}' needs an active or completed call; record ${String(context.chain[0]!['GSW_RECORD_HANDLE'])} has not been called yet.`,
      );
    return context;
  }

  setCallResult(interactionId: string, value: number | string): void {
    const context = this.#withCall(interactionId, 'outbound.setCallResult');
    if (context.doNotCall)
      this.#runtime.fail(
        'Error: The call result cannot be set on a record marked "Do Not Call". Remove Do Not Call first (outbound.removeDoNotCall).',
      );
    const result = Number(value);
    if (!Object.values(callResults).includes(result))
      this.#runtime.fail(
        `Error: Invalid call result '${value}'. Use a value from outbound.getListOfCallResults(), e.g. 6 for BUSY.`,
      );
    context.callResult = result;
  }

  /**
   * `rescheduleRecord(id, handle, 'MM/DD/YYYY HH:MM', 'CAMPAIGN' | 'PERSONAL')`: the date is the
   * customer's wall clock, in the record's time zone (GSW_TZ_OFFSET, seconds east of UTC).
   * The privilege options do not apply to the API (002:2231).
   */
  reschedule(interactionId: string, recordHandle: number, date: string, callbackType: string): void {
    const context = this.#context(interactionId);
    const record =
      context.chain.find((entry) => entry['GSW_RECORD_HANDLE'] === recordHandle) ??
      this.#runtime.fail(
        `Error: Record ${recordHandle} not found in the chain of records (${context.chain.map((entry) => entry['GSW_RECORD_HANDLE']).join(', ')}).`,
      );
    if (context.doNotCall) this.#runtime.fail('Error: A record marked "Do Not Call" cannot be rescheduled.');
    const parts =
      parseDate(date) ??
      this.#runtime.fail(
        `Error: Invalid reschedule date '${date}'. Expected a real date as MM/DD/YYYY HH:MM, in the record's time zone.`,
      );
    if (callbackType !== 'CAMPAIGN' && callbackType !== 'PERSONAL')
      this.#runtime.fail(`Error: Invalid callback type '${callbackType}'. Use CAMPAIGN or PERSONAL.`);
    const [year, month, day, hour, minute] = parts;
    const offset = Number(record['GSW_TZ_OFFSET'] ?? 0);
    const utc = Date.UTC(year, month - 1, day, hour, minute) - offset * 1000;
    if (utc <= this.#runtime.clock.now()) {
      this.#runtime.fail(
        `Error: The reschedule date '${date}' is in the past in the record's time zone (${String(record['GSW_TZ_NAME'] ?? '')} ${offset >= 0 ? '+' : '-'}${new Date(Math.abs(offset) * 1000).toISOString().slice(11, 16)}).`,
      );
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
      'outbound.getChainedRecords': ([id]) => [{ records: structuredClone(this.#context(id).chain) }],
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
