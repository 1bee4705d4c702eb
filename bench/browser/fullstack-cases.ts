// The full-stack bench's cases and the simulator state each one needs, built through the
// simulator's public scenarios only, so the bench runs on any simulator with the same API.
import { WorkspaceSimulator } from '@wwe-kit/simulator';

/** Which simulator state a case reads: three small interactions, or ten with a lot of user data. */
export type FullStackWorld = 'three interactions' | 'ten large interactions';

export interface FullStackCase {
  readonly id: string;
  /** What the case asks, as the results name it. */
  readonly label: string;
  readonly request: 'agent.get' | 'interaction.getInteractions';
  readonly world: FullStackWorld;
  /** `service-client-api.user-data.read-allowed`, as a list of keys. */
  readonly readAllowed: readonly string[];
  /** Full stack ÷ raw echo, at most. */
  readonly target: number;
  /** Sequential requests per run: enough for a stable mean, few enough for the time budget. */
  readonly requests: number;
}

const userDataKeys = Array.from({ length: 50 }, (_, index) => `Key${String(index).padStart(2, '0')}`);
const twoKeys = userDataKeys.slice(0, 2);

export const fullStackCases: readonly FullStackCase[] = [
  {
    id: 'a',
    label: 'agent.get',
    request: 'agent.get',
    world: 'three interactions',
    readAllowed: twoKeys,
    target: 1.15,
    requests: 400,
  },
  {
    id: 'b',
    label: 'interaction.getInteractions, 3 interactions',
    request: 'interaction.getInteractions',
    world: 'three interactions',
    readAllowed: twoKeys,
    target: 1.15,
    requests: 400,
  },
  {
    id: 'c',
    label: 'interaction.getInteractions, 10 interactions × 50 keys × 1 kB, 2 keys readable',
    request: 'interaction.getInteractions',
    world: 'ten large interactions',
    readAllowed: twoKeys,
    target: 1.3,
    requests: 150,
  },
  {
    id: 'd',
    label: 'interaction.getInteractions, 10 interactions × 50 keys × 1 kB, all 50 readable',
    request: 'interaction.getInteractions',
    world: 'ten large interactions',
    readAllowed: userDataKeys,
    target: 1.3,
    requests: 60,
  },
];

/** 50 keys of 1,000-character values, distinct per interaction so nothing can be shared. */
const largeUserData = (interaction: number): Record<string, string> =>
  Object.fromEntries(userDataKeys.map((key) => [key, `${interaction}-${key}-`.padEnd(1000, 'x')]));

/** A simulator holding the world's interactions, created before any host connects (so no events go out). */
export function simulatorFor(world: FullStackWorld): WorkspaceSimulator {
  const simulator = new WorkspaceSimulator({ seed: 1 });
  if (world === 'three interactions') {
    simulator.scenario.inboundCall('5551001');
    simulator.scenario.chat('Chat Customer');
    simulator.scenario.email('customer@example.com');
  } else {
    for (let index = 0; index < 10; index++) simulator.scenario.inboundCall(`55510${index}`, largeUserData(index));
  }
  return simulator;
}
