/** The traffic log: every request, answer, refusal and event between the host and each view; filterable; exported as JSON. */
import { html, nothing } from 'lit';
import { loggedKinds, type LoggedMessage, type TrafficKind } from '../traffic-log.js';
import type { Shell } from '../shell.js';

/** How many rows are drawn; the export holds every kept entry that matches. */
const SHOWN = 300;

function download(shell: Shell): string {
  const blob = new Blob([shell.traffic.export(shell.trafficFilter)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `wwe-traffic-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return `${link.download} saved.`;
}

const summary = (entry: LoggedMessage) => {
  const message = entry.message as Record<string, unknown> | undefined;
  if (entry.kind === 'refusal' || entry.kind === 'error' || entry.kind === 'invalid')
    return String(message?.['errorMessage'] ?? JSON.stringify(message));
  return JSON.stringify(entry.kind === 'request' ? (message?.['parameters'] ?? []) : (message?.['data'] ?? message));
};

export function traffic(shell: Shell) {
  const filter = shell.trafficFilter;
  const rows = shell.traffic.matching(filter);
  const toggle = (kind: TrafficKind, on: boolean) => {
    const next = new Set(filter.kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    shell.trafficFilter = { ...filter, kinds: next };
    shell.requestRender();
  };
  return html`<section id="traffic-panel" aria-label="Traffic log">
    <div class="traffic-tools">
      <input id="traffic-filter" type="search" placeholder="Filter: request, section, origin, text" .value=${filter.text}
        @input=${(event: Event) => {
          shell.trafficFilter = { ...filter, text: (event.target as HTMLInputElement).value };
          shell.requestRender();
        }}>
      <button id="traffic-export" @click=${() => shell.act('Export traffic', () => download(shell))}>Export JSON</button>
      <button id="traffic-clear" @click=${() => {
        shell.traffic.clear();
        shell.requestRender();
      }}>Clear</button>
      <label><input type="checkbox" .checked=${shell.trafficPaused} @change=${(event: Event) => {
        shell.trafficPaused = (event.target as HTMLInputElement).checked;
      }}> Pause</label>
    </div>
    <div class="traffic-kinds" role="group" aria-label="Kinds shown (none ticked: all)">
      ${loggedKinds.map(
        (kind) => html`<label><input type="checkbox" data-traffic-kind=${kind} .checked=${filter.kinds.has(kind)}
        @change=${(event: Event) => toggle(kind, (event.target as HTMLInputElement).checked)}>${kind}</label>`,
      )}
    </div>
    <p class="hint">${rows.length} of ${shell.traffic.size} messages${rows.length > SHOWN ? `; the newest ${SHOWN} shown, Export saves all` : ''}.</p>
    <table id="traffic">
      <thead><tr><th>#</th><th>Kind</th><th>Name · view · origin</th><th>ms</th></tr></thead>
      <tbody>${rows
        .slice(-SHOWN)
        .reverse()
        .map(
          (entry) => html`<tr data-kind=${entry.kind} data-name=${entry.name} data-section=${entry.section}>
        <td title=${new Date(entry.time).toLocaleTimeString()}>${entry.seq}</td>
        <td class="kind">${entry.direction === 'in' ? '→' : '←'} ${entry.kind}</td>
        <td><strong>${entry.name || '—'}</strong> · ${entry.section} #${entry.frameId} · ${entry.origin}
          <details><summary class="message">${summary(entry)}</summary><pre>${JSON.stringify(entry.message, null, 2)}</pre></details></td>
        <td>${entry.elapsed === undefined ? nothing : entry.elapsed.toFixed(1)}</td></tr>`,
        )}</tbody>
    </table>
  </section>`;
}
