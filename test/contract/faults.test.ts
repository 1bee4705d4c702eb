// The contract suite's fault injection and the scenario API, against wwe-kit's own ServiceHost over the simulator.
import { runContractSuite, serviceHostUnderTest } from '@wwe-kit/testing/contract';

runContractSuite(serviceHostUnderTest, { only: ['faults'] });
