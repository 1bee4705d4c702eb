/**
 * The entries of a traffic log that match the inspector's filter, kept up to date as messages
 * arrive: each new entry is tested once, entries the log dropped leave from the front, and only
 * a new filter (or a cleared log) starts again from the whole log.
 */
import type { TrafficLog } from '../traffic-log.js';
import type { LoggedKind, LoggedMessage } from './traffic-entry.js';

/** What the inspector shows: '' in a field means any. */
export interface InspectorFilter {
  /** Searched in names, view, origin and the message text, case-insensitively. */
  readonly text: string;
  /** A view's option section. */
  readonly section: string;
  /** A catalogue namespace (events count under theirs: `markdone` under interaction). */
  readonly namespace: string;
  readonly kind: LoggedKind | '';
}

export const everything: InspectorFilter = { text: '', section: '', namespace: '', kind: '' };

/** Whether an entry passes the filter; `needle` is its text, trimmed and lowercased once. */
export const passes = (entry: LoggedMessage, filter: InspectorFilter, needle: string): boolean =>
  (!filter.kind || entry.kind === filter.kind) &&
  (!filter.section || entry.section === filter.section) &&
  (!filter.namespace || entry.namespace === filter.namespace) &&
  (!needle || entry.search.includes(needle));

/** How long a request took to be answered (the same figure on both rows of the pair); undefined when unanswered. */
export function durationOf(log: TrafficLog, entry: LoggedMessage): number | undefined {
  const partner = log.partnerOf(entry);
  if (entry.elapsed !== undefined) return entry.elapsed;
  if (!partner) return undefined;
  if (partner.elapsed !== undefined) return partner.elapsed;
  return Math.abs(entry.time - partner.time);
}

export class FilteredTraffic {
  readonly log: TrafficLog;
  readonly filter: InspectorFilter;
  readonly #needle: string;
  #rows: LoggedMessage[] = [];
  #start = 0;
  #cursor = 0;
  #generation = -1;
  #slowest = 0;

  constructor(log: TrafficLog, filter: InspectorFilter) {
    this.log = log;
    this.filter = filter;
    this.#needle = filter.text.trim().toLowerCase();
    this.update();
  }

  /** Takes in what the log gained and lost since the last call. */
  update(): void {
    const log = this.log;
    if (log.generation !== this.#generation) {
      this.#generation = log.generation;
      this.#rows = [];
      this.#start = 0;
      this.#cursor = log.firstSeq - 1;
      this.#slowest = 0;
    }
    const first = log.firstSeq;
    while (this.#start < this.#rows.length && this.#rows[this.#start]!.seq < first) this.#start += 1;
    if (this.#start > 1024 && this.#start * 2 > this.#rows.length) {
      this.#rows = this.#rows.slice(this.#start);
      this.#start = 0;
    }
    for (let seq = Math.max(this.#cursor + 1, first); seq <= log.lastSeq; seq += 1) {
      const entry = log.bySeq(seq);
      if (!entry) continue;
      const shown = this.#passes(entry);
      if (shown) this.#rows.push(entry);
      const partner = log.partnerOf(entry);
      const duration = durationOf(log, entry);
      if (duration !== undefined && (shown || (partner !== undefined && this.#passes(partner))))
        this.#slowest = Math.max(this.#slowest, duration);
    }
    this.#cursor = log.lastSeq;
  }

  /** How many entries match. */
  get count(): number {
    return this.#rows.length - this.#start;
  }

  /** The matching entry at `index`, oldest first. */
  at(index: number): LoggedMessage | undefined {
    return index < 0 ? undefined : this.#rows[this.#start + index];
  }

  /** The place of entry `seq` among the matching ones, or -1; a binary search, entries being in order. */
  indexOf(seq: number): number {
    let low = this.#start;
    let high = this.#rows.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.#rows[middle]!.seq;
      if (at === seq) return middle - this.#start;
      if (at < seq) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Every matching entry, oldest first. */
  get rows(): readonly LoggedMessage[] {
    return this.#rows.slice(this.#start);
  }

  /** The longest answer time among the matching pairs: the duration bars' full width. */
  get slowest(): number {
    return this.#slowest;
  }

  #passes(entry: LoggedMessage): boolean {
    return passes(entry, this.filter, this.#needle);
  }
}
