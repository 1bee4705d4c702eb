import type { OutboundRecord } from '@wwe-kit/protocol';
import { actions } from './outbound-preview.actions.js';
import { campaigns } from './outbound-preview.campaigns.js';
import { html, nothing } from 'lit';
import { MISSING_PROVIDER } from '../store/controller.js';
import { fromLocalInput } from '../record-fields/fields.js';
import type { WweOutboundPreviewElement as Preview } from './outbound-preview.js';

const two = (value: number) => String(value).padStart(2, '0');

/** "ACT (UTC+09:30)" and the customer's wall clock now, from the record's GSW_TZ_NAME / GSW_TZ_OFFSET (seconds east of UTC). */
export function customerTimeZone(record: OutboundRecord | undefined, now = Date.now()): string {
  const offset = Number(record?.['GSW_TZ_OFFSET'] ?? 0);
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 3600);
  const minutes = Math.floor((Math.abs(offset) % 3600) / 60);
  const local = new Date(now + offset * 1000);
  return `${String(record?.['GSW_TZ_NAME'] ?? 'UTC')} (UTC${sign}${two(hours)}:${two(minutes)}); it is ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} there now`;
}


function record(preview: Preview) {
  const current = preview.current!;
  return html`<section part="record" aria-labelledby="record-title">
<h2 id="record-title">Record ${String(preview.chain[0]?.['GSW_PHONE'] ?? '')} <small>${current.state}</small></h2>
 ${actions(preview)}
 ${preview.chain.length > 1 ? html`<h3>Chained records</h3><ul part="chain">${preview.chain.map((entry) => html`<li>
 ${String(entry['GSW_PHONE'])}
<button ?disabled=${!preview.can('CALL') || Boolean(preview.pending)} @click=${() => preview.act('outbound.callPreviewRecord', (client, id) => client.outbound.callPreviewRecord(id, Number(entry['GSW_RECORD_HANDLE'])))}>Call ${String(entry['GSW_PHONE'])}</button></li>`)}</ul>` : nothing}
 <h3>Fields</h3><wwe-record-fields part="fields" interaction-id=${current.interactionId}></wwe-record-fields>
</section>`;
}

function afterCall(preview: Preview) {
  const main = preview.chain[0];
  const handle = Number(main?.['GSW_RECORD_HANDLE']);
  return html`<section part="after-call" aria-labelledby="after-title">
<h2 id="after-title">After the call</h2>
<div class="row">
<label for="call-result">Call result</label>
<select id="call-result" ?disabled=${preview.doNotCall || Boolean(preview.pending)} @change=${(event: Event) => {
        const value = Number((event.target as HTMLSelectElement).value);
        void preview.act('outbound.setCallResult', async (client, id) => { await client.outbound.setCallResult(id, value); preview.callResult = value; });
      }}>${Object.entries(preview.callResults ?? {}).map(([name, value]) => html`<option value=${value} ?selected=${value === preview.callResult}>${name.replaceAll('_', ' ').toLowerCase()}</option>`)}</select>
<label><input type="checkbox" .checked=${preview.doNotCall} ?disabled=${Boolean(preview.pending)} @change=${(event: Event) => {
        const checked = (event.target as HTMLInputElement).checked;
        void preview.act(checked ? 'outbound.setDoNotCall' : 'outbound.removeDoNotCall', async (client, id) => {
          await (checked ? client.outbound.setDoNotCall(id) : client.outbound.removeDoNotCall(id));
          preview.doNotCall = checked;
        });
      }}> Do Not Call</label>
</div>
<h3>Reschedule</h3>
<p part="time-zone" id="time-zone">Customer's time zone: ${customerTimeZone(main)}. Enter the date and time as the customer's local time.</p>
<div class="row">
<label for="reschedule-date">Date and time</label>
<input id="reschedule-date" type="datetime-local" aria-describedby="time-zone">
<label for="callback-type">Callback</label>
<select id="callback-type">
<option value="PERSONAL">Personal</option><option value="CAMPAIGN">Campaign</option></select>
<button ?disabled=${preview.doNotCall || Boolean(preview.pending)} @click=${() => {
   // Read the inputs when asked: a re-render must not reset what the agent entered.
   const root = preview.renderRoot;
   const when = root.querySelector<HTMLInputElement>('#reschedule-date')?.value ?? '';
   const type = root.querySelector<HTMLSelectElement>('#callback-type')?.value ?? 'PERSONAL';
   return preview.act('outbound.rescheduleRecord', (client, id) => client.outbound.rescheduleRecord(id, handle, fromLocalInput(when), type));
 }}>Reschedule</button>
<button ?disabled=${Boolean(preview.pending)} @click=${() => preview.act('outbound.cancelReschedule', (client, id) => client.outbound.cancelReschedule(id))}>Cancel reschedule</button>
</div>
</section>`;
}

/** The element's whole view. */
export function renderOutboundPreview(preview: Preview) {
  if (preview.store.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
  return html`
 ${campaigns(preview)}
 ${preview.current ? record(preview) : html`<p part="empty">No preview record.</p>`}
 ${preview.current && preview.called ? afterCall(preview) : nothing}
<span part="error" role="alert">${preview.error || nothing}</span>`;
}
