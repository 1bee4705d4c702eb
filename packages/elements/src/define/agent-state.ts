import { WweAgentStateElement } from '../agent-state/agent-state.js';

if (!customElements.get('wwe-agent-state')) customElements.define('wwe-agent-state', WweAgentStateElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-agent-state': WweAgentStateElement;
  }
}
