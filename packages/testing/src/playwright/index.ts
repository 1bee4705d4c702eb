/**
 * `@wwe-kit/testing/playwright`: Playwright Test with a `workspace` fixture (the Workspace shell with
 * your views, the real ServiceHost over the deterministic simulator, on its own origin) and `expect`
 * with matchers on the traffic between Workspace and your views.
 */
export { test, TEST_SHELL_QUERY, type WorkerFixtures } from './fixture.js';
export { expect, explainVerdict, type EventExpectation, type RequestExpectation } from './matchers.js';
export { WorkspaceTraffic, type TrafficMessage } from './traffic.js';
export type {
  AgentSnapshot,
  Workspace,
  WorkspaceClock,
  WorkspaceDesk,
  WorkspaceFaults,
  WorkspaceInteraction,
  WorkspaceOptions,
  WorkspaceScenario,
} from './types.js';
export type { ScriptResult, StepResult } from '../shell/scenario-run.js';
export type { ExpectedData } from '../shell/expectations.js';
export type { TestOptionData } from '../server/option-data.js';
