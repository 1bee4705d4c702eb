/** Test helpers: the real host over the real simulator, and probe views talking to them through the real bridge. */
import { ServiceHost, type TrafficEntry } from '@wwe-kit/host';
import { ManualClock, WorkspaceSimulator, type SimulatorOptions } from '@wwe-kit/simulator';
import { openProbe, type Probe, type ProbeOptions } from './probe.js';
import { recordTraffic, type TrafficRecorder } from './traffic.js';

export interface Workspace {
  readonly host: ServiceHost;
  readonly simulator: WorkspaceSimulator;
  readonly clock: ManualClock;
  /** Opens a probe view registered with the host (cross-origin by default). */
  open(options?: ProbeOptions): Promise<Probe>;
  /** What the host received and sent, in order. */
  readonly traffic: TrafficEntry[];
  /** Resolves with the `count`th traffic entry that matches, at once if it has already passed. */
  when: TrafficRecorder['when'];
  /** Calls through a probe's bridge and answers the data, or throws the bridge's error message. */
  call<T = unknown>(probe: Probe, name: string, ...parameters: unknown[]): Promise<T>;
  dispose(): void;
}

/** Everything accepted from every origin, user data readable and writable for the keys tests use. */
export const openOptions = {
  'service-client-api.accepted-web-content-origins': '* (*, auth.getJwtToken)',
  'service-client-api.user-data.read-allowed': 'Key1,Key2,CustomerName,Origin,IW_CaseUid',
  'service-client-api.user-data.write-allowed': 'Key1,Key2,CustomerName,Origin',
};

export function createWorkspace(
  options: Record<string, unknown> = { 'interaction-workspace': openOptions },
  simulatorOptions: SimulatorOptions = {},
): Workspace {
  const clock = simulatorOptions.clock instanceof ManualClock ? simulatorOptions.clock : new ManualClock();
  const simulator = new WorkspaceSimulator({ options: options as never, ...simulatorOptions, clock });
  const { traffic, onTraffic, when } = recordTraffic();
  const host = new ServiceHost({
    options: options as never,
    backend: simulator,
    session: false,
    onProblem: () => undefined,
    onTraffic,
  });
  const probes: Probe[] = [];
  return {
    host,
    simulator,
    clock,
    traffic,
    when,
    async open(probeOptions) {
      const probe = await openProbe(host, probeOptions);
      probes.push(probe);
      return probe;
    },
    async call<T>(probe: Probe, name: string, ...parameters: unknown[]) {
      const result = await probe.call(name, parameters);
      if (result.error) throw new Error(result.error.errorMessage ?? result.error.message);
      return result.data as T;
    },
    dispose() {
      for (const probe of probes) probe.remove();
      host.dispose();
    },
  };
}

/** A fresh workspace and one probe view for each test of the suite. */
export function useWorkspace(
  options?: Record<string, unknown>,
  simulatorOptions?: SimulatorOptions,
): { workspace: Workspace; probe: Probe } {
  const context = {} as { workspace: Workspace; probe: Probe };
  beforeEach(async () => {
    context.workspace = createWorkspace(options, simulatorOptions);
    context.probe = await context.workspace.open();
  });
  afterEach(() => context.workspace.dispose());
  return context;
}
