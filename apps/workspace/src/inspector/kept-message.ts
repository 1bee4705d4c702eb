/**
 * What the traffic log keeps of a message, and what that weighs: a copy of it, or, for one over
 * `TRAFFIC_ENTRY_MAX` (or one that cannot be copied), its summary. Messages the host reports and
 * messages read from a traffic file are kept this one way, so the log's bounds hold for both.
 */
import { measureMessage, summariseMessage, type MessageSummary } from '@wwe-kit/host';

/** A message larger than this is logged as a summary: its size and first characters. */
export const TRAFFIC_ENTRY_MAX = 64 * 1024;

/** The fields of a summary, and no others: anything more could carry a payload its weight does not count. */
const summaryFields = new Set(['request', 'errorMessage', 'size', 'preview', 'summarised']);

/**
 * Whether `message` is a summary as the host writes one. A traffic file could hold any object marked
 * `summarised`, so every field is checked: only a true summary is kept without being measured.
 */
export function isSummary(message: unknown): message is MessageSummary {
  if (typeof message !== 'object' || message === null) return false;
  const summary = message as Partial<Record<keyof MessageSummary, unknown>>;
  return (
    summary.summarised === true &&
    typeof summary.preview === 'string' &&
    typeof summary.size === 'number' &&
    (summary.request === undefined || typeof summary.request === 'string') &&
    (summary.errorMessage === undefined || typeof summary.errorMessage === 'string') &&
    Object.keys(message).every((key) => summaryFields.has(key))
  );
}

/** What a summary weighs: its texts, and a little for the rest. */
const summaryWeight = (summary: MessageSummary): number =>
  summary.preview.length + (summary.errorMessage?.length ?? 0) + (summary.request?.length ?? 0) + 64;

/** A message as the log keeps it, and its weight in the log (characters of keys and strings, 8 per other value). */
export interface KeptMessage {
  readonly message: unknown;
  readonly weight: number;
}

/**
 * The message copied, so its source cannot change it under the log; summarised when over
 * `TRAFFIC_ENTRY_MAX` or not copyable; a summary already (the host's, of a refused message) kept as it
 * is. `size`: the message's size when the host measured it already.
 */
export function keptMessage(message: unknown, size?: number): KeptMessage {
  if (isSummary(message)) {
    const copy = { ...message };
    return { message: copy, weight: summaryWeight(copy) };
  }
  const measured = size ?? measureMessage(message, TRAFFIC_ENTRY_MAX);
  let kept: unknown;
  if (measured > TRAFFIC_ENTRY_MAX) kept = summariseMessage(message, measured);
  else {
    try {
      kept = structuredClone(message);
    } catch {
      kept = summariseMessage(message, measured);
    }
  }
  return { message: kept, weight: isSummary(kept) ? summaryWeight(kept) : Math.max(measured, 1) };
}
