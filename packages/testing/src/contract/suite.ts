/**
 * `runContractSuite`: the contract suite wwe-kit's own host passes (the reference's samples, the answer
 * shape of every request, the event tables, faults, transfers, outbound…), registered as mocha-style
 * tests against any host under test.
 */
import type { OptionInput } from '@wwe-kit/host';
import type { SimulatorOptions } from '@wwe-kit/simulator';
import type { AreaContext } from './area.js';
import { agentArea } from './areas/agent.js';
import { configurationArea } from './areas/configuration.js';
import { eventTablesArea } from './areas/event-tables.js';
import { everyRequestArea } from './areas/every-request.js';
import { faultsArea } from './areas/faults.js';
import { interactionsArea } from './areas/interactions.js';
import { outboundPreviewArea } from './areas/outbound-preview.js';
import { outboundRecordsArea } from './areas/outbound-records.js';
import { samplesArea } from './areas/samples.js';
import { systemArea } from './areas/system.js';
import { transfersArea } from './areas/transfers.js';
import { voiceArea } from './areas/voice.js';
import type { HostUnderTest, RegisteredFrame, StartedHost } from './host-under-test.js';
import { mochaStyle, type MochaStyle } from './mocha.js';
import { crossOrigin } from './origins.js';
import type { Probe } from './probe.js';
import { startWorkspace, type Workspace } from './workspace.js';

/**
 * The areas of the suite, each one `describe` (two for `configuration`: configuration and auth; two for
 * `faults`: faults and scenarios). Every area drives the simulator or expects its data (its agent, its
 * ids, its clock): each needs a host that `frontsSimulator`.
 */
export const contractAreas = {
  agent: agentArea,
  configuration: configurationArea,
  'event-tables': eventTablesArea,
  'every-request': everyRequestArea,
  faults: faultsArea,
  interactions: interactionsArea,
  'outbound-preview': outboundPreviewArea,
  'outbound-records': outboundRecordsArea,
  samples: samplesArea,
  system: systemArea,
  transfers: transfersArea,
  voice: voiceArea,
} satisfies Record<string, (context: AreaContext) => void>;

/** The name of an area of the suite. */
export type ContractArea = keyof typeof contractAreas;

/** The areas that drive or read the simulator, skipped for a host that does not front it. */
const needSimulator: ReadonlySet<ContractArea> = new Set(Object.keys(contractAreas) as ContractArea[]);

/** How `runContractSuite` runs. */
export interface ContractSuiteOptions {
  /** Only these areas (default: every area), e.g. `['voice', 'samples']`. */
  readonly only?: readonly ContractArea[];
  /**
   * The origin the probe views open on, which must differ from the test page's: default the test
   * server's other name (localhost ⇄ 127.0.0.1 on the same port).
   */
  readonly crossOrigin?: string;
  /** The framework's `describe`, `it`, `beforeEach`, `afterEach`; default the globals WTR's mocha and Vitest define. */
  readonly mocha?: MochaStyle;
}

/**
 * Registers the contract suite against `hostUnderTest`: call it at the top level of a test file of
 * @web/test-runner (mocha) or Vitest browser mode. Each test starts a fresh host (`hostUnderTest.start`)
 * over a fresh `WorkspaceSimulator`, opens probe views in real cross-origin iframes, and checks what
 * they are answered and sent. Titles are the same for every host, so results compare across hosts.
 *
 * @example
 * import { runContractSuite, serviceHostUnderTest } from '@wwe-kit/testing/contract';
 * runContractSuite({ ...serviceHostUnderTest, name: 'my wrapper', start: (setup) => myWrapper(setup) });
 */
export function runContractSuite(hostUnderTest: HostUnderTest, options: ContractSuiteOptions = {}): void {
  const mocha = mochaStyle(options.mocha);
  const origin = () => options.crossOrigin ?? crossOrigin();
  const unknown = (options.only ?? []).filter((area) => !(area in contractAreas));
  if (unknown.length)
    throw new Error(
      `runContractSuite: unknown area ${unknown.join(', ')}. Use some of: ${Object.keys(contractAreas).join(', ')}.`,
    );
  const createWorkspace = async (
    optionData?: OptionInput,
    simulatorOptions?: SimulatorOptions,
  ): Promise<Workspace<StartedHost>> => {
    const workspace = await startWorkspace(hostUnderTest, optionData, simulatorOptions);
    return { ...workspace, open: (probeOptions = {}) => workspace.open({ origin: origin(), ...probeOptions }) };
  };
  const context: AreaContext = {
    mocha,
    host: hostUnderTest,
    createWorkspace,
    crossOrigin: origin,
    useWorkspace(optionData, simulatorOptions) {
      const current = {} as { workspace: Workspace<StartedHost>; probe: Probe<RegisteredFrame> };
      mocha.beforeEach(async () => {
        current.workspace = await createWorkspace(optionData, simulatorOptions);
        current.probe = await current.workspace.open();
      });
      mocha.afterEach(() => current.workspace.dispose());
      return current;
    },
  };
  for (const area of options.only ?? (Object.keys(contractAreas) as ContractArea[])) {
    if (needSimulator.has(area) && hostUnderTest.frontsSimulator === false)
      mocha.describe.skip(
        `${area} (skipped for ${hostUnderTest.name}: it drives the suite's WorkspaceSimulator, which this host does not front)`,
        () => contractAreas[area](context),
      );
    else contractAreas[area](context);
  }
}
