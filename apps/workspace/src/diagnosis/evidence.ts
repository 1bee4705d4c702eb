/**
 * What the shell has seen of each view's document, frame by frame: when it loaded, when the host
 * announced its frameId, its first message, its refusals and the messages the host ignored. The
 * diagnosis (diagnose.ts) reads this to say what went wrong when a view stays silent or is refused.
 */
import type { IgnoredMessage, TrafficEntry } from '@wwe-kit/host';
import { classifyErrorMessage } from '@wwe-kit/protocol';

/** One refused or ignored message, as the diagnosis quotes it. */
export interface Quoted {
  /** The request it named, if any. */
  readonly request: string;
  /** The host's refusal or explanation, which says what to fix. */
  readonly text: string;
}

/** The evidence about one view's current document. */
export interface ViewEvidence {
  /** When the document loaded (an iframe's load event), or the popup was opened. */
  loadedAt: number | undefined;
  /** When the host posted the frameId to the document. */
  announcedAt: number | undefined;
  /** When the first message of the document reached the host. */
  firstMessageAt: number | undefined;
  /** Messages the host received from the document, ignored ones apart. */
  received: number;
  /** Answers that were refusals (origin, filter, rate limit, allowlists, envelope). */
  refused: number;
  lastRefusal: Quoted | undefined;
  /** Messages the host received and did not serve. */
  ignored: number;
  lastIgnored: Quoted | undefined;
  /**
   * Messages since the last one stamped with the frame id: a document that has not learned its id yet
   * sent them, so after a reload they are the new document's, even when they came before its load event.
   */
  unstamped: { readonly since: number; readonly count: number } | undefined;
}

const fresh = (): ViewEvidence => ({
  loadedAt: undefined,
  announcedAt: undefined,
  firstMessageAt: undefined,
  received: 0,
  refused: 0,
  lastRefusal: undefined,
  ignored: 0,
  lastIgnored: undefined,
  unstamped: undefined,
});

const textOf = (message: unknown, key: string): string | undefined => {
  const value = message && typeof message === 'object' ? (message as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/** The evidence of every view the shell opened, by frameId. */
export class ViewEvidenceLog {
  readonly #byFrame = new Map<number, ViewEvidence>();

  /** The evidence of a frame; empty (nothing seen yet) for one never noted. */
  of(frameId: number): ViewEvidence {
    return this.#byFrame.get(frameId) ?? fresh();
  }

  /**
   * The frame's document loaded. A page's scripts run, and often send their first message, before its
   * load event: on the first load what came before is kept. A later load is a new document: what the
   * old one did no longer counts, except the messages the new one sent before it learned its frame id.
   */
  loaded(frameId: number, time: number): void {
    const previous = this.#entry(frameId);
    if (previous.loadedAt === undefined) {
      previous.loadedAt = time;
      return;
    }
    const { unstamped } = previous;
    this.#byFrame.set(frameId, {
      ...fresh(),
      loadedAt: time,
      firstMessageAt: unstamped?.since,
      received: unstamped?.count ?? 0,
      unstamped,
    });
  }

  /** The frame is gone with its view. */
  forget(frameId: number): void {
    this.#byFrame.delete(frameId);
  }

  traffic(entry: TrafficEntry): void {
    const evidence = this.#entry(entry.frameId);
    if (entry.direction === 'in') {
      evidence.received++;
      evidence.firstMessageAt ??= entry.time;
      const stamped = (entry.message as { frameId?: unknown } | undefined)?.frameId === entry.frameId;
      evidence.unstamped = stamped
        ? undefined
        : { since: evidence.unstamped?.since ?? entry.time, count: (evidence.unstamped?.count ?? 0) + 1 };
      return;
    }
    if (entry.kind === 'frame-id') evidence.announcedAt ??= entry.time;
    if (entry.kind !== 'error') return;
    const text = textOf(entry.message, 'errorMessage') ?? '';
    // A failure inside Workspace (a busy line, a wrong id) is the page's business, not a refusal.
    if (classifyErrorMessage(text) === 'host-error' && !text.startsWith('Message refused')) return;
    evidence.refused++;
    evidence.lastRefusal = { request: textOf(entry.message, 'request') ?? '', text };
  }

  ignored(message: IgnoredMessage): void {
    if (message.frameId === undefined) return;
    const evidence = this.#entry(message.frameId);
    evidence.ignored++;
    evidence.lastIgnored = { request: message.summary.request ?? '', text: message.explanation };
  }

  #entry(frameId: number): ViewEvidence {
    let evidence = this.#byFrame.get(frameId);
    if (!evidence) {
      evidence = fresh();
      this.#byFrame.set(frameId, evidence);
    }
    return evidence;
  }
}
