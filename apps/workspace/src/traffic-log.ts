/**
 * Every message between the host and the views, as the shell's traffic log
 * keeps it: what, which frame and origin, when, and how long an answer took.
 * Error answers are told apart: a refusal (origin, filter, rate limit) or a
 * failure in Workspace.
 */
import { measureMessage, summariseMessage, trafficKinds, type MessageSummary, type TrafficEntry } from '@wwe-kit/host';
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
  /** A copy of the message; a `MessageSummary` (size and first characters) for a refused one or one over `TRAFFIC_ENTRY_MAX`. */
  readonly message: unknown;
  /** What the entry weighs in the log, as the host's limits count size. */
  readonly weight: number;
}

/** How many entries the log keeps; the oldest go first. */
export const TRAFFIC_KEPT = 5000;
/** How much the log keeps in all (characters of keys and strings, 8 per other value); the oldest go first. */
export const TRAFFIC_MAX_WEIGHT = 8 * 1024 * 1024;
/** A message larger than this is logged as a summary: its size and first characters. */
export const TRAFFIC_ENTRY_MAX = 64 * 1024;

const nameOf = (message: unknown): string => {
  if (!message || typeof message !== 'object') return '';
  const record = message as Record<string, unknown>;
  const name = record['request'] ?? record['event'] ?? record['operation'];
  if (typeof name === 'string') return name;
  const data = record['data'];
  return data && typeof data === 'object' && typeof (data as Record<string, unknown>)['eventType'] === 'string'
    ? String((data as Record<string, unknown>)['eventType'])
    : '';
};

const kindOf = (entry: TrafficEntry): TrafficKind => {
  if (entry.kind !== 'error') return entry.kind;
  const text = (entry.message as { errorMessage?: unknown } | undefined)?.errorMessage;
  return typeof text === 'string' && classifyErrorMessage(text) !== 'host-error' ? 'refusal' : 'error';
};

const isSummary = (message: unknown): message is MessageSummary =>
  typeof message === 'object' && message !== null && (message as Partial<MessageSummary>).summarised === true;

export interface TrafficFilter {
  /** Matched against name, section, origin and the message text. */
  readonly text: string;
  /** Empty: every kind. */
  readonly kinds: ReadonlySet<TrafficKind>;
}

export class TrafficLog {
  readonly #entries: LoggedMessage[] = [];
  #seq = 0;
  #weight = 0;

  /**
   * The message is copied, so the host's object cannot change under the log; one over
   * `TRAFFIC_ENTRY_MAX` is summarised instead, and the log stays under `TRAFFIC_KEPT` entries
   * and `TRAFFIC_MAX_WEIGHT` in all, however large the messages a view sends.
   */
  add(entry: TrafficEntry): LoggedMessage {
    // The host hands a refused message over as its summary already.
    const given = isSummary(entry.message) ? entry.message : undefined;
    const size = given ? 0 : (entry.size ?? measureMessage(entry.message, TRAFFIC_ENTRY_MAX));
    let message: unknown = given ? { ...given } : undefined;
    if (!given && size > TRAFFIC_ENTRY_MAX) message = summariseMessage(entry.message, size);
    else if (!given) {
      try {
        message = structuredClone(entry.message);
      } catch {
        message = summariseMessage(entry.message, size);
      }
    }
    const weight = isSummary(message)
      ? message.preview.length + (message.errorMessage?.length ?? 0) + 64
      : Math.max(size, 1);
    const logged: LoggedMessage = {
      seq: ++this.#seq,
      direction: entry.direction,
      kind: kindOf(entry),
      frameId: entry.frameId,
      section: entry.section,
      origin: entry.origin ?? '',
      name: nameOf(message),
      time: entry.time,
      elapsed: entry.elapsed,
      message,
      weight,
    };
    this.#entries.push(logged);
    this.#weight += weight;
    let dropped = 0;
    while (this.#entries.length - dropped > TRAFFIC_KEPT || this.#weight > TRAFFIC_MAX_WEIGHT)
      this.#weight -= this.#entries[dropped++]!.weight;
    if (dropped) this.#entries.splice(0, dropped);
    return logged;
  }

  /** What the kept entries weigh in all. */
  get weight(): number {
    return this.#weight;
  }

  get size(): number {
    return this.#entries.length;
  }

  clear(): void {
    this.#entries.length = 0;
    this.#weight = 0;
  }

  matching(filter: TrafficFilter): LoggedMessage[] {
    const needle = filter.text.trim().toLowerCase();
    return this.#entries.filter(
      (entry) =>
        (!filter.kinds.size || filter.kinds.has(entry.kind)) &&
        (!needle ||
          [entry.name, entry.section, entry.origin, entry.kind, JSON.stringify(entry.message)].some((field) =>
            field.toLowerCase().includes(needle),
          )),
    );
  }

  /** The entries that match, as the JSON the Export button downloads. */
  export(filter: TrafficFilter): string {
    return JSON.stringify(
      this.matching(filter).map((entry) => ({ ...entry, time: new Date(entry.time).toISOString() })),
      null,
      2,
    );
  }
}
