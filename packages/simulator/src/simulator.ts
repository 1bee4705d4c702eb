import {
  backendFromHandlers, type EventSink, type HostBackend, type OptionInput, type RequestContext, type RequestHandlers,
} from '@wwe-kit/host';
import type { RequestName, RequestParams, RequestResult } from '@wwe-kit/protocol';
import { AgentModel, type AgentSetup } from './agent/agent.js';
import { realClock, type SimulatorClock } from './clock.js';
import { FaultInjector } from './faults.js';
import { IdSource } from './ids.js';
import { Runtime } from './runtime.js';

export interface SimulatorOptions extends AgentSetup {
  /** Workspace option data: the same the host reads (YAML, sections, or the `interaction-workspace` section). */
  readonly options?: OptionInput;
  /** Seed of every generated id: the same seed replays the same ids. Default 1. */
  readonly seed?: number;
  /** Time; a `ManualClock` makes timers deterministic. Default: the real clock. */
  readonly clock?: SimulatorClock;
}

/**
 * The embedded default Workspace: a `HostBackend` that models an agent's
 * Workspace for every request of the reference, deterministic (seeded ids,
 * injectable clock) and scriptable (scenarios, faults).
 */
export class WorkspaceSimulator implements HostBackend {
  readonly runtime: Runtime;
  readonly agent: AgentModel;
  /** Delay, drop or fail chosen requests. */
  readonly faults: FaultInjector;
  readonly #serve: HostBackend;

  constructor(options: SimulatorOptions = {}) {
    const clock = options.clock ?? realClock;
    this.runtime = new Runtime(clock, new IdSource(options.seed ?? 1), options.options ?? {});
    this.faults = new FaultInjector(clock);
    this.agent = new AgentModel(this.runtime, options);
    const handlers: RequestHandlers = {
      ...this.agent.handlers(),
    };
    this.#serve = backendFromHandlers(handlers);
  }

  /** Replaces the option data (the host's `setOptions` should get the same). */
  setOptions(options: OptionInput): void {
    this.runtime.setOptions(options);
  }

  handle<N extends RequestName>(name: N, parameters: RequestParams<N>, context: RequestContext): RequestResult<N> | Promise<RequestResult<N>> {
    return this.faults.apply([name, context.requestedAs], () => this.#serve.handle(name, parameters, context)) as RequestResult<N>;
  }

  connect(events: EventSink): () => void {
    return this.runtime.connect(events);
  }
}
