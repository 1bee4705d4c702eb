/**
 * The shell's state and the agent's actions: the simulator behind a real
 * ServiceHost, the live views, the traffic log, what is selected, and the
 * last action's outcome. Renders are batched to one per frame.
 */
import { readOptionData, ServiceHost, type HostBackend, type HostLink } from '@wwe-kit/host';
import type { Interaction } from '@wwe-kit/protocol';
import { WorkspaceSimulator, type ManualClock } from '@wwe-kit/simulator';
import { quietPeriod } from './diagnosis/diagnose.js';
import { ViewWatch } from './diagnosis/view-watch.js';
import { DeskState } from './desk/desk-state.js';
import { readViews } from './option-views.js';
import { ScenarioScripts } from './scenario-script/index.js';
import { InspectorState } from './inspector/state.js';
import { clockFromUrl, simulatorTime } from './test-hooks/clock.js';
import { TrafficExpectations } from './test-hooks/expectations.js';
import { TrafficLog } from './traffic-log.js';
import { ViewManager, type ViewContainers } from './views.js';

export interface Status {
  readonly text: string;
  readonly error: boolean;
}

/** The simulator as the host sees it, telling the shell about every event it raises. */
function observed(simulator: WorkspaceSimulator, onEvent: (name: string, data: unknown) => void): HostBackend {
  return {
    handle: (name, parameters, context) => simulator.handle(name, parameters, context),
    connect: (host: HostLink) =>
      simulator.connect({
        options: () => host.options(),
        emit(name, data, options) {
          host.emit(name, data, options);
          onEvent(name, data);
        },
      }),
  };
}

export class Shell {
  readonly simulator: WorkspaceSimulator;
  readonly host: ServiceHost;
  readonly views: ViewManager;
  /** Every message, each with its view's label ("Customer") from the option data. */
  readonly traffic = new TrafficLog(
    (section) => this.views.specs.find((spec) => spec.section === section)?.label ?? section,
  );
  /** The traffic inspector's filter, pause, selection and recording (inspector/). */
  readonly inspector = new InspectorState();
  /** Scenario scripts: the runner, the chosen file and its steps' results. */
  readonly scripts: ScenarioScripts = new ScenarioScripts(this);
  /** What the shell has seen of each view, for the Views panel's diagnosis. */
  readonly watch: ViewWatch;
  /** The simulator's clock when the url asks for a manual one (`?clock=manual`, as tests do); else real time. */
  readonly clock: ManualClock | undefined = clockFromUrl(location.search);
  /** Waits for a message a test expects (the Playwright fixture's matchers). */
  readonly expectations = new TrafficExpectations(this);
  readonly optionPath: string;
  optionText: string;
  /** Option-file, url and host problems, each saying what to fix. */
  problems: string[] = [];
  hostProblems: string[] = [];
  selectedInteraction: string | undefined;
  /** The view key (or 'details') shown for each interaction. */
  readonly interactionTab = new Map<string, string>();
  /** 'interactions' or the key of a workspace-level tab view. */
  desktopTab = 'interactions';
  sidePanel: 'scenarios' | 'views' | 'options' = 'scenarios';
  /** The desk's own state: confirmations of what views did to records, the Options editor's source. */
  readonly desk = new DeskState();
  status: Status | undefined;
  readonly #render: () => void;
  #queued = false;

