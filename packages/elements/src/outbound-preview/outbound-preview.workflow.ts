import type { ServiceClient } from '@wwe-kit/bridge';
import type { CallResults, Interaction, OutboundCapability, OutboundRecord, RequestName } from '@wwe-kit/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RecordScope } from '../record-fields/record-scope.js';
import { ActionController } from '../shared/action-controller.js';
import { describeFailure } from '../shared/errors.js';
import type { RecordAction } from './outbound-preview.actions.js';

/** What the workflow reads of its element. */
export interface PreviewHost extends ReactiveControllerHost, HTMLElement {
  /** An interaction of the record to work on; '' for the record the agent is working on. */
  readonly interactionId: string;
  /** The campaign of pull preview requests. */
  readonly campaign: string;
}

const two = (value: number) => String(value).padStart(2, '0');

/** "ACT (UTC+09:30); it is 21:05 there now", from a record's GSW_TZ_NAME and GSW_TZ_OFFSET (seconds east of UTC). @internal */
export function customerTimeZone(record: OutboundRecord | undefined, now = Date.now()): string {
  const offset = Number(record?.['GSW_TZ_OFFSET'] ?? 0);
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 3600);
  const minutes = Math.floor((Math.abs(offset) % 3600) / 60);
  const local = new Date(now + offset * 1000);
  return `${String(record?.['GSW_TZ_NAME'] ?? 'UTC')} (UTC${sign}${two(hours)}:${two(minutes)}); it is ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} there now`;
}

/**
 * The outbound preview's workflow, apart from its view: which record it works on (`RecordScope`), what
 * it loads for that record (chain, call results), and the agent's requests through one
 * `ActionController`, each reported to `onDone` when Workspace accepted it.
 *
 * @internal
 */
export class PreviewWorkflow implements ReactiveController {
  readonly actions: ActionController;
  /** The records of the current record's chain, the main one first. */
  chain: OutboundRecord[] = [];
  callResults: CallResults | undefined;
  callResult: number | undefined;
  doNotCall = false;
  readonly #host: PreviewHost;
  readonly #onDone: (request: RequestName) => void;
  readonly #scope = new RecordScope();
  #loadedFor = '';

  constructor(host: PreviewHost, onDone: (request: RequestName) => void) {
    this.#host = host;
    this.#onDone = onDone;
    this.actions = new ActionController(host, ['allowedServices', 'interactions', 'campaigns']);
    host.addController(this);
  }

  /** The outbound interaction being worked (see the element's "Which record"). */
  get current(): Interaction | undefined {
    return this.#scope.pick(this.actions.store?.get('interactions') ?? [], this.#host.interactionId);
  }

  /** Whether the record was called (the call interaction is the current one). */
  get called(): boolean {
    return this.current?.callType === 'OUTBOUND';
  }

  can(capability: OutboundCapability): boolean {
    return this.current?.capabilities?.includes(capability) ?? false;
  }

  /** Before each render: follows the record, and starts afresh when it is another one. */
  hostUpdate(): void {
    const current = this.current;
    this.#scope.follow(current);
    const id = current?.interactionId ?? '';
    if (id === this.#loadedFor || !this.actions.client) return;
    this.#loadedFor = id;
    this.chain = [];
    this.callResult = undefined;
    this.doNotCall = false;
    if (id) void this.#loadRecord(id);
  }

  /**
   * Loads what the record shows, apart from the agent's actions: their pending state stays theirs, and
   * answers for a record that is no longer current are dropped.
   */
  async #loadRecord(id: string): Promise<void> {
    const client = this.actions.client!;
    const stillCurrent = () => this.current?.interactionId === id;
    try {
      const chain = (await client.outbound.getChainedRecords(id))[0]?.records ?? [];
      if (stillCurrent()) this.chain = chain;
      this.#host.requestUpdate();
      if (!this.called) return;
      this.callResults ??= await client.outbound.getListOfCallResults();
      this.#host.requestUpdate();
      const callResult = await client.outbound.getCallResult(id);
      if (stillCurrent()) this.callResult = callResult;
    } catch (failure) {
      if (stillCurrent()) this.actions.error = describeFailure(failure);
    }
    this.#host.requestUpdate();
  }

  /** Runs a request; reports it to `onDone` once Workspace accepted it. Answers whether it did. */
  async #run(request: RequestName, call: (client: ServiceClient) => Promise<unknown>): Promise<boolean> {
    const done = await this.actions.run(request, async (client) => {
      await call(client);
      return true;
    });
    if (done) this.#onDone(request);
    return done ?? false;
  }

  /** Calls one request on the current record (its interaction id first). */
  act(request: RequestName, call: (client: ServiceClient, id: string) => Promise<unknown>): Promise<boolean> {
    const id = this.current?.interactionId;
    return id ? this.#run(request, (client) => call(client, id)) : Promise.resolve(false);
  }

  /** Runs one of `RECORD_ACTIONS` on the current record, for the record of `handle` (the main one by default). */
  perform({ request, call }: RecordAction, handle = Number(this.chain[0]?.['GSW_RECORD_HANDLE'])): Promise<boolean> {
    return this.act(request, (client, id) => call(client, id, handle));
  }

  requestRecord(): Promise<boolean> {
    const { campaign } = this.#host;
    return campaign
      ? this.#run('outbound.getPreviewRecord', (client) => client.outbound.getPreviewRecord(campaign))
      : Promise.resolve(false);
  }

  directPush(start: boolean): Promise<boolean> {
    return start
      ? this.#run('outbound.startDirectPushPreview', (client) => client.outbound.startDirectPushPreview())
      : this.#run('outbound.stopDirectPushPreview', (client) => client.outbound.stopDirectPushPreview());
  }

  setCallResult(value: number): Promise<boolean> {
    return this.act('outbound.setCallResult', async (client, id) => {
      await client.outbound.setCallResult(id, value);
      this.callResult = value;
    });
  }

  setDoNotCall(on: boolean): Promise<boolean> {
    return this.act(on ? 'outbound.setDoNotCall' : 'outbound.removeDoNotCall', async (client, id) => {
      await (on ? client.outbound.setDoNotCall(id) : client.outbound.removeDoNotCall(id));
      this.doNotCall = on;
    });
  }
}
