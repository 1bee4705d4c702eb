/** The desktop's top bar: the agent and their state, the real-time connection, the application menu bar, the last action's outcome. */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { loadableUrl, paintableColour } from '../safe-values.js';
import type { Shell } from '../shell.js';

export function topBar(shell: Shell) {
  const { agent } = shell.simulator;
  const state = agent.state();
  const listed = agent.globalStates();
  const realtime = shell.simulator.views.realtime;
  return html`
    <span class="brand">wwe-kit <small>simulated Workspace</small></span>
    <span class="agent" id="agent-name">${agent.agent.firstname} ${agent.agent.lastname}</span>
    <label class="agent-state">State
      <select id="agent-state" data-type=${state.type}
        @change=${(event: Event) => shell.act('Change state', () => agent.setState((event.target as HTMLSelectElement).value))}>
        ${listed.some((entry) => entry.operationName === state.operationName) ? nothing : html`<option selected value="">${state.displayName}</option>`}
        ${listed.map((entry) => html`<option value=${entry.operationName} ?selected=${entry.operationName === state.operationName}>${entry.displayName}</option>`)}
      </select>
    </label>
    <span id="realtime" class="realtime ${realtime.toLowerCase()}" title="Real-time connection">● ${realtime}</span>
    <ul id="menu-bar" aria-label="Application menu bar">
      ${[...shell.simulator.views.menuBar.values()].map(
        (view) => html`
        <li data-menu-view=${view.name} title=${view.tooltip ?? ''}
          style=${styleMap({ color: paintableColour(view.labelColor), 'background-color': paintableColour(view.backgroundColor) })}>
          ${loadableUrl(view.iconUrl) ? html`<img src=${loadableUrl(view.iconUrl)!} alt="" width="16" height="16">` : nothing}
          ${view.label ?? view.shortLabel ?? view.name}
        </li>`,
      )}
    </ul>
    <output id="status" class=${shell.status?.error ? 'error' : ''} aria-live="polite">${shell.status?.text ?? ''}</output>`;
}
