/**
 * The selected interaction: its tab strip (each interaction-level tab view, the details, its
 * popups) and the details themselves. The view iframes live in #interaction-views;
 * `visibleInteractionView` says which one to show.
 */
import { html, nothing } from 'lit';
import { callResultName, callTypeLabel, mediaLabel, scheduleText, stateLabel } from '../desk/wording.js';
import type { Shell } from '../shell.js';
import { tabList, type TabStrip } from './tabs.js';

/** The key of the interaction view to show, or undefined for the details. */
export function visibleInteractionView(shell: Shell): string | undefined {
  const id = shell.selectedInteraction;
  if (id === undefined) return undefined;
  const tabs = shell.views.viewsOf(id).filter((view) => view.spec.mode === 'tab');
  const chosen = shell.interactionTab.get(id) ?? tabs[0]?.key ?? 'details';
  return tabs.some((view) => view.key === chosen) ? chosen : undefined;
}

/** The selected interaction's views and its details, all shown in #interaction-body; undefined with nothing selected. */
export function interactionStrip(shell: Shell): TabStrip | undefined {
  const id = shell.selectedInteraction;
  if (id === undefined || !shell.simulator.interactions.find(id)) return undefined;
  const tabs = shell.views.viewsOf(id).filter((view) => view.spec.mode === 'tab');
  return {
    id: 'interaction',
    label: `Views of interaction ${id}`,
    selected: visibleInteractionView(shell) ?? 'details',
    onSelect: (key) => {
      shell.interactionTab.set(id, key);
      shell.requestRender();
    },
    tabs: [
      ...tabs.map((view) => ({
        key: view.key,
        panel: 'interaction-body',
        hook: ['viewTab', view.spec.section] as const,
        label: view.spec.label,
      })),
      { key: 'details', panel: 'interaction-body', hook: ['viewTab', 'details'], label: 'Details' },
    ],
  };
}

export function interactionPanel(shell: Shell, strip: TabStrip | undefined) {
  const id = shell.selectedInteraction;
  if (!strip || id === undefined) return html`<p class="empty">Select an interaction to see its views.</p>`;
  const views = shell.views.viewsOf(id);
  const popups = views.filter((view) => view.spec.mode === 'popup');
  const hidden = views.filter((view) => view.spec.mode === 'background' || view.spec.mode === 'hidden');
  return html`<div class="strip-row">
      ${tabList(strip, 'view-strip')}
      ${popups.map(
        (
          view,
        ) => html`<button type="button" class="secondary small" data-open-popup=${view.key} title="Opens ${view.url} in a window of its own"
        @click=${() => shell.act(`Open ${view.spec.label}`, () => shell.views.openPopup(view.key))}>${view.spec.label} ↗</button>`,
      )}
    </div>
    ${hidden.length ? html`<p class="hidden-views">Running in the background: ${hidden.map((view) => view.spec.label).join(', ')}</p>` : nothing}`;
}

/** The details tab: what Workspace knows of the interaction, its outbound record, and its attached data. */
export function interactionDetails(shell: Shell) {
  const id = shell.selectedInteraction;
  const record = id === undefined ? undefined : shell.simulator.interactions.find(id);
  if (!record) return nothing;
  const { interaction, outbound } = record;
  const readable = shell.host.settings.readAllowed;
  const writable = shell.host.settings.writeAllowed;
  const rows = Object.entries(interaction.userData);
  return html`<section class="details" aria-label="Details of interaction ${interaction.interactionId}">
    <dl class="facts">
      <dt>Media</dt><dd>${mediaLabel(record.media)}</dd>
      <dt>State</dt><dd>${stateLabel(interaction.state)}</dd>
      ${interaction.callType ? html`<dt>Call type</dt><dd>${callTypeLabel(interaction.callType)}</dd>` : nothing}
      ${interaction.caseId ? html`<dt>Case</dt><dd><code>${interaction.caseId}</code>${interaction.isCaseSelected ? ' (selected)' : ''}</dd>` : nothing}
      ${interaction.parentInteractionId ? html`<dt>Consultation of</dt><dd>interaction ${interaction.parentInteractionId}</dd>` : nothing}
      ${
        outbound
          ? html`<dt>Campaign</dt><dd>${outbound.campaign}</dd>
          <dt>Call result</dt><dd data-call-result=${outbound.callResult}>${callResultName(outbound.callResult)}</dd>
          <dt>Rescheduled</dt><dd data-schedule=${outbound.schedule?.date ?? ''}>${outbound.schedule ? scheduleText(outbound.schedule) : 'not rescheduled'}</dd>`
          : nothing
      }
    </dl>
    <h2 class="section-title">Attached data</h2>
    <p class="hint">Workspace sees every key; pages see only the keys of service-client-api.user-data.read-allowed.</p>
    <table class="data-table">
      <thead><tr><th scope="col">Key</th><th scope="col">Value</th><th scope="col">Pages may</th></tr></thead>
      <tbody>${rows.map(
        ([key, value]) => html`<tr data-key=${key}>
        <td><code>${key}</code></td><td>${typeof value === 'string' ? value : JSON.stringify(value)}</td>
        <td>${readable.has(key) ? (writable.has(key) ? 'read, write' : 'read') : 'not see it'}</td></tr>`,
      )}</tbody>
    </table>
  </section>`;
}
