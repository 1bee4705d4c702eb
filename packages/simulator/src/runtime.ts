import {
  BackendError,
  readOptionData,
  WORKSPACE_SECTION,
  type EmitOptions,
  type EventSink,
  type HostLink,
  type OptionData,
  type OptionInput,
} from '@wwe-kit/host';
import type { EventName, EventPayload } from '@wwe-kit/protocol';
import type { SimulatorClock } from './clock.js';
import type { IdSource } from './ids.js';

/** How many past events the runtime keeps for inspection. */
export const EMITTED_KEPT = 1000;

/**
 * What every part of the simulator shares: time, ids, option data and the
 * event sink the host gave it. Parts raise events through `emit`; before the
 * host connects, events have nowhere to go and are dropped.
 */
export class Runtime {
  readonly clock: SimulatorClock;
  readonly ids: IdSource;
  #options: OptionData;
  #sink: EventSink | HostLink | undefined;
  /** The last events raised (at most `EMITTED_KEPT`), in order, for scenario tests and the shell's log. */
  readonly emitted: Array<{ name: string; data: unknown; frameId?: number }> = [];

  constructor(clock: SimulatorClock, ids: IdSource, options: OptionInput) {
    this.clock = clock;
    this.ids = ids;
    this.#options = readOptionData(options);
  }

  /** The option data in force: the connected host's (it owns them), else the simulator's own. */
  get options(): OptionData {
    return this.#sink && 'options' in this.#sink ? this.#sink.options() : this.#options;
  }

  /** Whether a host that owns the option data is connected. */
  get hostOwnsOptions(): boolean {
    return this.#sink !== undefined && 'options' in this.#sink;
  }

  setOptions(input: OptionInput): void {
    this.#options = readOptionData(input);
  }

  /** One option of the `interaction-workspace` section, or of `section`. */
  option(name: string, section = WORKSPACE_SECTION): string | undefined {
    return this.options[section]?.[name];
  }

  connect(sink: EventSink | HostLink): () => void {
    this.#sink = sink;
    return () => {
      if (this.#sink === sink) this.#sink = undefined;
    };
  }

  emit<N extends EventName>(name: N, data: EventPayload<N>, options?: EmitOptions): void {
    this.emitted.push({ name, data, ...(options?.frameId === undefined ? {} : { frameId: options.frameId }) });
    if (this.emitted.length > EMITTED_KEPT) this.emitted.splice(0, this.emitted.length - EMITTED_KEPT);
    // No copy here: every model raises a fresh object (an interaction event carries its own snapshot), which
    // the log keeps and the host filters once and posts.
    this.#sink?.emit(name, data, options);
  }

  /** A documented failure: its text goes to the page verbatim. */
  fail(message: string): never {
    throw new BackendError(message);
  }
}
