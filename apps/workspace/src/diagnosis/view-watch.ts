/**
 * The shell's watch over its views: it gathers the evidence of each view's document (evidence.ts)
 * from the host's traffic, its ignored messages and the frames' loads, and diagnoses a view on
 * demand (diagnose.ts). When a view loads, it asks for a render once the quiet period is over, so
 * that a view that stays silent is reported without anyone polling.
 */
import type { IgnoredMessage, ServiceHost, TrafficEntry } from '@wwe-kit/host';
import type { LiveView } from '../views.js';
import { diagnose, type Diagnosis } from './diagnose.js';
import { ViewEvidenceLog } from './evidence.js';

export class ViewWatch {
  readonly evidence = new ViewEvidenceLog();
  /** Milliseconds a loaded view may stay silent before the watch looks for a cause. */
  readonly quietMs: number;
  readonly #requestRender: () => void;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(quietMs: number, requestRender: () => void) {
    this.quietMs = quietMs;
    this.#requestRender = requestRender;
  }

  /** A view's document loaded, or its popup opened. */
  loaded(frameId: number): void {
    this.evidence.loaded(frameId, Date.now());
    // The diagnosis of a silent view changes when the quiet period ends, and nothing else would say so.
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#requestRender();
    }, this.quietMs + 50);
    this.#timers.add(timer);
  }

  closed(frameId: number): void {
    this.evidence.forget(frameId);
  }

  traffic(entry: TrafficEntry): void {
    this.evidence.traffic(entry);
  }

  ignored(message: IgnoredMessage): void {
    this.evidence.ignored(message);
  }

  /** Where the view stands, and why when something is wrong. */
  diagnose(view: LiveView, host: ServiceHost): Diagnosis {
    const frameId = view.frame?.frameId;
    const evidence = this.evidence.of(frameId ?? -1);
    // The sender's origin as the browser reported it wins: a page may have moved on from its url (a redirect, a sign-in).
    let origin = view.frame?.origin ?? view.url;
    if (view.frame?.origin === undefined) {
      try {
        origin = new URL(view.url).origin;
      } catch {
        // An unloadable url: the diagnosis quotes it as it is.
      }
    }
    const grant = host.access.grant(origin, view.frame?.mode ?? 'tab');
    return diagnose({
      label: view.spec.label,
      section: view.spec.section,
      mode: view.spec.mode,
      url: view.url,
      origin,
      shellOrigin: location.origin,
      accepted: grant.accepted,
      filters: grant.filters,
      evidence,
      opened: view.popup !== undefined && !view.popup.closed,
      now: Date.now(),
      quietMs: this.quietMs,
    });
  }

  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
