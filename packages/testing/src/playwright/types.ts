/** The public shapes of the Playwright fixture: its options and the `workspace` handle a test gets. */
import type { Frame, Page } from '@playwright/test';
import type { Agent, Interaction, KeyValues, RequestName, State } from '@wwe-kit/protocol';
import type { TestOptionData } from '../server/option-data.js';
import type { ScriptResult } from '../shell/scenario-run.js';
import type { WorkspaceTraffic } from './traffic.js';

/** The fixture's options, set with `test.use({ … })`. */
export interface WorkspaceOptions {
  /**
   * The option data the shell loads: a YAML file's path (relative to the working directory, read
   * again for every test) or the option data as an object, section by section.
   */
  readonly workspaceOptions: TestOptionData;
  /**
   * Values for `${NAME}` placeholders in the option data, e.g. `{ CRM_ORIGIN: 'http://127.0.0.1:4173' }`.
   * `${SHELL_ORIGIN}` is always the shell's origin.
   */
  readonly workspaceVariables: Readonly<Record<string, string>>;
}

/** The agent, as Workspace answers `agent.get`, with the agent's current state. */
export type AgentSnapshot = Agent & { readonly state: State };

/** What the simulated customer and the queue do: each answers what it created. */
export interface WorkspaceScenario {
  /** A customer calls from `from` (an ANI); the call rings at the desk. Answers the interaction id. */
  inboundCall(from: string, userData?: KeyValues): Promise<string>;
  /** A chat invitation from `from`. Answers the interaction id. */
  chat(from: string, userData?: KeyValues): Promise<string>;
  /** An email invitation from `from`. Answers the interaction id. */
  email(from: string, userData?: KeyValues): Promise<string>;
  /** The customer hangs up a call. */
  customerHangUp(interactionId: string): Promise<void>;
  /** The called party answers a call the agent dialled (without waiting for the clock). */
  remoteAnswer(interactionId: string): Promise<void>;
  /** A campaign is loaded, and started in `mode` (e.g. `Push Preview`) when one is given. */
  campaign(name: string, mode?: string): Promise<void>;
  /** A Push Preview campaign pushes a record to the agent. Answers the preview interaction's id. */
  pushPreview(campaign: string): Promise<string>;
}

/** What the agent does at the desk; each throws Workspace's refusal when the interaction does not allow it. */
export interface WorkspaceDesk {
  /** Answers a ringing call. */
  answer(interactionId: string): Promise<void>;
  /** Accepts an offered chat, email or preview record. */
  accept(interactionId: string): Promise<void>;
  /** Rejects an offered interaction. */
  reject(interactionId: string): Promise<void>;
  /** Puts a call on hold. */
  hold(interactionId: string): Promise<void>;
  /** Resumes a held call. */
  resume(interactionId: string): Promise<void>;
  /** Hangs up a call. */
  hangUp(interactionId: string): Promise<void>;
  /** Marks a finished interaction done, which closes it and its views. */
  markDone(interactionId: string): Promise<void>;
}

/** Faults for a request, whoever sends it; they last until cleared (each test starts with none). */
export interface WorkspaceFaults {
  /** The request fails with `message`, as Workspace's error answer. */
  fail(request: RequestName, message: string): Promise<void>;
  /** The request is answered `milliseconds` later, on the simulator's clock (move it with `clock.advance`). */
  delay(request: RequestName, milliseconds: number): Promise<void>;
  /** The request is never answered. */
  drop(request: RequestName): Promise<void>;
  /** Clears the faults of one request, or all. */
  clear(request?: RequestName): Promise<void>;
}

/** The simulator's clock, which stands still in tests: nothing timed happens until the test moves it. */
export interface WorkspaceClock {
  /** Moves time forward, firing every timer that falls due (a dialled call answered, a toast closed…). */
  advance(milliseconds: number): Promise<void>;
  /** The simulator's time, in milliseconds since the epoch. */
  now(): Promise<number>;
}

/** One interaction, as Workspace holds it. */
export interface WorkspaceInteraction {
  /** Its attached data, unfiltered: what Workspace holds, not what a page may read. */
  userData(): Promise<KeyValues>;
  /** The whole interaction. */
  get(): Promise<Interaction>;
}

/** The shell a test drives: the simulator behind the real ServiceHost, with your views. */
export interface Workspace {
  /** The shell's origin (`http://localhost:<port>`): what your page must accept as Workspace. */
  readonly origin: string;
  /** The shell's page (the same as the test's `page`). */
  readonly page: Page;
  readonly scenario: WorkspaceScenario;
  readonly desk: WorkspaceDesk;
  readonly faults: WorkspaceFaults;
  readonly clock: WorkspaceClock;
  /** Every message between Workspace and the views: use it with `expect(workspace.traffic).toHaveRequest(…)`. */
  readonly traffic: WorkspaceTraffic;
  /** The agent and its state. */
  agent(): Promise<AgentSnapshot>;
  /** The interactions Workspace holds now, oldest first. */
  interactions(): Promise<Interaction[]>;
  /** One interaction by id. */
  interaction(interactionId: string): WorkspaceInteraction;
  /**
   * A view by its option section: the `Frame` of a tab, background or hidden view (attached and
   * loaded), or for a popup view, the popup `Page` its button opens. `interaction` picks the
   * interaction-level view of that interaction.
   */
  view(section: string, where?: { readonly interaction?: string }): Promise<Frame | Page>;
  /**
   * Runs a scenario script (YAML, as `npm run scenario` takes) in this shell: its view steps are done
   * by Playwright in the views' frames. Throws naming the failed step; answers every step's result.
   */
  run(path: string): Promise<ScriptResult>;
}
