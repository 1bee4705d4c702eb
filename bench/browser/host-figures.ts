/**
 * What the host section asks of its bench pages and what they answer: one value per run for each path,
 * the runs alternating, so Node computes every median and range. Types only, shared by Node and the pages.
 */

/** Two paths measured in alternation: one value per run each, and their per-run ratio (first / second). */
export interface AlternatingSeries {
  readonly a: number[];
  readonly b: number[];
  readonly ratio: number[];
}

export interface HostBenchOptions {
  readonly runs: number;
  /** Requests per batch of the per-request figure (a run's value is the median of its batches). */
  readonly requestsPerBatch: number;
  /** Sequential raw round trips per run of the per-request baseline. */
  readonly roundTrips: number;
  /** Rounds (one event, every frame acknowledging) per run and path of the fan-out. */
  readonly fanOutRounds: number;
  readonly fuzzMessages: number;
}

export interface FuzzFigures {
  readonly messages: number;
  readonly seed: number;
  readonly seconds: number;
  readonly exceptions: number;
  readonly requestShaped: number;
  readonly answered: number;
  readonly stateChangingCalls: number;
  readonly backendUnchanged: boolean;
  readonly prototypePolluted: boolean;
}

export interface HostBenchRuns {
  readonly crossOriginIsolated: boolean;
  /** µs per request through `host.receive` with no transport, per request kind, one value per run. */
  readonly perRequestUs: Record<string, number[]>;
  /** µs of one raw `window.postMessage` round trip to a cross-origin frame, one value per run (alternating with the above). */
  readonly roundTripUs: number[];
  /** µs until every frame acknowledged one event: `a` through the host, `b` posted by hand. */
  readonly fanOut: AlternatingSeries & { readonly frames: number };
  readonly fuzz: FuzzFigures;
  /** Seconds each part took, frames' loading included. */
  readonly seconds: Record<string, number>;
}

export interface LargeEventsOptions {
  readonly runs: number;
  /** Events per run and path (a run's value is their median). */
  readonly rounds: number;
}

export interface LargeEventsRuns {
  readonly frames: number;
  readonly interactions: number;
  readonly keysPerInteraction: number;
  readonly valueBytes: number;
  /** The event's envelope as the host posted it, `JSON.stringify` length in B. */
  readonly envelopeBytes: number;
  /** Keys of the posted interaction's user data: what the read allowlist let through. */
  readonly postedKeys: number;
  /** Workspace main-thread ms of one event: `a` through simulator and host, `b` the same envelope posted by hand. */
  readonly mainThreadMs: AlternatingSeries;
  /** ms from the change until every view acknowledged after rendering: `a` host, `b` by hand. */
  readonly renderedMs: AlternatingSeries;
  /** Views whose table showed the new value when they acknowledged, per event (3 expected: the interaction's views). */
  readonly viewsShowingValue: { readonly a: number[]; readonly b: number[] };
  /** Acknowledgements that came when none was awaited (0 expected). */
  readonly strayAcks: number;
}

export interface EmbeddingOptions {
  readonly runs: number;
  /** Repetitions of the task per run and path (a run's value is their median). */
  readonly repetitions: number;
  /** View iframes registered with the host, in the sidebar. */
  readonly views: number;
}

export interface EmbeddingRuns {
  /** ms of the DOM task until the next task (MutationObserver callbacks included): `a` with a host, `b` without. */
  readonly taskMs: AlternatingSeries;
  /** The same, without a host on either side: the noise floor of the ratio on this machine, now. */
  readonly controlMs: AlternatingSeries;
  /** Nodes the task inserts or removes, and the mutations it makes, for the notes. */
  readonly taskShape: string;
}
