import { html, nothing } from 'lit';
import type { WweOutboundPreviewElement as Preview } from './outbound-preview.js';

/** Campaigns, the pull preview request and direct push preview. */
export function campaigns(preview: Preview) {
  const list = preview.store.store?.get('campaigns') ?? [];
  const may = preview.allows('outbound.getPreviewRecord');
  return html`<section part="campaigns" aria-labelledby="campaigns-title">
<h2 id="campaigns-title">Campaigns</h2>
<div class="row">
<label for="campaign">Campaign</label>
<select id="campaign" @change=${(event: Event) => { preview.campaign = (event.target as HTMLSelectElement).value; }}>
<option value="">${list.length ? 'Choose a campaign' : 'No campaign loaded'}</option>
 ${list.map((campaign) => html`<option value=${campaign.name} ?selected=${campaign.name === preview.campaign}>${campaign.name}${campaign.state ? ` (${campaign.state}${campaign.mode ? `, ${campaign.mode}` : ''})` : ''}</option>`)}
</select>
<button class="primary" ?disabled=${!preview.campaign || !may || Boolean(preview.pending)} @click=${() => preview.requestRecord()}>Get preview record</button>
<button ?disabled=${!preview.allows('outbound.startDirectPushPreview') || Boolean(preview.pending)} @click=${() => preview.directPush(true)}>Start direct push</button>
<button ?disabled=${!preview.allows('outbound.stopDirectPushPreview') || Boolean(preview.pending)} @click=${() => preview.directPush(false)}>Stop direct push</button>
</div>
 ${may ? nothing : html`<p part="reason">This page may not call outbound.getPreviewRecord.</p>`}
</section>`;
}
