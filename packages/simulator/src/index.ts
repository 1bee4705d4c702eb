/**
 * @wwe-kit/simulator — the embedded default Workspace behind `@wwe-kit/host`:
 * every request of the reference answered as documented, every event at its
 * moment, with seeded ids, an injectable clock, scenarios and fault injection.
 */
export { WorkspaceSimulator, type SimulatorOptions } from './simulator.js';
export { ManualClock, realClock, type SimulatorClock } from './clock.js';
export { IdSource } from './ids.js';
export { FaultInjector, type Fault } from './faults.js';
export { Runtime } from './runtime.js';
export { AgentModel, type AgentSetup } from './agent/agent.js';
export { defaultActionCodes, knownActions, stateList, type ActionCode, type ListedState } from './agent/state-list.js';
