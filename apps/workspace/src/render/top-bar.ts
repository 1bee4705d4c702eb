/** The desktop's top bar: the agent and their state, the real-time connection, the application menu bar, the last action's outcome. */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { words } from '../desk/wording.js';
import { loadableUrl, paintableColour } from '../safe-values.js';
import type { Shell } from '../shell.js';

/** A state's name as the agent reads it: the option data's display name, or its type in words when it has none. */
const stateName = (state: { displayName?: string; type: string }) => state.displayName?.trim() || words(state.type);

export function topBar(shell: Shell) {
  const { agent } = shell.simulator;
  const state = agent.state();
  const listed = agent.globalStates();
  const realtime = shell.simulator.views.realtime;
  const status = shell.status;
  return html`
    <h1 class="brand">wwe-kit <span class="brand-sub">· simulated Workspace</span></h1>
    <span class="agent" id="agent-name" title="The simulated agent">${agent.agent.firstname} ${agent.agent.lastname}</span>
    <label class="agent-state"><span>State</span>
      <select id="agent-state" data-type=${state.type}
        @change=${(event: Event) => shell.act('Change state', () => agent.setState((event.target as HTMLSelectElement).value))}>
        ${listed.some((entry) => entry.operationName === state.operationName) ? nothing : html`<option selected value="">${stateName(state)}</option>`}
        ${listed.map((entry) => html`<option value=${entry.operationName} ?selected=${entry.operationName === state.operationName}>${stateName(entry)}</option>`)}
      </select>
    </label>
    <span id="realtime" class="realtime ${realtime.toLowerCase()}" title="The real-time connection to the contact centre">
      <span class="dot" aria-hidden="true"></span>${realtime === 'CONNECTED' ? 'Connected' : `Real-time: ${words(realtime)}`}</span>
    ${
      shell.simulator.views.menuBar.size
        ? html`<ul id="menu-bar" aria-label="Application menu bar">
      ${[...shell.simulator.views.menuBar.values()].map(
        (view) => html`
        <li data-menu-view=${view.name} title=${view.tooltip ?? ''}
          style=${styleMap({ color: paintableColour(view.labelColor), 'background-color': paintableColour(view.backgroundColor) })}>
          ${loadableUrl(view.iconUrl) ? html`<img src=${loadableUrl(view.iconUrl)!} alt="" width="16" height="16">` : nothing}
          ${view.label ?? view.shortLabel ?? view.name}
        </li>`,
      )}
    </ul>`
        : nothing
    }
    <output id="status" class=${status?.error ? 'error' : status ? 'ok' : ''} aria-live="polite" title=${status?.text ?? ''}>${status?.text ?? ''}</output>`;
}
