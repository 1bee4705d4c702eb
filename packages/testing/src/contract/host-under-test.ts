/**
 * What the contract suite needs of a host: as little as a page's Workspace does. The suite makes the
 * simulator (its clock, seed and data are what the expected answers assume) and the host under test
 * serves the suite's views from it, as `ServiceHost` does with its `backend`.
 */
import type { FrameRegistration, OptionInput, TrafficEntry } from '@wwe-kit/host';
import type { WorkspaceSimulator } from '@wwe-kit/simulator';

/** What the suite hands a host it starts, fresh for each test. */
export interface HostSetup {
  /**
   * The option data to serve with: a YAML string or sections, as `ServiceHost`'s `options` takes it.
   * The host owns it: the simulator answers `configuration.*` with what the host hands it.
   */
  readonly options: OptionInput;
  /**
   * The backend to serve the views from: every request goes to it, its events go to the subscribed views.
   * `ServiceHost` takes it as its `backend`; a wrapper passes it to the host it wraps.
   */
  readonly simulator: WorkspaceSimulator;
  /**
   * Report every message to or from a registered view here, in order (`ServiceHost`'s `onTraffic`):
   * the suite reads how many events a view was sent, so that a surplus event fails a test as surely
   * as a missing one, and whether a request was answered.
   */
  readonly onTraffic: (entry: TrafficEntry) => void;
}

/** A view as the host registered it. */
export interface RegisteredFrame {
  /** The id the host announces to the view and writes in its traffic entries (`TrafficEntry.frameId`). */
  readonly frameId: number;
}

/** A host the suite started: the few things a test does to Workspace itself. `ServiceHost` is one. */
export interface StartedHost {
  /**
   * Serves a view. The suite registers each probe view before it loads (an iframe on the test
   * server's other origin, or a popup window), as the shell registers the views of its option data.
   */
  registerFrame(registration: FrameRegistration): RegisteredFrame;
  /** Replaces the option data in force, as an administrator's change reaches a running Workspace. */
  setOptions(options: OptionInput): void;
  /** Stops serving: removes listeners and timers. The suite calls it after each test. */
  dispose(): void;
}

/**
 * A host that speaks the Service Client API, as `runContractSuite` checks it. Implement `start` around
 * your own host (a wrapper of `ServiceHost`, a proxy, a shell of your own): see `serviceHostUnderTest`.
 */
export interface HostUnderTest<H extends StartedHost = StartedHost> {
  /** Shown in skipped suites' titles and in failure messages, e.g. `my-proxy over ServiceHost`. */
  readonly name: string;
  /**
   * Whether the host serves from the `simulator` of its setup. Default true. A host that proxies a real
   * Workspace does not: every suite that drives the simulator (creates calls, advances its clock, reads
   * its state) or expects its data is then skipped, with that reason in its title.
   */
  readonly frontsSimulator?: boolean;
  /** Starts a fresh host for one test, on this page (the test page is the Workspace window). */
  start(setup: HostSetup): H | Promise<H>;
}
