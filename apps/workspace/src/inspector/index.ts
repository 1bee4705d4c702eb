/**
 * The traffic inspector in the shell's bottom dock: `render(inspector(shell), byId('dock'))`.
 * It draws itself as messages arrive; the shell's render only hands it the shell.
 */
import { html } from 'lit';
import type { InspectorShell } from './element.js';
import './element.js';

export { InspectorState } from './state.js';
export type { InspectorShell } from './element.js';

/** The inspector of `shell`, docked (`poppedOut` false) or in its own window. */
export function inspector(shell: InspectorShell, poppedOut = false) {
  return html`<wk-traffic-inspector .shell=${shell} .poppedOut=${poppedOut}></wk-traffic-inspector>`;
}
