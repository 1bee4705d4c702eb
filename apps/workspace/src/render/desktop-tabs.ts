/** The desktop's tab strip: the interactions, each workspace-level tab view, and the workspace-level popups. */
import { html } from 'lit';
import type { Shell } from '../shell.js';

export function desktopTabs(shell: Shell) {
  const workspaceViews = shell.views.viewsOf(undefined);
  const tabs = workspaceViews.filter((view) => view.spec.mode === 'tab');
  const popups = workspaceViews.filter((view) => view.spec.mode === 'popup');
  const choose = (key: string) => {
    shell.desktopTab = key;
    shell.requestRender();
  };
  return html`
    <div role="tablist" aria-label="Desktop">
      <button role="tab" data-desktop-tab="interactions" aria-selected=${shell.desktopTab === 'interactions'}
        @click=${() => choose('interactions')}>My interactions (${shell.interactions.length})</button>
      ${tabs.map(
        (view) => html`
        <button role="tab" data-desktop-tab=${view.key} aria-selected=${shell.desktopTab === view.key}
          @click=${() => choose(view.key)}>${view.spec.label}</button>`,
      )}
    </div>
    <div class="popups">
      ${popups.map(
        (view) => html`
        <button data-open-popup=${view.key} title=${view.url}
          @click=${() => shell.act(`Open ${view.spec.label}`, () => shell.views.openPopup(view.key))}>${view.spec.label} ↗</button>`,
      )}
    </div>`;
}
