/**
 * The Workspace of the large-event bench: the real `WorkspaceSimulator` behind a real `ServiceHost`
 * (`session: false`), 10 interactions of 50 × 1,000 B user data, and 3 cross-origin views of each, all
 * subscribed. One event is raised two ways: through the simulator (`interaction.setUserData` through the
 * backend, which raises ATTACHED_DATA_CHANGED for the host to filter and fan out), or by posting the
 * envelope the host posted for that interaction to the same 30 frames by hand.
 */
import { ServiceHost, type RequestContext, type TrafficEntry } from '@wwe-kit/host';
import { WorkspaceSimulator } from '@wwe-kit/simulator';
import { AckPorts } from './host-acks.js';
import { frameOrigin, openFrames, type OpenFrame } from './host-frames.js';
import {
  CHANGED_KEY,
  hostOptions,
  INTERACTIONS,
  KEYS,
  userDataOf,
  valueOf,
  VIEWS_PER_INTERACTION,
  type ViewAck,
  type ViewReady,
} from './large-events-data.js';

/** One event's figures. */
export interface Round {
  /** Workspace main-thread ms: from the call that changes the data (or the first postMessage) to its return. */
  readonly mainMs: number;
  /** ms from the same start until the last view acknowledged after rendering. */
  readonly renderedMs: number;
  /** Views whose table shows the new value. */
  readonly showing: number;
}

type Envelope = { data: { interaction: { interactionId: string; userData: Record<string, unknown> } } };

export class LargeEventsWorkspace {
  readonly simulator = new WorkspaceSimulator({ seed: 1 });
  readonly host: ServiceHost;
  readonly acks = new AckPorts<ViewAck>();
  readonly interactionIds: string[];
  views: OpenFrame[] = [];
  /**
   * Per interaction id: a copy of the event envelope the host posted for it, taken once; the by-hand path
   * writes each change into it in place, so neither path's rounds leave garbage for the other's to collect.
   */
  readonly posted = new Map<string, Envelope>();
  /** Events the host posted in the last captured round, to check it reached every view. */
  postedCount = 0;
  #capture: ((entry: TrafficEntry) => void) | undefined;
  #round = 0;

  constructor() {
    // onTraffic only ever captures during warm-up rounds; while timed it is an empty call per message.
    this.host = new ServiceHost({
      options: hostOptions(frameOrigin),
      backend: this.simulator,
      session: false,
      onTraffic: (entry) => this.#capture?.(entry),
    });
    this.interactionIds = Array.from({ length: INTERACTIONS }, (_, index) =>
      this.simulator.scenario.email(`customer${index}@example.com`, userDataOf(index)),
    );
  }

  /** Opens the 30 views (in parallel) and checks each shows its interaction's keys. */
  async open(container: HTMLElement): Promise<void> {
    const host = encodeURIComponent(location.origin);
    this.views = await openFrames(
      this.interactionIds.flatMap((id) =>
        Array.from({ length: VIEWS_PER_INTERACTION }, (_, view) => ({
          path: `/large-events-view.html?host=${host}&interaction=${id}`,
          container,
          host: this.host,
          section: `Interaction${id}View${view}`,
          mode: 'tab' as const,
          acks: this.acks,
        })),
      ),
    );
    const rows = this.views.map((view) => (view.ready as ViewReady).rows);
    if (rows.some((count) => count !== KEYS)) throw new Error(`Views show ${rows.join(', ')} rows; ${KEYS} expected.`);
  }

  /** The change through the simulator and the host; with `capture`, keeps the envelope the host posted. */
  async viaHost(capture = false): Promise<Round> {
    const id = this.interactionIds[this.#round % this.interactionIds.length]!;
    const marker = `r${this.#round++}`;
    this.postedCount = 0;
    let posted: unknown;
    if (capture)
      this.#capture = (entry) => {
        if (entry.kind !== 'event') return;
        this.postedCount++;
        posted = entry.message;
      };
    const context: RequestContext = {
      frame: this.host.frames[0]!,
      origin: frameOrigin,
      requestedAs: 'interaction.setUserData',
    };
    const parameters: [string, Record<string, string>] = [id, { [CHANGED_KEY]: valueOf(marker) }];
    const acknowledged = this.acks.expect(this.views.length);
    const start = performance.now();
    const result = this.simulator.handle('interaction.setUserData', parameters, context);
    if (result instanceof Promise) await result;
    const end = performance.now();
    this.#capture = undefined;
    if (posted) this.posted.set(id, structuredClone(posted) as Envelope);
    return this.#finish(marker, start, end, await acknowledged);
  }

  /** The same event by hand: the envelope the host posted for this interaction, with this change, to the same frames. */
  async byHand(): Promise<Round> {
    const id = this.interactionIds[this.#round % this.interactionIds.length]!;
    const marker = `r${this.#round++}`;
    const envelope = this.posted.get(id);
    if (!envelope) throw new Error(`No envelope captured for interaction ${id}.`);
    envelope.data.interaction.userData[CHANGED_KEY] = valueOf(marker);
    const windows = this.views.map((view) => view.window);
    const acknowledged = this.acks.expect(windows.length);
    const start = performance.now();
    for (const window of windows) window.postMessage(envelope, frameOrigin);
    const end = performance.now();
    return this.#finish(marker, start, end, await acknowledged);
  }

  dispose(): void {
    this.host.dispose();
    this.acks.close();
    for (const view of this.views) view.iframe.remove();
  }

  #finish(marker: string, start: number, end: number, { at, acks }: { at: number; acks: ViewAck[] }): Round {
    const wrong = acks.filter((ack) => ack.marker !== marker);
    if (wrong.length) throw new Error(`${wrong.length} views acknowledged another event than ${marker}.`);
    return { mainMs: end - start, renderedMs: at - start, showing: acks.filter((ack) => ack.shown).length };
  }
}
