import type { CallResults, Interaction, OutboundCapability, OutboundRecord } from '@wwe-kit/protocol';
import '../define/record-fields.js';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure } from '../shared/errors.js';
import { StoreController } from '../store/controller.js';
import { RecordScope } from '../record-fields/record-scope.js';
import { renderOutboundPreview } from './outbound-preview.render.js';
import { outboundPreviewStyles } from './outbound-preview.styles.js';

/** The detail of `wwe-preview-action`. */
export interface PreviewActionDetail {
  /** The request that succeeded, e.g. `outbound.callPreviewRecord`. */
  readonly request: string;
  readonly interactionId?: string;
}

/**
 * The whole outbound preview life cycle: campaigns and pull preview requests, direct push preview,
 * the record's fields (`<wwe-record-fields>`),
 * Accept / Decline / Call / Reject / Cancel by the interaction's capabilities, the chained records,
 * and after the call the call result, Do Not Call and reschedule in the customer's time zone.
 *
 * Which record. A record is its preview interaction and, once called, the call placed from it (in the
 * preview's case); the element works on the latest of the two. Both advertise capabilities; inbound,
 * internal, consultation and hand-dialled calls do not, and are never taken for a record.
 * - With `interaction-id`: that interaction's record only, and none when the interaction is not an
 *   outbound one. Give it in a view opened for one interaction: in an inbound call's view the element
 *   shows "No preview record." and offers no action on any other interaction.
 * - Without it: the record the agent is working on, that is the one already shown while any
 *   interaction of it remains, then the latest record delivered. A record arriving meanwhile does not
 *   replace the one the agent is acting on.
 *
 * Campaigns and the pull and direct push requests are the agent's, not an interaction's: they are
 * offered either way.
 *
 * @tag wwe-outbound-preview
 * @summary Work an outbound preview record from request to reschedule.
 *
 * @attr campaign - The campaign chosen for pull preview requests; the agent can pick another.
 * @attr interaction-id - An interaction of the record to show and act on (its preview or its call); without it, the record the agent is working on.
 *
 * @prop {string} campaign - See the `campaign` attribute.
 * @prop {string} interactionId - An interaction of the record to show and act on (its preview or its call); '' for the record the agent is working on. Set by `interaction-id`.
 * @prop {Interaction | undefined} current - The outbound interaction being worked (read-only).
 *
 * @fires {CustomEvent<PreviewActionDetail>} wwe-preview-action - A request the agent made succeeded.
 *
 * @csspart campaigns - The campaign and pull preview section.
 * @csspart record - The current record section.
 * @csspart actions - The record's action buttons.
 * @csspart chain - The list of chained records.
 * @csspart fields - The record's `<wwe-record-fields>`.
 * @csspart after-call - Call result, Do Not Call and reschedule.
 * @csspart time-zone - The explanation of the customer's time zone.
 * @csspart empty - The line shown while there is no record.
 * @csspart error - Why the last action failed.
 * @csspart reason - Why actions are disabled on this page.
 *
 * @cssprop --wwe-outbound-preview-border - Border colour of sections and inputs.
 * @cssprop --wwe-outbound-preview-accent - Background of the main buttons.
 * @cssprop --wwe-outbound-preview-gap - Space inside and between sections.
 */
export class WweOutboundPreviewElement extends LitElement {
  static override styles = outboundPreviewStyles;

  @state() chain: OutboundRecord[] = [];
  @state() callResults: CallResults | undefined;
  @state() callResult: number | undefined;
  @state() doNotCall = false;
  @state() pending = '';
  @state() error = '';
  @property() campaign = '';
  /** An interaction of the record to show and act on; '' for the record the agent is working on. */
  @property({ attribute: 'interaction-id' }) interactionId = '';

  readonly store = new StoreController(this, ['allowedServices', 'interactions', 'campaigns']);
  readonly #scope = new RecordScope();
  #loadedFor = '';

  /** The outbound interaction being worked (see the class's "Which record"). */
  get current(): Interaction | undefined {
    return this.#scope.pick(this.store.store?.get('interactions') ?? [], this.interactionId);
  }

  /** Whether the record was called (the call interaction is the current one). */
  get called(): boolean {
    return this.current?.callType === 'OUTBOUND';
  }

  can(capability: OutboundCapability): boolean {
    return this.current?.capabilities?.includes(capability) ?? false;
  }

  allows(request: Parameters<NonNullable<StoreController['store']>['allows']>[0]): boolean {
    return this.store.store?.allows(request) !== false;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#scope.follow(this.current);
    const id = this.current?.interactionId ?? '';
    if (id !== this.#loadedFor && this.store.client) {
      this.#loadedFor = id;
      // Each record starts afresh; what belonged to the last one goes.
      this.chain = [];
      this.callResult = undefined;
      this.doNotCall = false;
      if (id) void this.#loadRecord(id);
    }
  }

  /**
   * Loads what the record shows, apart from the agent's actions: their pending state and errors stay
   * theirs, and answers for a record that is no longer current are dropped.
   */
  async #loadRecord(id: string): Promise<void> {
    const client = this.store.client!;
    const current = () => this.current?.interactionId === id;
    try {
      const chain = (await client.outbound.getChainedRecords(id))[0]?.records ?? [];
      if (current()) this.chain = chain;
      if (!this.called) return;
      this.callResults ??= await client.outbound.getListOfCallResults();
      const callResult = await client.outbound.getCallResult(id);
      if (current()) this.callResult = callResult;
    } catch (failure) {
      if (current()) this.error = describeFailure(failure);
    }
  }

  /** Runs an agent's action: pending while it runs, its failure shown, `wwe-preview-action` on success. */
  async #run(request: string, action: () => Promise<unknown>): Promise<boolean> {
    this.pending = request;
    this.error = '';
    try {
      await action();
      if (request) this.dispatchEvent(new CustomEvent<PreviewActionDetail>('wwe-preview-action', { detail: { request, ...(this.current ? { interactionId: this.current.interactionId } : {}) }, bubbles: true, composed: true }));
      return true;
    } catch (failure) {
      this.error = describeFailure(failure);
      return false;
    } finally {
      this.pending = '';
    }
  }

  /** Calls one request on the current record (its interaction id first). */
  act(request: string, call: (client: NonNullable<StoreController['client']>, id: string) => Promise<unknown>): Promise<boolean> {
    const client = this.store.client;
    const id = this.current?.interactionId;
    if (!client || !id) return Promise.resolve(false);
    return this.#run(request, () => call(client, id));
  }

  requestRecord(): Promise<boolean> {
    const client = this.store.client;
    if (!client || !this.campaign) return Promise.resolve(false);
    return this.#run('outbound.getPreviewRecord', () => client.outbound.getPreviewRecord(this.campaign));
  }

  directPush(start: boolean): Promise<boolean> {
    const client = this.store.client;
    if (!client) return Promise.resolve(false);
    return this.#run(start ? 'outbound.startDirectPushPreview' : 'outbound.stopDirectPushPreview',
      () => (start ? client.outbound.startDirectPushPreview() : client.outbound.stopDirectPushPreview()));
  }

  protected override render() {
    return renderOutboundPreview(this);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-preview-action': CustomEvent<PreviewActionDetail>;
  }
}
