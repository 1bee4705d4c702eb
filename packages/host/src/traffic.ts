/**
 * The kinds of traffic. In: `request`, `subscribe`, `unsubscribe`, or `invalid` (shaped like a request
 * but wrong). Out: `answer`, `error`, `event`, `frame-id`, or `ignored` (a request dropped in
 * rate-limit quarantine).
 */
export const trafficKinds = [
  'request',
  'subscribe',
  'unsubscribe',
  'invalid',
  'answer',
  'error',
  'event',
  'frame-id',
  'ignored',
] as const;
export type TrafficKind = (typeof trafficKinds)[number];

/** One message between the host and a frame, as `ServiceHostOptions.onTraffic` sees it. */
export interface TrafficEntry {
  /** `in`: from the frame; `out`: to it. */
  readonly direction: 'in' | 'out';
  /** See `trafficKinds`. */
  readonly kind: TrafficKind;
  readonly frameId: number;
  /** The web-content section of the frame. */
  readonly section: string;
  /** The frame's origin, as the browser reported it. */
  readonly origin: string | undefined;
  /**
   * The message itself (not a copy: do not change it); for `invalid`, a `MessageSummary` of it
   * (its size and first characters), never the payload a refused page sent.
   */
  readonly message: unknown;
  /** For messages in: their size as the host's limits count it (at least this, for a refused one). */
  readonly size: number | undefined;
  /** The host clock's time of the entry, in milliseconds. */
  readonly time: number;
  /** For answers: milliseconds since the request arrived. */
  readonly elapsed: number | undefined;
}
