import type { FrameRecord } from './frames.js';
import type { Outcome } from './pipeline.js';
import { answerEnvelope, targetOrigin } from './replies.js';
import type { HostReporter } from './reporter.js';
import type { TrafficEntry } from './traffic.js';

/** The answer sent in place of one whose data the browser cannot clone (a function, a DOM node in it). */
const uncloneable = (request: string, referenceId: unknown, error: Error): Record<string, unknown> =>
  answerEnvelope(request, referenceId, {
    errorMessage: `Request '${request}' failed in the Workspace: its result cannot be sent to a page (${error.message}).`,
  });

/**
 * Posts the host's messages to frames, and logs each one as traffic. A window that is gone or a
 * message that cannot be cloned is reported as a problem, never thrown: posting happens inside the
 * host's message handler and its event fan-out, which must go on for the other frames.
 */
export class Delivery {
  readonly #report: HostReporter;

  constructor(report: HostReporter) {
    this.#report = report;
  }

  /** Posts `message` to `frame` at `origin`. `started`: when the request it answers arrived. */
  post(frame: FrameRecord, origin: string, message: unknown, kind: TrafficEntry['kind'], started?: number): void {
    try {
      frame.window?.postMessage(message, targetOrigin(origin));
    } catch (error) {
      this.#report.problem(
        `Could not send frame ${frame.frameId} (${frame.section}) a message: ${(error as Error).message}`,
      );
      const { request, referenceId } = message as { request?: unknown; referenceId?: unknown };
      // A page waits for every answer: one that cannot be cloned is replaced by an error it can receive.
      if (kind === 'answer' && typeof request === 'string' && (error as Error).name === 'DataCloneError') {
        this.post(frame, origin, uncloneable(request, referenceId, error as Error), 'error', started);
        return;
      }
    }
    this.#report.traffic('out', kind, frame, message, started);
  }

  /**
   * Answers a request (or a refused message) with its outcome, now or once a pending one settles; a
   * request in quarantine gets no answer, only a log line. `started`: when the request arrived.
   */
  answer(
    frame: FrameRecord,
    origin: string,
    request: string,
    referenceId: unknown,
    outcome: Outcome | Promise<Outcome>,
    started?: number,
  ): void {
    if (outcome instanceof Promise) {
      const settled = (result: Outcome) => this.answer(frame, origin, request, referenceId, result, started);
      void outcome.then(settled).catch((error: unknown) => this.#report.problem(String(error)));
      return;
    }
    if (outcome === undefined) {
      this.#report.traffic('out', 'ignored', frame, { request, referenceId });
      return;
    }
    const kind = 'errorMessage' in outcome ? 'error' : 'answer';
    this.post(frame, origin, answerEnvelope(request, referenceId, outcome), kind, started);
  }
}
