/**
 * One test's Workspace: a host under test over a fresh simulator on a manual clock, its traffic log,
 * and the probe views it serves. Nothing happens by itself: a test advances the clock.
 */
import type { OptionInput, ServiceHost, TrafficEntry } from '@wwe-kit/host';
import { ManualClock, WorkspaceSimulator, type SimulatorOptions } from '@wwe-kit/simulator';
import type { HostSetup, HostUnderTest, StartedHost } from './host-under-test.js';
import { openProbe, type Probe, type ProbeOptions } from './probe.js';
import { serviceHostUnderTest } from './service-host.js';
import { recordTraffic, type TrafficRecorder } from './traffic.js';

/** A started host with its simulator, clock, traffic and probe views. */
export interface Workspace<H extends StartedHost = ServiceHost> {
  readonly host: H;
  readonly simulator: WorkspaceSimulator;
  readonly clock: ManualClock;
  /** Opens a probe view registered with the host (cross-origin by default). */
  open(options?: ProbeOptions): Promise<Probe<ReturnType<H['registerFrame']>>>;
  /** What the host received and sent, in order. */
  readonly traffic: TrafficEntry[];
  /** Resolves with the `count`th traffic entry that matches, at once if it has already passed. */
  when: TrafficRecorder['when'];
  /** Calls through a probe's bridge and answers the data, or throws the bridge's error message. */
  call<T = unknown>(probe: Probe<{ readonly frameId: number }>, name: string, ...parameters: unknown[]): Promise<T>;
  /** Removes the probe views and disposes of the host. */
  dispose(): void;
}

/** Everything accepted from every origin, user data readable and writable for the keys tests use. */
export const openOptions = {
  'service-client-api.accepted-web-content-origins': '* (*, auth.getJwtToken)',
  'service-client-api.user-data.read-allowed': 'Key1,Key2,CustomerName,Origin,IW_CaseUid',
  'service-client-api.user-data.write-allowed': 'Key1,Key2,CustomerName,Origin',
};

const defaultOptions = { 'interaction-workspace': openOptions };

/** The simulator and traffic log of a workspace, before its host starts. */
function prepare(options: OptionInput, simulatorOptions: SimulatorOptions) {
  const clock = simulatorOptions.clock instanceof ManualClock ? simulatorOptions.clock : new ManualClock();
  const simulator = new WorkspaceSimulator({ options, ...simulatorOptions, clock });
  const recorder = recordTraffic();
  const setup: HostSetup = { options, simulator, onTraffic: recorder.onTraffic };
  return { clock, simulator, recorder, setup };
}

function assemble<H extends StartedHost>(host: H, prepared: ReturnType<typeof prepare>): Workspace<H> {
  const { clock, simulator, recorder } = prepared;
  const probes: Array<{ remove(): void }> = [];
  return {
    host,
    simulator,
    clock,
    traffic: recorder.traffic,
    when: recorder.when,
    async open(probeOptions) {
      const probe = await openProbe(host as { registerFrame: H['registerFrame'] }, probeOptions);
      probes.push(probe);
      return probe as Probe<ReturnType<H['registerFrame']>>;
    },
    async call<T>(probe: Probe<{ readonly frameId: number }>, name: string, ...parameters: unknown[]) {
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

/** Starts `hostUnderTest` over a fresh simulator (manual clock) with `options`, for one test. */
export async function startWorkspace<H extends StartedHost>(
  hostUnderTest: HostUnderTest<H>,
  options: OptionInput = defaultOptions,
  simulatorOptions: SimulatorOptions = {},
): Promise<Workspace<H>> {
  const prepared = prepare(options, simulatorOptions);
  return assemble(await hostUnderTest.start(prepared.setup), prepared);
}

/** The real `ServiceHost` over a fresh simulator, at once: for tests of wwe-kit itself that build one synchronously. */
export function createWorkspace(
  options: OptionInput = defaultOptions,
  simulatorOptions: SimulatorOptions = {},
): Workspace<ServiceHost> {
  const prepared = prepare(options, simulatorOptions);
  return assemble(serviceHostUnderTest.start(prepared.setup), prepared);
}
