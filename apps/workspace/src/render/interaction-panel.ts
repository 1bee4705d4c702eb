/**
 * The selected interaction: its tab strip (the details, each interaction-level
 * tab view, its popups) and the details themselves. The view iframes live in
 * #interaction-views; `visibleInteractionView` says which one to show.
 */
import { html, nothing } from 'lit';
import type { Shell } from '../shell.js';

/** The key of the interaction view to show, or undefined for the details. */
export function visibleInteractionView(shell: Shell): string | undefined {
  const id = shell.selectedInteraction;
  if (id === undefined) return undefined;
  const tabs = shell.views.viewsOf(id).filter((view) => view.spec.mode === 'tab');
  const chosen = shell.interactionTab.get(id) ?? tabs[0]?.key ?? 'details';
  return tabs.some((view) => view.key === chosen) ? chosen : undefined;
}

export function interactionPanel(shell: Shell) {
  const id = shell.selectedInteraction;
  const record = id === undefined ? undefined : shell.simulator.interactions.find(id);
  if (!record || id === undefined) return html`<p class="empty">Select an interaction to see its views.</p>`;
  const views = shell.views.viewsOf(id);
  const tabs = views.filter((view) => view.spec.mode === 'tab');
  const popups = views.filter((view) => view.spec.mode === 'popup');
  const hidden = views.filter((view) => view.spec.mode === 'background' || view.spec.mode === 'hidden');
  const shown = visibleInteractionView(shell) ?? 'details';
  const choose = (key: string) => {
    shell.interactionTab.set(id, key);
    shell.requestRender();
  };
  return html`
    <div class="tabs" role="tablist" aria-label="Views of interaction ${id}">
      ${tabs.map(
        (view) => html`<button role="tab" data-view-tab=${view.spec.section} aria-selected=${shown === view.key}
        @click=${() => choose(view.key)}>${view.spec.label}</button>`,
      )}
      <button role="tab" data-view-tab="details" aria-selected=${shown === 'details'} @click=${() => choose('details')}>Details</button>
      ${popups.map(
        (view) => html`<button data-open-popup=${view.key}
        @click=${() => shell.act(`Open ${view.spec.label}`, () => shell.views.openPopup(view.key))}>${view.spec.label} ↗</button>`,
      )}
    </div>
    ${shown === 'details' ? details(shell, id) : nothing}
    ${hidden.length ? html`<p class="hidden-views">Running in the background: ${hidden.map((view) => view.spec.label).join(', ')}</p>` : nothing}`;
}

function details(shell: Shell, id: string) {
  const record = shell.simulator.interactions.get(id);
  const { interaction } = record;
  const readable = shell.host.settings.readAllowed;
  const writable = shell.host.settings.writeAllowed;
  const rows = Object.entries(interaction.userData);
  return html`<section class="details" id="interaction-details">
    <dl>
      <dt>Media</dt><dd>${record.media}</dd>
      <dt>State</dt><dd>${interaction.state}</dd>
      ${interaction.callType ? html`<dt>Call type</dt><dd>${interaction.callType}</dd>` : nothing}
      ${interaction.caseId ? html`<dt>Case</dt><dd>${interaction.caseId}${interaction.isCaseSelected ? ' (selected)' : ''}</dd>` : nothing}
      ${interaction.parentInteractionId ? html`<dt>Consultation of</dt><dd>#${interaction.parentInteractionId}</dd>` : nothing}
    </dl>
    <h3>Attached data</h3>
    <p class="hint">Workspace sees every key; pages see only the keys of service-client-api.user-data.read-allowed.</p>
    <table>
      <thead><tr><th>Key</th><th>Value</th><th>Pages</th></tr></thead>
      <tbody>${rows.map(
        ([key, value]) => html`<tr data-key=${key}>
        <td>${key}</td><td>${typeof value === 'string' ? value : JSON.stringify(value)}</td>
        <td>${readable.has(key) ? (writable.has(key) ? 'read, write' : 'read') : 'hidden'}</td></tr>`,
      )}</tbody>
    </table>
  </section>`;
}
