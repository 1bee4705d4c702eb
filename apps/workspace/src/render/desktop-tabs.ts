/** The desktop's tab strip: the interactions, each workspace-level tab view, and the workspace-level popups. */
import { html } from 'lit';
import type { Shell } from '../shell.js';
import { tabList, type TabStrip } from './tabs.js';

/** The interactions page and each workspace-level tab view; the views share one panel, #desktop-views. */
export function desktopStrip(shell: Shell): TabStrip {
  const tabs = shell.views.viewsOf(undefined).filter((view) => view.spec.mode === 'tab');
  return {
    id: 'desktop',
    label: 'Desktop',
    selected: shell.desktopTab,
    onSelect: (key) => {
      shell.desktopTab = key;
      shell.requestRender();
    },
    tabs: [
      {
        key: 'interactions',
        panel: 'interactions-page',
        hook: ['desktopTab', 'interactions'],
        label: html`My interactions <span class="count">${shell.interactions.length}</span>`,
      },
      ...tabs.map((view) => ({
        key: view.key,
        panel: 'desktop-views',
        hook: ['desktopTab', view.key] as const,
        label: view.spec.label,
      })),
    ],
  };
}

export function desktopTabs(shell: Shell, strip: TabStrip) {
  const popups = shell.views.viewsOf(undefined).filter((view) => view.spec.mode === 'popup');
  return html`
    ${tabList(strip, 'desktop-strip')}
    <div class="popups">
      ${popups.map(
        (view) => html`
        <button type="button" class="secondary" data-open-popup=${view.key} title="Opens ${view.url} in a window of its own"
          @click=${() => shell.act(`Open ${view.spec.label}`, () => shell.views.openPopup(view.key))}>${view.spec.label} ↗</button>`,
      )}
    </div>`;
}
