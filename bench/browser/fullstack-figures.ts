/** What the full-stack page takes and reports: types only, shared by the page and Node (bench/fullstack.ts). */
export interface FullStackOptions {
  readonly runs: number;
  /** Scales every case's requests per run (`--quick` takes fewer). */
  readonly requestScale: number;
}

export interface FullStackCaseRuns {
  readonly id: string;
  readonly label: string;
  readonly request: string;
  readonly target: number;
  readonly requests: number;
  /** The host's answer envelope as posted, JSON length: what both paths carry per request. */
  readonly answerBytes: number;
  /** µs per request, one value per run. */
  readonly raw: number[];
  readonly fullStack: number[];
  /** fullStack ÷ raw, per run. */
  readonly ratio: number[];
}
