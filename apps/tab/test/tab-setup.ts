/** Test setup shared by the tab tests: a workspace on the default option data, a probe, and the tab view for one call. */
import type { OptionData } from '@wwe-kit/host';
import type { Probe } from '../../../test/helpers/probe.js';
import { createWorkspace, type Workspace } from '../../../test/helpers/workspace.js';
import { defaultOptions, openApp, type AppFrame } from './app-frame.js';

export const numbers = { mary: '+442071234567', grace: '+12025550143', unknown: '+15550000000' };

export interface TabSetup {
  workspace: Workspace;
  /** Another view of the same Workspace: it plays the background view and other pages. */
  probe: Probe;
  tab: AppFrame;
  /** The interaction the tab was opened for. */
  id: string;
}

/**
 * Opens the tab for an answered call from `ani` with `userData` (the simulator's interaction),
 * as the shell does: `/tab/?interaction=<id>&agent=<full name>`, registered under CustomerTab.
 */
export async function openTab(
  setup: Partial<TabSetup>,
  options?: OptionData,
  ani = numbers.mary,
  userData: Record<string, string> = {},
): Promise<TabSetup> {
  const workspace = createWorkspace(options ?? (await defaultOptions()));
  const probe = await workspace.open({ section: 'CallerLookup', mode: 'background' });
  const id = workspace.simulator.scenario.inboundCall(ani, userData);
  workspace.simulator.voice.answer(id);
  const tab = await openApp(
    workspace.host,
    `tab/index.html?interaction=${id}&agent=${encodeURIComponent('Ada Agent')}`,
    'CustomerTab',
    'tab',
  );
  await shown(tab, 'ready');
  return Object.assign(setup, { workspace, probe, tab, id });
}

/**
 * Awaits the tab leaving 'loading' (its body's `data-view`, set in the same task as what it shows) and
 * checks it shows `view`: a tab that shows the other one fails at once, with its problem.
 */
export async function shown(tab: AppFrame, view: 'ready' | 'problem'): Promise<void> {
  const reached = await tab.waitFor('body', 'attribute', 'loading', { name: 'data-view', not: true });
  if (reached !== view)
    throw new Error(`The tab shows '${String(reached)}', not '${view}': ${await tab.text('#problem')}`);
}

/** The path of the value cell of one row of `<wwe-user-data>`. */
const cellPath = (key: string) => `#user-data >> tr[data-key="${key}"] [part=value]`;

/** The value cell of one row of `<wwe-user-data>`, or null when the row is not shown. */
export const cell = (tab: AppFrame, key: string) => tab.text(cellPath(key));

/** The input of an editable key in `<wwe-user-data>`. */
export const input = (key: string) => `#user-data >> input[name="${key}"]`;

/**
 * Workspace itself attaches `Reason: <marker>` (as routing would) and the test waits until the tab
 * shows it: every message Workspace sent the tab before has then been handled, so what it shows is final.
 */
export async function settle(setup: TabSetup, marker: string): Promise<void> {
  const { interactions } = setup.workspace.simulator;
  const record = interactions.get(setup.id);
  // A marker the tab already shows would be awaited at once, and prove nothing.
  if (record.interaction.userData['Reason'] === marker)
    throw new Error(`settle(): the tab may already show Reason ${marker}; use a new marker.`);
  record.interaction.userData['Reason'] = marker;
  interactions.raise(record, 'ATTACHED_DATA_CHANGED');
  await setup.tab.waitFor(cellPath('Reason'), 'text', marker);
}
