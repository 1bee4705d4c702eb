/**
 * Traffic files: what the inspector exports and imports, a HAR-like JSON
 * (`{ log: { version: '1.2', creator: { name: 'wwe-kit', version }, entries } }`), so that a recording can
 * be inspected later or elsewhere. Reading one checks every field and says which entry is wrong and why.
 */
import { ignoredReasons, type IgnoredReason } from '@wwe-kit/host';
import { TrafficLog } from '../traffic-log.js';
import { loggedKinds, type LoggedKind, type LoggedMessage } from './traffic-entry.js';

/** The version of this file format, written as the creator's version. */
export const TRAFFIC_FILE_VERSION = '1';

/**
 * The largest traffic file the inspector reads, in bytes: four times what the live log keeps
 * (`TRAFFIC_MAX_WEIGHT`), with room for the file's indentation and field names.
 */
export const TRAFFIC_FILE_MAX_BYTES = 32 * 1024 * 1024;

/** How many characters of a label, section, origin or name a file's entry keeps; longer ones are cut. */
export const TRAFFIC_FILE_TEXT_MAX = 200;
/** How many characters of an ignored message's explanation a file's entry keeps. */
export const TRAFFIC_FILE_EXPLANATION_MAX = 2000;

/** Megabytes to a tenth, rounded up: a file just over the limit never reads as the limit itself. */
const megabytes = (bytes: number) => `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Why a file of `size` bytes is not read, or undefined: checked before its text is, so a huge file costs nothing. */
export function fileSizeProblem(size: number): string | undefined {
  return size > TRAFFIC_FILE_MAX_BYTES
    ? `it is ${megabytes(size)}, over the ${megabytes(TRAFFIC_FILE_MAX_BYTES)} a traffic file may be. Filter the traffic to what matters before Export, and import that file.`
    : undefined;
}

/** One message in a traffic file. */
export interface TrafficFileEntry {
  readonly kind: LoggedKind;
  readonly direction: 'in' | 'out';
  readonly section: string;
  readonly label: string;
  readonly frameId: number | null;
  readonly origin: string;
  readonly name: string;
  /** ISO 8601, e.g. 2024-05-04T10:15:00.000Z. */
  readonly time: string;
  /** For answers: milliseconds since the request arrived. */
  readonly elapsed: number | null;
  readonly message: unknown;
  readonly ignored?: { readonly reason: IgnoredReason; readonly explanation: string };
}

export interface TrafficFile {
  readonly log: {
    readonly version: '1.2';
    readonly creator: { readonly name: 'wwe-kit'; readonly version: string };
    readonly entries: readonly TrafficFileEntry[];
  };
}

const fileEntry = (entry: LoggedMessage): TrafficFileEntry => ({
  kind: entry.kind,
  direction: entry.direction,
  section: entry.section,
  label: entry.label,
  frameId: entry.frameId ?? null,
  origin: entry.origin,
  name: entry.name,
  time: new Date(entry.time).toISOString(),
  elapsed: entry.elapsed ?? null,
  message: entry.message,
  ...(entry.ignored ? { ignored: entry.ignored } : {}),
});

/** The entries as the text of a traffic file. */
export function writeTrafficFile(entries: readonly LoggedMessage[]): string {
  const file: TrafficFile = {
    log: {
      version: '1.2',
      creator: { name: 'wwe-kit', version: TRAFFIC_FILE_VERSION },
      entries: entries.map(fileEntry),
    },
  };
  return JSON.stringify(file, null, 2);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with one entry, or undefined. */
function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'is not an object';
  const { kind, direction, section, label, frameId, origin, name, time, elapsed, ignored } = entry;
  if (!loggedKinds.includes(kind as LoggedKind))
    return `has kind ${JSON.stringify(kind)}, not one of ${loggedKinds.join(', ')}`;
  if (direction !== 'in' && direction !== 'out') return `has direction ${JSON.stringify(direction)}, not "in" or "out"`;
  for (const [field, value] of Object.entries({ section, label, origin, name }))
    if (typeof value !== 'string') return `has no text in "${field}"`;
  if (frameId !== null && frameId !== undefined && !Number.isInteger(frameId))
    return 'has a "frameId" that is not a whole number';
  if (typeof time !== 'string' || Number.isNaN(Date.parse(time)))
    return 'has a "time" that is not an ISO date, e.g. 2024-05-04T10:15:00.000Z';
  if (elapsed !== null && elapsed !== undefined && typeof elapsed !== 'number')
    return 'has an "elapsed" that is not a number';
  if (!('message' in entry)) return 'has no "message"';
  if (ignored !== undefined) {
    if (
      !isRecord(ignored) ||
      !ignoredReasons.includes(ignored['reason'] as IgnoredReason) ||
      typeof ignored['explanation'] !== 'string'
    )
      return `has an "ignored" that is not { reason: ${ignoredReasons.join(' | ')}, explanation: text }`;
  }
  return undefined;
}

/**
 * Reads a traffic file into a log of its own (the live log is left alone), with the log's own bounds: a
 * message over `TRAFFIC_ENTRY_MAX` is kept as its summary, texts over `TRAFFIC_FILE_TEXT_MAX` are cut
 * (`cut` counts them); the oldest entries past the log's bounds are left out (`total` is how many the file
 * holds). Answers the log, or the problem, in words: what is wrong, where, and what a
 * traffic file looks like.
 */
export function readTrafficFile(text: string): { log: TrafficLog; cut: number; total: number } | { problem: string } {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return {
      problem: `The file is not JSON (${(error as Error).message}). Choose a file the inspector's Export saved.`,
    };
  }
  const log = isRecord(file) ? file['log'] : undefined;
  const entries = isRecord(log) ? log['entries'] : undefined;
  if (!isRecord(log) || !Array.isArray(entries))
    return {
      problem:
        'The file is JSON but not a traffic file: it needs { "log": { "version": "1.2", "entries": [ … ] } }, as the inspector\'s Export writes it.',
    };
  for (const [index, entry] of entries.entries()) {
    const problem = entryProblem(entry);
    if (problem) return { problem: `Entry ${index + 1} of ${entries.length} ${problem}. Nothing was imported.` };
  }
  const recorded = new TrafficLog();
  let cut = 0;
  const capped = (text: string, max = TRAFFIC_FILE_TEXT_MAX) => {
    if (text.length <= max) return text;
    cut += 1;
    return `${text.slice(0, max - 1)}…`;
  };
  for (const entry of entries as TrafficFileEntry[]) {
    recorded.addRecorded({
      direction: entry.direction,
      kind: entry.kind,
      frameId: entry.frameId ?? undefined,
      section: capped(entry.section),
      label: capped(entry.label),
      origin: capped(entry.origin),
      name: capped(entry.name),
      time: Date.parse(entry.time),
      elapsed: entry.elapsed ?? undefined,
      message: entry.message,
      ...(entry.ignored
        ? {
            ignored: {
              reason: entry.ignored.reason,
              explanation: capped(entry.ignored.explanation, TRAFFIC_FILE_EXPLANATION_MAX),
            },
          }
        : {}),
    });
  }
  return { log: recorded, cut, total: entries.length };
}
