/**
 * Scenario scripts in the shell (`shell.scripts`): the runner on the live simulator and views, the
 * bundled examples, the chosen file and its steps as they run, and the view steps a person does.
 * The shell feeds it the host's traffic (`observe`) and the simulator's events (`changed`).
 */
import type { TrafficEntry } from '@wwe-kit/host';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';
import type { ViewSpec } from '../option-views.js';
import type { LiveView } from '../views.js';
import { TrafficFeed } from './feed.js';
import { parseScript, ScriptProblems } from './parse.js';
import { pendingSteps, runScript, type RunOptions } from './runner.js';
import type { ScriptHost } from './script-host.js';
import type { Script, ScriptResult, StepResult, ViewAction } from './types.js';
import { viewFrameSelector } from './view-frame.js';

export type { ScriptResult, StepResult, ViewAction } from './types.js';

/** What scenario scripts need of the shell. */
export interface ScriptShell {
  readonly simulator: WorkspaceSimulator;
  readonly views: { readonly specs: readonly ViewSpec[]; viewsOf(interactionId: string | undefined): LiveView[] };
  showView(frameId: number): string;
  pressToast(toastId: string, button: { readonly label: string; readonly index: number }): string;
  sync(): void;
  requestRender(): void;
}

/** A file the person can run: a bundled example or one they opened. */
export interface ChosenScript {
  readonly file: string;
  readonly text: string;
}

/** A view step waiting for the person: they do it in the view, then press Done. */
export interface WaitingStep {
  readonly action: ViewAction;
  done(): void;
}

const verb = { click: 'click', fill: 'type', select: 'choose' } as const;

/** A view action as the person is asked to do it. */
export const describeViewAction = (action: ViewAction): string =>
  `${verb[action.action]} ${action.value !== undefined ? `'${action.value}' in ` : ''}${action.selector} in ${action.label}${action.interactionId ? ` (interaction ${action.interactionId})` : ''}`;

export class ScenarioScripts {
  readonly #shell: ScriptShell;
  readonly feed = new TrafficFeed();
  /** The file shown in the panel. */
  chosen: ChosenScript | undefined;
  /** The chosen file, read; undefined when it has problems. */
  script: Script | undefined;
  /** The chosen file's steps, with where each stands; empty when the file has problems. */
  steps: StepResult[] = [];
  /** What is wrong with the chosen file, each in words (a YAML error keeps its pointer line). */
  problems: readonly string[] = [];
  /** The last run's outcome. */
  result: ScriptResult | undefined;
  waiting: WaitingStep | undefined;
  /**
   * Who performs view steps. Unset, the shell asks the person ("Your turn") and waits for Done: the
   * shell cannot script a page of another origin. `npm run scenario` sets it to drive the frame with Playwright.
   */
  driver: ((action: ViewAction) => Promise<string>) | undefined;
  #running: AbortController | undefined;

  constructor(shell: ScriptShell) {
    this.#shell = shell;
  }

  get running(): boolean {
    return this.#running !== undefined;
  }

  /** Shows a file's steps (or its problems) without running it. */
  choose(chosen: ChosenScript): void {
    if (this.running) return;
    this.chosen = chosen;
    this.result = undefined;
    try {
      this.script = parseScript(
        chosen.text,
        this.#host.views().map((view) => view.section),
      );
      this.steps = pendingSteps(this.script);
      this.problems = [];
    } catch (error) {
      this.script = undefined;
      this.steps = [];
      this.problems = error instanceof ScriptProblems ? error.problems : [String(error)];
    }
    this.#shell.requestRender();
  }

  /**
   * Runs a scenario on this shell, shown in the panel as it goes; resolves with every step's result
   * (`file` names it in the panel). One run at a time.
   */
  async run(text: string, options: Pick<RunOptions, 'onStep'> & { file?: string } = {}): Promise<ScriptResult> {
    if (this.#running)
      return {
        ok: false,
        name: '',
        steps: [],
        problems: ['A scenario is already running: stop it or wait for it to finish.'],
      };
    if (this.chosen?.text !== text) this.choose({ file: options.file ?? 'scenario.yaml', text });
    const controller = new AbortController();
    this.#running = controller;
    this.result = undefined;
    this.#shell.requestRender();
    try {
      this.result = await runScript(text, this.#host, this.feed, {
        signal: controller.signal,
        onStep: (step) => {
          this.steps[step.index - 1] = step;
          options.onStep?.(step);
          this.#shell.requestRender();
        },
      });
      if (this.result.problems.length) this.problems = this.result.problems;
      return this.result;
    } finally {
      this.#running = undefined;
      this.waiting = undefined;
      this.#shell.requestRender();
    }
  }

  /** Stops the run under way: its current step fails, the rest are skipped. */
  stop(): void {
    this.#running?.abort();
  }

  /** The host's traffic (from `ServiceHostOptions.onTraffic`). */
  observe(entry: TrafficEntry): void {
    this.feed.observe(entry);
  }

  /** The simulator raised an event. */
  changed(): void {
    this.feed.changed();
  }

  get #host(): ScriptHost {
    const shell = this.#shell;
    return {
      simulator: shell.simulator,
      views: () =>
        shell.views.specs.map((spec) => ({
          section: spec.section,
          label: spec.label,
          interactionLevel: spec.level === 'interaction',
        })),
      changed: () => shell.sync(),
      pressToast: (toastId, button) => shell.pressToast(toastId, button),
      showView: (section, interactionId) => {
        const view = shell.views.viewsOf(interactionId).find((candidate) => candidate.spec.section === section);
        const whose = interactionId === undefined ? '' : ` of interaction ${interactionId}`;
        if (!view)
          throw new Error(`the view ${section}${whose} is not open: check that the interaction is still there.`);
        if (!view.iframe)
          throw new Error(
            `${view.spec.label} is a popup: click and fill steps work in tab, background and hidden views only.`,
          );
        if (view.frame) shell.showView(view.frame.frameId);
        return viewFrameSelector(section, interactionId);
      },
      viewStep: (action, signal) => (this.driver ? this.driver(action) : this.#askPerson(action, signal)),
    };
  }

  /** Waits for the person to do the view step and press Done. */
  #askPerson(action: ViewAction, signal: AbortSignal): Promise<string> {
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.waiting = undefined;
        this.#shell.requestRender();
        reject(new Error('the scenario was stopped while waiting for you.'));
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting = {
        action,
        done: () => {
          signal.removeEventListener('abort', onAbort);
          this.waiting = undefined;
          resolve(`Done by you: ${describeViewAction(action)} (the shell cannot click inside another origin's page).`);
        },
      };
      this.#shell.requestRender();
    });
  }
}
