/**
 * `@wwe-kit/testing/contract` (browser): the contract suite wwe-kit's own host passes, for any host that
 * speaks the Service Client API. Register it from a test file of @web/test-runner or Vitest browser mode:
 * `runContractSuite(myHostUnderTest)`.
 */
export { runContractSuite, contractAreas, type ContractArea, type ContractSuiteOptions } from './suite.js';
export { checkRequest } from './check-request.js';
export { serviceHostUnderTest } from './service-host.js';
export type { HostSetup, HostUnderTest, RegisteredFrame, StartedHost } from './host-under-test.js';
export type { MochaStyle } from './mocha.js';
export type { AreaContext } from './area.js';
export { startWorkspace, openOptions, type Workspace } from './workspace.js';
export { openProbe, requestMessage, type Probe, type ProbeOptions } from './probe.js';
export { crossOrigin, sameOrigin, probeUrl } from './origins.js';
export { resultShapes } from './result-shapes.js';
export { sample, samplesOf, type Sample } from './samples.js';
export type { TrafficRecorder } from './traffic.js';
export type { ProbeEvent } from './events.js';
