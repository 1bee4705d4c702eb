/**
 * The workspace shell: loads the option data `npm start` serves, runs the
 * real ServiceHost over the simulator, and draws the agent desktop into the
 * page's grid (index.html): top bar, desktop tabs, interactions beside their
 * views, the tools on the side, the traffic inspector docked below.
 */
import { html, render } from 'lit';
import { syncDialogs } from './dialogs.js';
import { optionsEndpoint, type LoadedOptions } from './options-endpoint.js';
import { desktopStrip, desktopTabs } from './render/desktop-tabs.js';
import { inspector } from './inspector/index.js';
import { interactionList } from './render/interactions.js';
import {
  interactionDetails,
  interactionPanel,
  interactionStrip,
  visibleInteractionView,
} from './render/interaction-panel.js';
import { optionsPanel } from './render/options-panel.js';
import { scenarios } from './render/scenarios.js';
import { markPanel, tabId, tabList, type TabStrip } from './render/tabs.js';
import { toasts } from './render/toasts.js';
import { viewsNeedingAttention, viewsPanel } from './render/views-panel.js';
import { topBar } from './render/top-bar.js';
import { Shell } from './shell.js';

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The shell page lacks #${id}.`);
  return element;
};

const sidePanels = { scenarios: 'Scenarios', views: 'Views', options: 'Options' } as const;
type SidePanel = keyof typeof sidePanels;

function sideStrip(shell: Shell): TabStrip {
  const problems = shell.problems.length + shell.hostProblems.length + shell.desk.yamlProblems.length;
  const attention = viewsNeedingAttention(shell);
  return {
    id: 'side',
    label: 'Tools',
    selected: shell.sidePanel,
    onSelect: (key) => {
      shell.sidePanel = key as SidePanel;
      shell.requestRender();
    },
    tabs: (Object.keys(sidePanels) as SidePanel[]).map((panel) => ({
      key: panel,
      panel: 'side-panel',
      hook: ['sideTab', panel],
      label:
        panel === 'options' && problems
          ? html`Options <span class="count warning" title="${problems} problem(s) in the option data">${problems}</span>`
          : panel === 'views' && attention
            ? html`Views <span class="count warning" title="${attention} view(s) need attention">${attention}</span>`
            : sidePanels[panel],
    })),
  };
}

function sidePanel(shell: Shell) {
  const strip = sideStrip(shell);
  const panel =
    shell.sidePanel === 'scenarios'
      ? scenarios(shell)
      : shell.sidePanel === 'views'
        ? viewsPanel(shell)
        : optionsPanel(shell);
  return html`${tabList(strip)}
    <div id="side-panel" role="tabpanel" aria-labelledby=${tabId(strip.id, strip.selected)}>${panel}</div>`;
}

function draw(shell: Shell): void {
  const desktop = desktopStrip(shell);
  const views = interactionStrip(shell);
  render(topBar(shell), byId('top-bar'));
  render(desktopTabs(shell, desktop), byId('desktop-tabs'));
  render(interactionList(shell), byId('interaction-list'));
  render(interactionPanel(shell, views), byId('interaction-head'));
  render(interactionDetails(shell), byId('interaction-details'));
  render(toasts(shell), byId('toasts'));
  render(sidePanel(shell), byId('side'));
  render(inspector(shell), byId('dock'));
  const onInteractions = shell.desktopTab === 'interactions';
  byId('interactions-page').hidden = !onInteractions;
  byId('desktop-views').hidden = onInteractions;
  markPanel(byId('interactions-page'), { ...desktop, selected: 'interactions' });
  const firstView = desktop.tabs.find((tab) => tab.key !== 'interactions')?.key;
  markPanel(byId('desktop-views'), { ...desktop, selected: onInteractions ? (firstView ?? '') : shell.desktopTab });
  markPanel(byId('interaction-body'), views);
  byId('interaction-details').hidden = visibleInteractionView(shell) !== undefined;
  shell.views.show('desktop', onInteractions ? undefined : shell.desktopTab);
  shell.views.show('interactions', visibleInteractionView(shell));
  syncDialogs(shell, byId('dialogs'));
}

async function start(): Promise<void> {
  const response = await fetch(optionsEndpoint, { cache: 'no-store' });
  const loaded = (await response.json()) as LoadedOptions;
  if (loaded.error !== undefined || loaded.text === undefined)
    throw new Error(loaded.error ?? `No option data came from ${loaded.path}.`);
  // The shell renders through this callback, which it may call before the constructor returns.
  const holder: { shell?: Shell } = {};
  const shell = new Shell(
    loaded.path,
    loaded.text,
    {
      desktop: byId('desktop-views'),
      interactions: byId('interaction-views'),
      hidden: byId('hidden-views'),
    },
    () => {
      if (holder.shell) draw(holder.shell);
    },
  );
  holder.shell = shell;
  // The editor shows the file as written; applying replaces its placeholders again.
  shell.desk.optionSource = { text: loaded.source ?? loaded.text, variables: loaded.variables ?? {} };
  draw(shell);
  // For debugging from the console and for end-to-end tests: the live shell.
  (window as unknown as { wweShell: Shell }).wweShell = shell;
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  byId('fatal').textContent = `The shell could not start: ${message}`;
  byId('fatal').hidden = false;
});
