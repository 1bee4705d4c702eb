/** The reference implementation of a host under test: wwe-kit's own `ServiceHost` over the suite's simulator. */
import { ServiceHost } from '@wwe-kit/host';
import type { HostUnderTest } from './host-under-test.js';

/**
 * The real `ServiceHost` serving from the suite's `WorkspaceSimulator`: what wwe-kit's own contract tests
 * run the suite against, and the model of a host under test. A host that wraps `ServiceHost` starts it
 * the same way and adds its own layer; `session: false` keeps each test's host out of the tab election
 * of the others.
 */
export const serviceHostUnderTest = {
  name: 'ServiceHost + WorkspaceSimulator',
  frontsSimulator: true,
  start: ({ options, simulator, onTraffic }) =>
    new ServiceHost({ options, backend: simulator, session: false, onProblem: () => undefined, onTraffic }),
} satisfies HostUnderTest<ServiceHost>;
