/** What the runner needs of the shell it runs in, and the messages it sees. */
import type { TrafficEntry } from '@wwe-kit/host';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';
import type { ViewAction } from './types.js';

/**
 * What the runner needs of the shell: the simulator, the views, and a person or a browser driver
 * for view steps. The shell gives its own (`ScenarioScripts`); a test gives a simulator alone.
 */
export interface ScriptHost {
  readonly simulator: WorkspaceSimulator;
  /** The option sections of the views, with their labels, for checking `from:`, `to:` and `view:`. */
  views(): ReadonlyArray<{ section: string; label: string; interactionLevel: boolean }>;
  /** Called after each action, so the shell's views follow the interactions. */
  changed(): void;
  /** Presses a toast button as the agent would (Show, Dismiss, OK or the page's own). Answers what it did. */
  pressToast(toastId: string, button: { label: string; index: number }): string;
  /** Brings the view forward (its tab selected) before a view step. Answers the iframe selector, or throws why not. */
  showView(section: string, interactionId: string | undefined): string;
  /** Performs a view step: a browser driver does it, or the person does and presses Done. */
  viewStep(action: ViewAction, signal: AbortSignal): Promise<string>;
}

/** A message between the host and a view, as the runner sees it. */
export type ObservedMessage = Pick<TrafficEntry, 'kind' | 'frameId' | 'section' | 'message'> & {
  readonly seq: number;
};
