/**
 * The inspector in its own window (inspector.html, opened by "Pop out"): the same element on the
 * shell of the window that opened it, `window.opener.wweShell`, redrawn as that shell's traffic changes.
 */
import { nothing, render } from 'lit';
import { inspector, type InspectorShell } from './index.js';

const root = document.getElementById('inspector-root')!;
const shell = (window.opener as { wweShell?: InspectorShell } | null)?.wweShell;
if (shell) {
  render(inspector(shell, true), root);
  // The shell's page reloading or closing takes the traffic with it.
  (window.opener as Window).addEventListener('pagehide', () => window.close());
  // Unrendered, the element stops listening to the shell's log, which outlives this window.
  window.addEventListener('pagehide', () => render(nothing, root));
} else {
  root.textContent =
    'This window shows the traffic of the Workspace shell that opened it. Open it with "Pop out" in the shell\'s traffic inspector.';
}