  constructor(optionPath: string, optionText: string, containers: ViewContainers, render: () => void) {
    this.optionPath = optionPath;
    this.optionText = optionText;
    this.#render = render;
    this.watch = new ViewWatch(quietPeriod(location.search), () => this.requestRender());
    // The host owns the option data and hands it to the simulator when it connects (below).
    this.simulator = new WorkspaceSimulator(simulatorTime(this.clock));
    this.host = new ServiceHost({
      options: readOptionData(optionText),
      backend: observed(this.simulator, (name, data) => this.#onEvent(name, data)),
      onTraffic: (entry) => {
        this.scripts.observe(entry);
        this.watch.traffic(entry);
        if (!this.inspector.paused) this.traffic.add(entry);
        // The docked inspector shows every message; renders are batched to one a frame.
        if (entry.kind === 'answer') this.desk.confirmations.confirm(this);
        this.requestRender();
      },
      onIgnored: (message) => {
        this.watch.ignored(message);
        if (!this.inspector.paused) this.traffic.addIgnored(message);
        this.requestRender();
      },
      onProblem: (problem) => {
        this.hostProblems.push(problem);
        this.requestRender();
      },
    });
    this.views = new ViewManager(this.host, containers, {
      context: () => ({
        agent: this.simulator.agent.agent,
        workspaceOrigin: location.origin,
        readableKeys: [...this.host.settings.readAllowed],
      }),
      onVisibility: (frame, visible) => this.simulator.views.visibility.set(frame.frameId, visible),
      onLoaded: (frame) => {
        this.watch.loaded(frame.frameId);
        this.requestRender();
      },
      onClosed: (frame) => this.watch.closed(frame.frameId),
    });
    this.#loadViews();
  }

  get interactions(): Interaction[] {
    return this.simulator.interactions.list().map((record) => record.interaction);
  }

  /** Runs an agent action; its failure is shown, never thrown. */
  act(label: string, action: () => unknown): void {
    try {
      const result = action();
      this.status = {
        // An empty label: the result is the whole sentence.
        text: typeof result === 'string' && result ? (label ? `${label}: ${result}` : result) : `${label}: done.`,
        error: false,
      };
    } catch (error) {
      this.status = { text: `${label} failed: ${error instanceof Error ? error.message : String(error)}`, error: true };
    }
    this.sync();
  }

  /** Views follow the interactions; the selection follows when its interaction is gone. */
  sync(): void {
    const interactions = this.interactions;
    this.views.sync(interactions);
    if (!interactions.some((interaction) => interaction.interactionId === this.selectedInteraction)) {
      this.selectedInteraction = interactions[0]?.interactionId;
    }
    this.requestRender();
  }

  select(interactionId: string): void {
    const interaction = this.interactions.find((candidate) => candidate.interactionId === interactionId);
    this.selectedInteraction = interactionId;
    // Selecting an interaction selects its case, as Workspace does (CASE_SELECTED to the views); only a failure is worth a status line.
    if (interaction?.caseId && !interaction.isCaseSelected) {
      try {
        this.simulator.interaction.selectCase(interaction.caseId);
      } catch (error) {
        this.status = {
          text: `Select case failed: ${error instanceof Error ? error.message : String(error)}`,
          error: true,
        };
      }
    }
    this.requestRender();
  }

  /**
   * Brings the view of a frame forward, as a toast's Show button does (002:1693): selects its
   * tab (and its interaction), or opens or focuses its popup. A view in the background or hidden
   * has nothing to show. Answers what it did, for the status line.
   */
  showView(frameId: number): string {
    const view = this.views.views.find((candidate) => candidate.frame?.frameId === frameId);
    if (!view) return 'the view that popped it up is gone.';
    const { mode, label } = view.spec;
    if (mode === 'popup') return this.views.openPopup(view.key);
    if (mode !== 'tab') return `${label} runs in the background: there is no view to show.`;
    if (view.interactionId === undefined) {
      this.desktopTab = view.key;
    } else {
      this.desktopTab = 'interactions';
      this.select(view.interactionId);
      this.interactionTab.set(view.interactionId, view.key);
    }
    this.requestRender();
    return `${label} shown.`;
  }

  /**
   * Presses a toast's button as the agent does: Show brings the owner's view forward and closes the toast,
   * Dismiss only closes it, any other button reaches the owner view. Answers what it did, for the status line.
   */
  pressToast(toastId: string, button: { readonly label: string; readonly index: number }): string {
    const model = this.simulator.toasts;
    const toast = model.toasts.get(toastId);
    if (!toast) throw new Error('the toast is gone: the view closed it, or it was dismissed.');
    this.requestRender();
    if (button.index >= 0) {
      model.click(toastId, button.index);
      return 'the view that popped it up is told.';
    }
    model.close(toastId);
    return button.label === 'Show' ? this.showView(toast.ownerFrameId) : 'toast dismissed.';
  }

  /** New option data from the editor: the host takes it (the simulator reads the host's), and the views reopen. */
  applyOptions(text: string): void {
    this.act('Apply option data', () => {
      const options = readOptionData(text);
      this.optionText = text;
      this.host.setOptions(options);
      this.#loadViews();
      return this.problems.length ? `${this.problems.length} problem(s) listed below.` : 'views reopened.';
    });
  }

  requestRender(): void {
    if (this.#queued) return;
    this.#queued = true;
    requestAnimationFrame(() => {
      this.#queued = false;
      this.#render();
    });
  }

  #loadViews(): void {
    const { views, problems } = readViews(this.host.optionData);
    this.views.setSpecs(views, this.interactions);
    this.problems = [
      ...problems,
      ...this.host.settings.problems,
      ...this.views.views.flatMap((view) => view.problems.map((problem) => `${view.spec.section}: ${problem}`)),
    ];
    const desktopKeys = this.views
      .viewsOf(undefined)
      .filter((view) => view.spec.mode === 'tab')
      .map((view) => view.key);
    if (!desktopKeys.includes(this.desktopTab)) this.desktopTab = 'interactions';
    this.sync();
  }

  #onEvent(name: string, data: unknown): void {
    this.scripts.changed();
    const event = data as { eventType?: string; selectedCaseId?: string } | undefined;
    if (name === 'interaction' && event?.eventType === 'CASE_SELECTED') {
      const inCase = this.interactions.find((interaction) => interaction.caseId === event.selectedCaseId);
      if (inCase) this.selectedInteraction = inCase.interactionId;
    }
    // Views open and close with interactions; a microtask lets the simulator finish its change first.
    queueMicrotask(() => this.sync());
  }
}
