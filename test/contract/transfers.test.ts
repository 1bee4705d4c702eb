// The contract suite's consultations and transfers, against wwe-kit's own ServiceHost over the simulator.
import { runContractSuite, serviceHostUnderTest } from '@wwe-kit/testing/contract';

runContractSuite(serviceHostUnderTest, { only: ['transfers'] });
