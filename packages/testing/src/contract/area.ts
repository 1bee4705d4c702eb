/** What an area of the contract suite registers its tests with: the framework, and workspaces on the host under test. */
import type { OptionInput } from '@wwe-kit/host';
import type { SimulatorOptions } from '@wwe-kit/simulator';
import type { HostUnderTest, RegisteredFrame, StartedHost } from './host-under-test.js';
import type { MochaStyle } from './mocha.js';
import type { Probe } from './probe.js';
import type { Workspace } from './workspace.js';

/** Handed to each area's registration function. */
export interface AreaContext {
  readonly mocha: MochaStyle;
  readonly host: HostUnderTest;
  /** Starts the host under test over a fresh simulator (manual clock) for one test; its probes open on the cross origin. */
  createWorkspace(options?: OptionInput, simulatorOptions?: SimulatorOptions): Promise<Workspace<StartedHost>>;
  /** A fresh workspace and one probe view for each test of the enclosing `describe`, disposed of after it. */
  useWorkspace(
    options?: OptionInput,
    simulatorOptions?: SimulatorOptions,
  ): { workspace: Workspace<StartedHost>; probe: Probe<RegisteredFrame> };
  /** The origin probe views open on by default: the test server's other origin. */
  crossOrigin(): string;
}
