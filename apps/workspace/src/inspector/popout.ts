/**
 * The inspector in its own window (inspector.html, opened by "Pop out"): the same element on the
 * shell of the window that opened it, `window.opener.wweShell`, redrawn as that shell's traffic changes.
 */
import { nothing, render } from 'lit';
import { inspector, type InspectorShell } from './index.js';

const root = document.getElementById('inspector-root')!;
const shell = (window.opener as { wweShell?: InspectorShell } | null)?.wweShell;
if (shell) {
  const opener = window.opener as Window;
  render(inspector(shell, true), root);
  // The shell's page reloading or closing takes the traffic with it.
  const closeWithOpener = () => window.close();
  opener.addEventListener('pagehide', closeWithOpener);
  window.addEventListener('pagehide', () => {
    // Unrendered, the element stops listening to the shell's log, which outlives this window; and the
    // shell's page, which outlives it too, must not keep this window's listener (nor this window) alive.
    render(nothing, root);
    try {
      opener.removeEventListener('pagehide', closeWithOpener);
    } catch {
      // The opener went to another origin meanwhile: its old page, and the listener with it, are gone.
    }
  });
} else {
  root.textContent =
    'This window shows the traffic of the Workspace shell that opened it. Open it with "Pop out" in the shell\'s traffic inspector.';
}
