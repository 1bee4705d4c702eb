import type { Interaction, OutboundRecord } from '@wwe-kit/protocol';
import '../define/record-fields.js';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { fromLocalInput } from '../record-fields/fields.js';
import { WweElement } from '../shared/wwe-element.js';
import { outboundPreviewStyles } from './outbound-preview.styles.js';
import { RECORD_ACTIONS } from './outbound-preview.actions.js';
import { customerTimeZone, PreviewWorkflow } from './outbound-preview.workflow.js';

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
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-outbound-preview:state(pending)`).
 */
export class WweOutboundPreviewElement extends WweElement {
  static override styles = outboundPreviewStyles;

  @property() campaign = '';
  /** An interaction of the record to show and act on; '' for the record the agent is working on. */
  @property({ attribute: 'interaction-id' }) interactionId = '';

  readonly #workflow = new PreviewWorkflow(this, (request) => {
    const id = this.current?.interactionId;
    this.emit('wwe-preview-action', { request, ...(id ? { interactionId: id } : {}) });
  });

  /** The outbound interaction being worked (see the class's "Which record"). */
  get current(): Interaction | undefined {
    return this.#workflow.current;
  }

  /** Whether an action is in flight: every other one waits for it. */
  get #busy(): boolean {
    return Boolean(this.#workflow.actions.pending);
  }

  #allows(request: Parameters<PreviewWorkflow['actions']['allows']>[0]): boolean {
    return this.#workflow.actions.allows(request);
  }

  protected override render() {
    const { actions, called } = this.#workflow;
    if (actions.missingProvider) return actions.status();
    const current = this.current;
    return html`
 ${this.#renderCampaigns()}
 ${current ? this.#renderRecord(current) : html`<p part="empty">No preview record.</p>`}
 ${current && called ? this.#renderAfterCall() : nothing}
 ${actions.status()}`;
  }

  /** Campaigns, the pull preview request and direct push preview. */
  #renderCampaigns() {
    const workflow = this.#workflow;
    const list = workflow.actions.store?.get('campaigns') ?? [];
    const refusal = workflow.actions.refusal('outbound.getPreviewRecord');
    return html`<section part="campaigns" aria-labelledby="campaigns-title">
<h2 id="campaigns-title">Campaigns</h2>
<div class="row">
<label for="campaign">Campaign</label>
<select id="campaign" @change=${(event: Event) => {
      this.campaign = (event.target as HTMLSelectElement).value;
    }}>
<option value="">${list.length ? 'Choose a campaign' : 'No campaign loaded'}</option>
 ${list.map((campaign) => html`<option value=${campaign.name} ?selected=${campaign.name === this.campaign}>${campaign.name}${campaign.state ? ` (${campaign.state}${campaign.mode ? `, ${campaign.mode}` : ''})` : ''}</option>`)}
</select>
<button class="primary" ?disabled=${!this.campaign || Boolean(refusal) || this.#busy} @click=${() => workflow.requestRecord()}>Get preview record</button>
<button ?disabled=${!this.#allows('outbound.startDirectPushPreview') || this.#busy} @click=${() => workflow.directPush(true)}>Start direct push</button>
<button ?disabled=${!this.#allows('outbound.stopDirectPushPreview') || this.#busy} @click=${() => workflow.directPush(false)}>Stop direct push</button>
</div>
 ${refusal ? html`<p part="reason">${refusal}</p>` : nothing}
</section>`;
  }

  /** The record: its actions, chained records and fields. */
  #renderRecord(current: Interaction) {
    const workflow = this.#workflow;
    const { chain } = workflow;
    const pending = workflow.actions.pending;
    const call = RECORD_ACTIONS.find((entry) => entry.request === 'outbound.callPreviewRecord')!;
    const phone = (record: OutboundRecord | undefined) => String(record?.['GSW_PHONE'] ?? '');
    return html`<section part="record" aria-labelledby="record-title">
<h2 id="record-title">Record ${phone(chain[0])} <small>${current.state}</small></h2>
<div part="actions">${RECORD_ACTIONS.map(
      (entry) => html`<button ?disabled=${this.#busy || !workflow.can(entry.capability) || !this.#allows(entry.request)}
 aria-busy=${pending === entry.request ? 'true' : 'false'} @click=${() => workflow.perform(entry)}>${entry.label}</button>`,
    )}</div>
 ${
   chain.length > 1
     ? html`<h3>Chained records</h3><ul part="chain">${chain.map(
         (record) => html`<li>
 ${phone(record)}
<button ?disabled=${!workflow.can('CALL') || this.#busy} @click=${() => workflow.perform(call, Number(record['GSW_RECORD_HANDLE']))}>Call ${phone(record)}</button></li>`,
       )}</ul>`
     : nothing
 }
 <h3>Fields</h3><wwe-record-fields part="fields" interaction-id=${current.interactionId}></wwe-record-fields>
</section>`;
  }

  /** After the call: call result, Do Not Call and reschedule in the customer's time zone. */
  #renderAfterCall() {
    const workflow = this.#workflow;
    const main = workflow.chain[0];
    return html`<section part="after-call" aria-labelledby="after-title">
<h2 id="after-title">After the call</h2>
<div class="row">
<label for="call-result">Call result</label>
<select id="call-result" ?disabled=${workflow.doNotCall || this.#busy}
 @change=${(event: Event) => workflow.setCallResult(Number((event.target as HTMLSelectElement).value))}>${Object.entries(
   workflow.callResults ?? {},
 ).map(
   ([name, value]) =>
     html`<option value=${value} ?selected=${value === workflow.callResult}>${name.replaceAll('_', ' ').toLowerCase()}</option>`,
 )}</select>
<label><input type="checkbox" .checked=${workflow.doNotCall} ?disabled=${this.#busy}
 @change=${(event: Event) => workflow.setDoNotCall((event.target as HTMLInputElement).checked)}> Do Not Call</label>
</div>
<h3>Reschedule</h3>
<p part="time-zone" id="time-zone">Customer's time zone: ${customerTimeZone(main)}. Enter the date and time as the customer's local time.</p>
<div class="row">
<label for="reschedule-date">Date and time</label>
<input id="reschedule-date" type="datetime-local" aria-describedby="time-zone">
<label for="callback-type">Callback</label>
<select id="callback-type">
<option value="PERSONAL">Personal</option><option value="CAMPAIGN">Campaign</option></select>
<button ?disabled=${workflow.doNotCall || this.#busy} @click=${() => this.#reschedule(Number(main?.['GSW_RECORD_HANDLE']))}>Reschedule</button>
<button ?disabled=${this.#busy} @click=${() => workflow.act('outbound.cancelReschedule', (client, id) => client.outbound.cancelReschedule(id))}>Cancel reschedule</button>
</div>
</section>`;
  }

  /** Reads the inputs when asked: a re-render must not reset what the agent entered. */
  #reschedule(handle: number): Promise<boolean> {
    const when = this.renderRoot.querySelector<HTMLInputElement>('#reschedule-date')?.value ?? '';
    const type = this.renderRoot.querySelector<HTMLSelectElement>('#callback-type')?.value ?? 'PERSONAL';
    return this.#workflow.act('outbound.rescheduleRecord', (client, id) =>
      client.outbound.rescheduleRecord(id, handle, fromLocalInput(when), type),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-preview-action': CustomEvent<PreviewActionDetail>;
  }
}
