// What the full-stack bench's Workspace page and its view say to each other over their control port
// (a MessagePort, so that no control message ever reaches a window listener under test).

/** The Workspace page asks the view to time `count` sequential requests along one path. */
export interface ViewCommand {
  /** `raw`: the envelope posted by hand and matched by referenceId; `bridge`: a fresh `ServiceClient`. */
  readonly path: 'raw' | 'bridge';
  readonly request: string;
  readonly count: number;
}

export interface ViewResult {
  /** µs per request: the trimmed mean of the sequential round trips. */
  readonly perRequestUs: number;
  /** `JSON.stringify` length of the last answer's `data`: both paths must have carried the same payload. */
  readonly answerChars: number;
  /** Set when the run failed; the page rethrows it. */
  readonly error?: string;
}
