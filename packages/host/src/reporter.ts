import type { Incoming } from './envelope.js';
import type { FrameRecord } from './frames.js';
import { IGNORED_MEASURE_CAP, ignoredExplanation, type IgnoredMessage, type IgnoredReason } from './ignored.js';
import { measureMessage, summariseMessage } from './message-summary.js';
import type { Clock } from './policy/rate-limit.js';
import type { TrafficEntry } from './traffic.js';

/** What the host reports to: the traffic and problem listeners of its options. */
export interface ReporterOptions {
  readonly clock: Clock;
  readonly onTraffic?: (entry: TrafficEntry) => void;
  readonly onProblem?: (problem: string) => void;
  readonly onIgnored?: (message: IgnoredMessage) => void;
}

/**
 * Tells the host's listeners about traffic and problems. A listener that throws never stops
 * the host: the host calls these from its message handler, which must not throw.
 */
export class HostReporter {
  readonly #options: ReporterOptions;

  constructor(options: ReporterOptions) {
    this.#options = options;
  }

  traffic(
    direction: TrafficEntry['direction'],
    kind: TrafficEntry['kind'],
    frame: FrameRecord,
    message: unknown,
    started?: number,
    size?: number,
  ): void {
    const listener = this.#options.onTraffic;
    if (!listener) return;
    const time = this.#options.clock();
    try {
      listener({
        direction,
        kind,
        frameId: frame.frameId,
        section: frame.section,
        origin: frame.origin,
        message,
        size,
        time,
        elapsed: started === undefined ? undefined : time - started,
      });
    } catch (error) {
      this.problem(`onTraffic threw: ${(error as Error)?.message ?? String(error)}`);
    }
  }

  /**
   * Logs a message a served frame sent, once it is read. A refused message is logged as a bounded
   * summary, never as its payload: a page's hostile message must not reach the traffic log whole.
   */
  received(frame: FrameRecord, data: unknown, incoming: Exclude<Incoming, { kind: 'ignore' }>): void {
    // The summary is pure; with no one listening it is not worth a walk of the message.
    if (!this.#options.onTraffic) return;
    if (incoming.kind === 'invalid') {
      const summary = summariseMessage(data, incoming.size, incoming.errorMessage);
      this.traffic('in', 'invalid', frame, summary, undefined, incoming.size);
    } else {
      this.traffic(
        'in',
        incoming.kind,
        frame,
        data,
        undefined,
        incoming.kind === 'unsubscribe' ? undefined : incoming.size,
      );
    }
  }

  /** Tells `onIgnored` of a message the host did not serve, as a bounded summary; nothing is measured when no one listens. */
  ignored(reason: IgnoredReason, origin: string, frame: FrameRecord | undefined, data: unknown): void {
    const listener = this.#options.onIgnored;
    if (!listener) return;
    try {
      listener({
        reason,
        explanation: ignoredExplanation(reason, origin, frame?.section),
        origin,
        frameId: frame?.frameId,
        section: frame?.section,
        summary: summariseMessage(data, measureMessage(data, IGNORED_MEASURE_CAP)),
        time: this.#options.clock(),
      });
    } catch (error) {
      this.problem(`onIgnored threw: ${(error as Error)?.message ?? String(error)}`);
    }
  }

  problem(problem: string): void {
    try {
      // eslint-disable-next-line no-console -- configuration mistakes must be seen even when no one listens for them
      (this.#options.onProblem ?? ((text: string) => console.warn(`[wwe-kit host] ${text}`)))(problem);
    } catch {
      // The problem listener failed too; the host carries on rather than throw from its message handler.
    }
  }
}
