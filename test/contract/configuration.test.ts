// The contract suite's configuration and auth, against wwe-kit's own ServiceHost over the simulator.
import { runContractSuite, serviceHostUnderTest } from '@wwe-kit/testing/contract';

runContractSuite(serviceHostUnderTest, { only: ['configuration'] });
