/**
 * Every message between the host and the views, as the shell's traffic log
 * keeps it: what, which view and origin, when, and how long an answer took.
 * Error answers are told apart: a refusal (origin, filter, rate limit) or a
 * failure in Workspace. Each request is paired with its answer as it arrives,
 * and everything a filter reads is worked out once per message, so that
 * adding, pairing and filtering cost the same with 10 entries or 10,000.
 */
import type { IgnoredMessage, TrafficEntry } from '@wwe-kit/host';
import { classifyErrorMessage } from '@wwe-kit/protocol';
import { keptMessage } from './inspector/kept-message.js';
import { Pairing } from './inspector/pairing.js';
import { describeMessage, type LoggedKind, type LoggedMessage } from './inspector/traffic-entry.js';

export { TRAFFIC_ENTRY_MAX } from './inspector/kept-message.js';
export { loggedKinds, type LoggedKind, type LoggedMessage } from './inspector/traffic-entry.js';
/** @deprecated The kinds of the log: `LoggedKind`. */
export type TrafficKind = LoggedKind;

/** How many entries the log keeps; the oldest go first. */
export const TRAFFIC_KEPT = 10_000;
/** How much the log keeps in all (characters of keys and strings, 8 per other value); the oldest go first. */
export const TRAFFIC_MAX_WEIGHT = 8 * 1024 * 1024;

const kindOf = (entry: TrafficEntry): LoggedKind => {
  if (entry.kind !== 'error') return entry.kind;
  const text = (entry.message as { errorMessage?: unknown } | undefined)?.errorMessage;
  return typeof text === 'string' && classifyErrorMessage(text) !== 'host-error' ? 'refusal' : 'error';
};

/** An entry as a traffic file holds it: what the log works out itself (number, weight, names) left out. */
export type RecordedEntry = Omit<
  LoggedMessage,
  'seq' | 'search' | 'namespace' | 'eventType' | 'referenceId' | 'weight'
>;

/** What the log is told about a message: the host's traffic entry, with the view's label when the shell knows it. */
export type Labeller = (section: string) => string;

export class TrafficLog {
  /** Kept entries are `#entries[#start…]`; the dropped head is cut off now and then, not at every drop. */
  #entries: LoggedMessage[] = [];
  #start = 0;
  #seq = 0;
  #weight = 0;
  /** Bumped by `clear()`, so views of the log know to start again. */
  #generation = 0;
  readonly #pairing = new Pairing();
  readonly #labels = new Map<string, string>();
  readonly #listeners = new Set<() => void>();
  readonly #labelOf: Labeller;

  constructor(labelOf: Labeller = (section) => section) {
    this.#labelOf = labelOf;
  }

  /**
   * The message is copied, so the host's object cannot change under the log; one over
   * `TRAFFIC_ENTRY_MAX` is summarised instead, and the log stays under `TRAFFIC_KEPT` entries
   * and `TRAFFIC_MAX_WEIGHT` in all, however large the messages a view sends.
   */
  add(entry: TrafficEntry): LoggedMessage {
    const { message, weight } = keptMessage(entry.message, entry.size);
    return this.#keep(
      describeMessage({
        seq: ++this.#seq,
        direction: entry.direction,
        kind: kindOf(entry),
        frameId: entry.frameId,
        section: entry.section,
        label: this.#label(entry.section),
        origin: entry.origin ?? '',
        time: entry.time,
        elapsed: entry.elapsed,
        message,
        weight,
      }),
    );
  }

  /** A message the host received and did not serve (`ServiceHostOptions.onIgnored`), kept with its reason. */
  addIgnored(ignored: IgnoredMessage): LoggedMessage {
    const { message, weight } = keptMessage(ignored.summary);
    return this.#keep(
      describeMessage({
        seq: ++this.#seq,
        direction: 'in',
        kind: 'ignored-in',
        frameId: ignored.frameId,
        section: ignored.section ?? '',
        label: ignored.section === undefined ? `a window of ${ignored.origin}` : this.#label(ignored.section),
        origin: ignored.origin,
        time: ignored.time,
        elapsed: undefined,
        message,
        weight: weight + ignored.explanation.length,
        ignored: { reason: ignored.reason, explanation: ignored.explanation },
      }),
    );
  }

  /**
   * An entry as a traffic file holds it (see inspector/traffic-file.ts), numbered anew; its message is
   * kept as `add` keeps a view's (summarised over `TRAFFIC_ENTRY_MAX`), so a file cannot break the bounds.
   */
  addRecorded(entry: RecordedEntry): LoggedMessage {
    const { message, weight } = keptMessage(entry.message);
    const explanation = entry.ignored?.explanation.length ?? 0;
    return this.#keep(describeMessage({ ...entry, message, weight: weight + explanation, seq: ++this.#seq }));
  }

  /** The request an answer answers, or the answer a request got; undefined when there is none (yet). */
  partnerOf(entry: LoggedMessage): LoggedMessage | undefined {
    return this.#pairing.partnerOf(entry);
  }

  /** Whether a request still waits for its answer. */
  isPending(entry: LoggedMessage): boolean {
    return this.#pairing.isPending(entry);
  }

  /** Every kept entry, oldest first. */
  get entries(): readonly LoggedMessage[] {
    return this.#start ? this.#entries.slice(this.#start) : this.#entries;
  }

  /** The kept entry numbered `seq`, found by its place: entries are numbered one after another. */
  bySeq(seq: number): LoggedMessage | undefined {
    const first = this.#entries[this.#start];
    return first && seq >= first.seq ? this.#entries[this.#start + seq - first.seq] : undefined;
  }

  /** The number of the oldest kept entry (the next one's when the log is empty). */
  get firstSeq(): number {
    return this.#entries[this.#start]?.seq ?? this.#seq + 1;
  }

  /** The number of the newest entry. */
  get lastSeq(): number {
    return this.#seq;
  }

  get generation(): number {
    return this.#generation;
  }

  /** The sections seen, with their labels, in the order they first spoke. */
  get sections(): ReadonlyMap<string, string> {
    return this.#labels;
  }

  /** What the kept entries weigh in all. */
  get weight(): number {
    return this.#weight;
  }

  get size(): number {
    return this.#entries.length - this.#start;
  }

  /** Hears every change (an entry added, the log cleared); answers how to stop listening. */
  listen(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  clear(): void {
    this.#entries = [];
    this.#start = 0;
    this.#weight = 0;
    this.#pairing.clear();
    this.#generation += 1;
    this.#notify();
  }

  #label(section: string): string {
    let label = this.#labels.get(section);
    if (label === undefined) {
      label = this.#labelOf(section);
      if (section) this.#labels.set(section, label);
    }
    return label;
  }

  #keep(logged: LoggedMessage): LoggedMessage {
    if (logged.section && !this.#labels.has(logged.section)) this.#labels.set(logged.section, logged.label);
    this.#pairing.add(logged);
    this.#entries.push(logged);
    this.#weight += logged.weight;
    while (this.size > TRAFFIC_KEPT || this.#weight > TRAFFIC_MAX_WEIGHT) this.#drop(this.#entries[this.#start++]!);
    if (this.#start > 1024 && this.#start * 2 > this.#entries.length) {
      this.#entries = this.#entries.slice(this.#start);
      this.#start = 0;
    }
    this.#notify();
    return logged;
  }

  #drop(entry: LoggedMessage): void {
    this.#weight -= entry.weight;
    this.#pairing.drop(entry);
  }

  #notify(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // A listener of a closed pop-out window must not stop the log.
      }
    }
  }
}
