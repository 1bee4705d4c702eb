/**
 * Toasts the views popped up, with their buttons in Workspace's order; a click reaches the owner view only.
 * They stack in their own region above the tools (index.html #toasts), never over a view.
 */
import { displayedButtons, type Toast } from '@wwe-kit/simulator';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { loadableUrl } from '../safe-values.js';
import type { Shell } from '../shell.js';

/** How a toast is named on screen and in the status line: its title, else its subject, else "A toast". */
const nameOf = (toast: Toast) => toast.parameters.title || toast.parameters.subject || 'a toast';

export function toasts(shell: Shell) {
  const model = shell.simulator.toasts;
  return html`${[...model.toasts.values()].map((toast) => {
    const { parameters } = toast;
    const titleId = `toast-title-${toast.id}`;
    const icon = loadableUrl(parameters.iconUrl);
    return html`<div class="toast" role="group" aria-labelledby=${titleId} data-toast=${toast.id}
      style=${styleMap({ width: toast.width ? `min(100%, ${toast.width}px)` : undefined })}>
      <div class="toast-head">
        ${icon ? html`<img src=${icon} alt="" width="20" height="20">` : nothing}
        <strong id=${titleId}>${parameters.title || parameters.subject || 'Notification'}</strong>
        <button type="button" class="close" aria-label="Close this toast"
          @click=${() => shell.act(`Toast “${nameOf(toast)}”`, () => (model.close(toast.id), 'closed.'))}>×</button>
      </div>
      ${parameters.subject && parameters.title ? html`<p class="subject">${parameters.subject}</p>` : nothing}
      ${parameters.message ? html`<p>${parameters.message}</p>` : nothing}
      ${parameters.keyValues ? html`<dl>${Object.entries(parameters.keyValues).map(([key, value]) => html`<dt>${key}</dt><dd>${String(value)}</dd>`)}</dl>` : nothing}
      <div class="toast-buttons">${displayedButtons(parameters).map(
        (
          button,
          index,
          all,
        ) => html`<button type="button" class=${index === all.length - 1 ? 'primary small' : 'secondary small'} data-toast-button=${button.index}
        @click=${() => shell.act(`Toast button “${button.label}” pressed`, () => shell.pressToast(toast.id, button))}>${button.label}</button>`,
      )}</div>
    </div>`;
  })}`;
}
