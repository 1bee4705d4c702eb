/**
 * Bounded views of a message for logs: its size and its first characters, found without
 * walking, copying or stringifying more of it than the bound. A refused message of megabytes,
 * or one whose objects share references, costs a log what its first few hundred characters cost.
 */
import { inspectMessage } from './inspect.js';

/** What a log keeps of a message it must not keep whole: a refused one, or one over the log's bound. */
export interface MessageSummary {
  /** The request or event it named, if any. */
  readonly request?: string;
  /** Why the host refused it, for a refused message. */
  readonly errorMessage?: string;
  /** Its size as the host's limits count it (characters of keys and strings, 8 per other value); at least this much. */
  readonly size: number;
  /** Its first characters, as JSON-like text. */
  readonly preview: string;
  /** Always true: the payload was left out. */
  readonly summarised: true;
}

/** The size of `value` as the host's limits count it, measured no further than `cap`. */
export function measureMessage(value: unknown, cap: number): number {
  return Math.min(inspectMessage(value, { maxSize: cap, maxDepth: 64, maxNodes: cap }).size, cap + 1);
}

/** The first `length` characters of `value` as JSON-like text; each object is shown once, repeats as "[shared]". */
export function previewMessage(value: unknown, length = 200): string {
  let text = '';
  const seen = new Set<object>();
  const write = (part: string) => {
    text += part.slice(0, length + 1 - text.length);
    return text.length <= length;
  };
  const visit = (item: unknown): boolean => {
    if (typeof item === 'string') return write(JSON.stringify(item.slice(0, length + 1 - text.length)));
    if (typeof item !== 'object' || item === null) return write(typeof item === 'bigint' ? `${item}n` : String(item));
    if (seen.has(item)) return write('"[shared]"');
    seen.add(item);
    const isArray = Array.isArray(item);
    if (!isArray && Object.getPrototypeOf(item) !== Object.prototype && Object.getPrototypeOf(item) !== null) {
      return write(`[${Object.prototype.toString.call(item).slice(8, -1)}]`);
    }
    if (!write(isArray ? '[' : '{')) return false;
    if (isArray) {
      // An index loop stops at the bound; enumerating the keys of a huge array would not.
      for (let index = 0; index < item.length; index++) {
        if ((index > 0 && !write(',')) || !visit(item[index])) return false;
      }
      return write(']');
    }
    let first = true;
    for (const key of Object.keys(item)) {
      if (
        (!first && !write(',')) ||
        !write(`${JSON.stringify(key.slice(0, length))}:`) ||
        !visit((item as Record<string, unknown>)[key])
      )
        return false;
      first = false;
    }
    return write('}');
  };
  return visit(value) ? text : `${text.slice(0, length)}…`;
}

/** The summary a log keeps instead of `message`. */
export function summariseMessage(message: unknown, size: number, errorMessage?: string): MessageSummary {
  const request =
    (message as { request?: unknown; event?: unknown } | null)?.request ??
    (message as { event?: unknown } | null)?.event;
  return {
    ...(typeof request === 'string' ? { request: request.slice(0, 100) } : {}),
    ...(errorMessage === undefined ? {} : { errorMessage }),
    size,
    preview: previewMessage(message),
    summarised: true,
  };
}
