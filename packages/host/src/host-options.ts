import type { HostBackend } from './backend.js';
import type { MessageLimits } from './envelope.js';
import type { IgnoredMessage } from './ignored.js';
import type { OptionInput } from './options.js';
import type { Clock } from './policy/rate-limit.js';
import type { TrafficEntry } from './traffic.js';

/** How to build a `ServiceHost`. */
export interface ServiceHostOptions {
  /** Workspace option data: YAML text, sections, or the `interaction-workspace` section alone. */
  readonly options: OptionInput;
  /** The Workspace behind the host: the simulator, or your own. */
  readonly backend: HostBackend;
  /** The window whose messages the host serves. Default: the global window. */
  readonly window?: Window;
  /** The clock of rate-limit windows and quarantines. Default: `Date.now`. */
  readonly clock?: Clock;
  /** Size and depth limits on incoming messages. */
  readonly limits?: Partial<MessageLimits>;
  /** Milliseconds before a request the backend has not answered fails. Default 30 000. */
  readonly backendTimeout?: number;
  /** Key shared by the Workspace tabs of one agent session for the leader election; `false`: this tab alone. Default `'default'`. */
  readonly session?: string | false;
  /** Sees every message between the host and its frames, for traffic logs. */
  readonly onTraffic?: (entry: TrafficEntry) => void;
  /** Hears each message the host received and did not serve, with the reason (see `ignoredReasons`). */
  readonly onIgnored?: (message: IgnoredMessage) => void;
  /** Hears configuration mistakes and internal errors. Default: `console.warn`. */
  readonly onProblem?: (problem: string) => void;
}
