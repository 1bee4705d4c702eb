// The contract suite's outbound preview events, against wwe-kit's own ServiceHost over the simulator.
import { runContractSuite, serviceHostUnderTest } from '@wwe-kit/testing/contract';

runContractSuite(serviceHostUnderTest, { only: ['outbound-preview'] });
