/**
 * The workspace shell: loads the option data `npm start` serves, runs the
 * real ServiceHost over the simulator, and draws the agent desktop.
 */
import { html, render } from 'lit';
import { syncDialogs } from './dialogs.js';
import { optionsEndpoint, type LoadedOptions } from './options-endpoint.js';
import { desktopTabs } from './render/desktop-tabs.js';
import { interactionList } from './render/interactions.js';
import { interactionPanel, visibleInteractionView } from './render/interaction-panel.js';
import { optionsPanel } from './render/options-panel.js';
import { scenarios } from './render/scenarios.js';
import { toasts } from './render/toasts.js';
import { topBar } from './render/top-bar.js';
import { traffic } from './render/traffic.js';
import { Shell } from './shell.js';

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The shell page lacks #${id}.`);
  return element;
};

function sidePanel(shell: Shell) {
  const choose = (panel: Shell['sidePanel']) => {
    shell.sidePanel = panel;
    shell.requestRender();
  };
  const tab = (panel: Shell['sidePanel'], label: string) => html`<button role="tab" data-side-tab=${panel}
    aria-selected=${shell.sidePanel === panel} @click=${() => choose(panel)}>${label}</button>`;
  const problems = shell.problems.length + shell.hostProblems.length;
  return html`<div role="tablist" aria-label="Tools">${tab('scenarios', 'Scenarios')}${tab('traffic', `Traffic (${shell.traffic.size})`)}${tab('options', problems ? `Options ⚠ ${problems}` : 'Options')}</div>
    ${shell.sidePanel === 'scenarios' ? scenarios(shell) : shell.sidePanel === 'traffic' ? traffic(shell) : optionsPanel(shell)}`;
}

function draw(shell: Shell): void {
  render(topBar(shell), byId('top-bar'));
  render(desktopTabs(shell), byId('desktop-tabs'));
  render(interactionList(shell), byId('interaction-list'));
  render(interactionPanel(shell), byId('interaction-head'));
  render(toasts(shell), byId('toasts'));
  render(sidePanel(shell), byId('side'));
  const onInteractions = shell.desktopTab === 'interactions';
  byId('interactions-page').hidden = !onInteractions;
  byId('desktop-views').hidden = onInteractions;
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
  draw(shell);
  // For debugging from the console and for end-to-end tests: the live shell.
  (window as unknown as { wweShell: Shell }).wweShell = shell;
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  byId('fatal').textContent = `The shell could not start: ${message}`;
  byId('fatal').hidden = false;
});
