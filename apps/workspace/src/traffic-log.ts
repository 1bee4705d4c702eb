/**
 * Every message between the host and the views, as the shell's traffic log
 * keeps it: what, which frame and origin, when, and how long an answer took.
 * Error answers are told apart: a refusal (origin, filter, rate limit) or a
 * failure in Workspace.
 */
import { trafficKinds, type TrafficEntry } from '@wwe-kit/host';
import { classifyErrorMessage } from '@wwe-kit/protocol';

export type TrafficKind = TrafficEntry['kind'] | 'refusal';

/** Every kind the log shows: the host's, and refusals, told apart from other error answers. */
export const loggedKinds: readonly TrafficKind[] = [...trafficKinds, 'refusal'];

export interface LoggedMessage {
  readonly seq: number;
  readonly direction: TrafficEntry['direction'];
  readonly kind: TrafficKind;
  readonly frameId: number;
  readonly section: string;
  readonly origin: string;
  /** The request or event name, when the message names one. */
  readonly name: string;
  readonly time: number;
  readonly elapsed: number | undefined;
  readonly message: unknown;
}

/** How many entries the log keeps; the oldest go first. */
export const TRAFFIC_KEPT = 5000;

const nameOf = (message: unknown): string => {
  if (!message || typeof message !== 'object') return '';
  const record = message as Record<string, unknown>;
  const name = record['request'] ?? record['event'] ?? record['operation'];
  if (typeof name === 'string') return name;
  const data = record['data'];
  return data && typeof data === 'object' && typeof (data as Record<string, unknown>)['eventType'] === 'string'
    ? String((data as Record<string, unknown>)['eventType']) : '';
};

const kindOf = (entry: TrafficEntry): TrafficKind => {
  if (entry.kind !== 'error') return entry.kind;
  const text = (entry.message as { errorMessage?: unknown } | undefined)?.errorMessage;
  return typeof text === 'string' && classifyErrorMessage(text) !== 'host-error' ? 'refusal' : 'error';
};

export interface TrafficFilter {
  /** Matched against name, section, origin and the message text. */
  readonly text: string;
  /** Empty: every kind. */
  readonly kinds: ReadonlySet<TrafficKind>;
}

export class TrafficLog {
  readonly #entries: LoggedMessage[] = [];
  #seq = 0;

  /** The message is copied: the host's object must not change under the log. */
  add(entry: TrafficEntry): LoggedMessage {
    let message: unknown;
    try { message = structuredClone(entry.message); } catch { message = String(entry.message); }
    const logged: LoggedMessage = {
      seq: ++this.#seq, direction: entry.direction, kind: kindOf(entry), frameId: entry.frameId, section: entry.section,
      origin: entry.origin ?? '', name: nameOf(message), time: entry.time, elapsed: entry.elapsed, message,
    };
    this.#entries.push(logged);
    if (this.#entries.length > TRAFFIC_KEPT) this.#entries.splice(0, this.#entries.length - TRAFFIC_KEPT);
    return logged;
  }

  get size(): number {
    return this.#entries.length;
  }

  clear(): void {
    this.#entries.length = 0;
  }

  matching(filter: TrafficFilter): LoggedMessage[] {
    const needle = filter.text.trim().toLowerCase();
    return this.#entries.filter((entry) => (!filter.kinds.size || filter.kinds.has(entry.kind))
      && (!needle || [entry.name, entry.section, entry.origin, entry.kind, JSON.stringify(entry.message)]
        .some((field) => field.toLowerCase().includes(needle))));
  }

  /** The entries that match, as the JSON the Export button downloads. */
  export(filter: TrafficFilter): string {
    return JSON.stringify(this.matching(filter).map((entry) => ({ ...entry, time: new Date(entry.time).toISOString() })), null, 2);
  }
}
