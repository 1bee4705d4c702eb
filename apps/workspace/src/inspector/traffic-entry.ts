/**
 * One entry of the traffic log, and what is read from its message once, when it is logged: the request
 * or event name, the event type, the namespace (from the catalogue), the referenceId, and the text a
 * filter searches. Nothing of this is worked out again at each render.
 */
import { previewMessage, trafficKinds, type IgnoredReason, type TrafficEntry } from '@wwe-kit/host';
import { eventNamespace, isEventName, isRequestName, namespaceOf } from '@wwe-kit/protocol';

/** The host's kinds; `refusal`, an error answer by policy; `ignored-in`, a message the host did not serve. */
export type LoggedKind = TrafficEntry['kind'] | 'refusal' | 'ignored-in';

/** Every kind the log shows. */
export const loggedKinds: readonly LoggedKind[] = [...trafficKinds, 'refusal', 'ignored-in'];

/**
 * Each kind in words, the one wording the list, the kind filter and the detail pane all show, with
 * what it means for a tooltip. A record of every kind, so a new kind of the host cannot go unworded.
 */
export const kindWords: Readonly<Record<LoggedKind, { readonly word: string; readonly meaning: string }>> = {
  request: { word: 'request', meaning: 'A view asks Workspace to do or tell something.' },
  subscribe: { word: 'subscribe', meaning: 'A view asks for events.' },
  unsubscribe: { word: 'unsubscribe', meaning: 'A view stops a subscription.' },
  invalid: { word: 'invalid', meaning: 'Shaped like a request, but the host could not read it.' },
  answer: { word: 'answer', meaning: 'The host answered a request.' },
  error: { word: 'error', meaning: 'The request failed in Workspace.' },
  refusal: { word: 'refusal', meaning: 'A rule refused the request: origin, filter, allowlist or rate limit.' },
  event: { word: 'event', meaning: 'Workspace told a subscribed view what happened.' },
  'frame-id': { word: 'frame id', meaning: 'The host told a view its frame id.' },
  ignored: { word: 'dropped', meaning: 'A request dropped unanswered during a rate-limit quarantine.' },
  'ignored-in': { word: 'ignored', meaning: 'A message the host received and did not serve.' },
};

/** Kinds that expect an answer of the same referenceId from the host. */
export const askingKinds: ReadonlySet<LoggedKind> = new Set<LoggedKind>(['request', 'subscribe']);
/** Kinds that answer one. */
export const answeringKinds: ReadonlySet<LoggedKind> = new Set<LoggedKind>(['answer', 'error', 'refusal', 'ignored']);
/** Whether entries of this kind are paired: a request with its answer. */
export const isPairedKind = (kind: LoggedKind): boolean => askingKinds.has(kind) || answeringKinds.has(kind);

export interface LoggedMessage {
  readonly seq: number;
  readonly direction: TrafficEntry['direction'];
  readonly kind: LoggedKind;
  /** The view's frame; undefined for a message from a window that is no view. */
  readonly frameId: number | undefined;
  /** The view's option section ('' for a stranger). */
  readonly section: string;
  /** The view's label from its option section ("Customer"): what a person reads. */
  readonly label: string;
  readonly origin: string;
  /** The request or event name, when the message names one. */
  readonly name: string;
  /** An event's `eventType` (or `STATE_CHANGED`…), '' when it has none. */
  readonly eventType: string;
  /** The catalogue namespace of the request or event ('' when none). */
  readonly namespace: string;
  /** The referenceId that ties a request to its answer, as text. */
  readonly referenceId: string | undefined;
  /** The host clock's time, in milliseconds. */
  readonly time: number;
  readonly elapsed: number | undefined;
  /** A copy of the message; a `MessageSummary` (size and first characters) for a refused one or one over `TRAFFIC_ENTRY_MAX`. */
  readonly message: unknown;
  /** What the entry weighs in the log, as the host's limits count size. */
  readonly weight: number;
  /** For `ignored-in`: why the host did not serve it, in words. */
  readonly ignored?: { readonly reason: IgnoredReason; readonly explanation: string };
  /** Lowercase text a filter searches: names, view, origin and the start of the message. */
  readonly search: string;
}

/** How much of a message the text filter searches: enough for every field of a usual envelope. */
export const SEARCHED_CHARACTERS = 4096;

type Described = Omit<LoggedMessage, 'name' | 'eventType' | 'namespace' | 'referenceId' | 'search'> &
  Partial<Pick<LoggedMessage, 'name'>>;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const nameOf = (message: Record<string, unknown>): string => {
  const name = message['request'] ?? message['event'] ?? message['operation'];
  return typeof name === 'string' ? name : '';
};

const namespaceOfName = (name: string, kind: LoggedKind): string => {
  if (kind === 'event' && isEventName(name)) return eventNamespace(name);
  return isRequestName(name) ? namespaceOf(name) : '';
};

/** The start of the message as text, written no further than the searched characters however large it is. */
const textOf = (message: unknown): string => {
  try {
    return previewMessage(message, SEARCHED_CHARACTERS);
  } catch {
    // Only a guard: one odd value must not stop the log; the names and the view are still searched.
    return '';
  }
};

/** The entry with what its message says worked out once. */
export function describeMessage(entry: Described): LoggedMessage {
  const message = record(entry.message);
  const data = record(message['data']);
  const name = entry.name ?? nameOf(message);
  const eventType = typeof data['eventType'] === 'string' ? data['eventType'] : '';
  const reference = message['referenceId'];
  const referenceId = typeof reference === 'string' || typeof reference === 'number' ? String(reference) : undefined;
  const search = [
    name,
    eventType,
    entry.kind,
    entry.section,
    entry.label,
    entry.origin,
    entry.ignored?.explanation ?? '',
    textOf(entry.message),
  ]
    .join('\n')
    .toLowerCase();
  return { ...entry, name, eventType, namespace: namespaceOfName(name, entry.kind), referenceId, search };
}
