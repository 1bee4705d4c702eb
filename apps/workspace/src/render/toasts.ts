/** Toasts the views popped up, with their buttons in Workspace's order; a click reaches the owner view only. */
import { displayedButtons } from '@wwe-kit/simulator';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { loadableUrl } from '../safe-values.js';
import type { Shell } from '../shell.js';

export function toasts(shell: Shell) {
  const model = shell.simulator.toasts;
  return html`${[...model.toasts.values()].map((toast) => {
    const { parameters } = toast;
    return html`<article class="toast" data-toast=${toast.id} role="status" style=${styleMap({ width: toast.width ? `${toast.width}px` : undefined })}>
      <header>
        ${loadableUrl(parameters.iconUrl) ? html`<img src=${loadableUrl(parameters.iconUrl)!} alt="" width="20" height="20">` : nothing}
        <strong>${parameters.title ?? ''}</strong>
        <button class="close" aria-label="Close toast" @click=${() => shell.act('Close toast', () => model.close(toast.id))}>×</button>
      </header>
      ${parameters.subject ? html`<p class="subject">${parameters.subject}</p>` : nothing}
      ${parameters.message ? html`<p>${parameters.message}</p>` : nothing}
      ${parameters.keyValues ? html`<dl>${Object.entries(parameters.keyValues).map(([key, value]) => html`<dt>${key}</dt><dd>${String(value)}</dd>`)}</dl>` : nothing}
      <footer>${displayedButtons(parameters).map(
        (button) => html`<button data-toast-button=${button.index}
        @click=${() => shell.act(`Toast button ${button.label}`, () => press(shell, toast.id, toast.ownerFrameId, button))}>${button.label}</button>`,
      )}</footer>
    </article>`;
  })}`;
}

/** Show brings the owner's view forward and closes the toast; Dismiss only closes it; any other button reaches the owner. */
function press(shell: Shell, toastId: string, ownerFrameId: number, button: { label: string; index: number }): unknown {
  const model = shell.simulator.toasts;
  if (button.index >= 0) return model.click(toastId, button.index);
  model.close(toastId);
  return button.label === 'Show' ? shell.showView(ownerFrameId) : 'toast dismissed.';
}
