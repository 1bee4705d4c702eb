// The contract suite's the interaction event tables, against wwe-kit's own ServiceHost over the simulator.
import { runContractSuite, serviceHostUnderTest } from '@wwe-kit/testing/contract';

runContractSuite(serviceHostUnderTest, { only: ['event-tables'] });
