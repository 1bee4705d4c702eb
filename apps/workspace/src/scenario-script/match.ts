/**
 * Matching an expected request or event against the messages between the host and the views: by
 * name, view, parameters or data (a deep partial match), and for a request how it was answered.
 */
import { canonicalRequestName, classifyErrorMessage, isRequestName } from '@wwe-kit/protocol';
import type { ObservedMessage } from './script-host.js';
import type { Data, DataMap } from './types.js';

/** An expected request: `request` from the view `from`, answered, refused or failed. */
export interface ExpectedRequest {
  readonly request: string;
  readonly from?: string;
  readonly parameters?: readonly Data[];
  readonly outcome?: 'answered' | 'refused' | 'failed';
}

/** An expected event: `event` to the view `to`, with its eventType, interaction and data. */
export interface ExpectedEvent {
  readonly event: string;
  readonly to?: string;
  readonly eventType?: string;
  readonly interactionId?: string;
  readonly data?: DataMap;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Whether `actual` holds what `expected` says: equal plain values, and for a mapping or a list each
 * expected entry matched in turn (others may be there too). `null` in a list matches anything at its place.
 */
export function partialMatch(expected: Data | undefined, actual: unknown): boolean {
  if (expected === undefined) return true;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    return expected.every((item, index) => item === null || partialMatch(item, actual[index]));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([key, value]) =>
      partialMatch(value, (actual as Record<string, unknown>)[key]),
    );
  }
  return expected === actual;
}

const sameRequest = (a: string, b: string) =>
  a === b || (isRequestName(a) && isRequestName(b) && canonicalRequestName(a) === canonicalRequestName(b));

/** How the request was answered, once it was. */
function outcomeOf(
  request: ObservedMessage,
  messages: readonly ObservedMessage[],
): 'answered' | 'refused' | 'failed' | undefined {
  const referenceId = record(request.message)['referenceId'];
  const answer = messages.find(
    (message) =>
      message.seq > request.seq &&
      message.frameId === request.frameId &&
      (message.kind === 'answer' || message.kind === 'error') &&
      record(message.message)['referenceId'] === referenceId,
  );
  if (!answer) return undefined;
  if (answer.kind === 'answer') return 'answered';
  const text = record(answer.message)['errorMessage'];
  return typeof text === 'string' && classifyErrorMessage(text) !== 'host-error' ? 'refused' : 'failed';
}

const brief = (value: unknown) => {
  const json = JSON.stringify(value) ?? '';
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
};

/** The request that matches, as words for the step's result; or undefined. */
export function findRequest(expected: ExpectedRequest, messages: readonly ObservedMessage[]): string | undefined {
  for (const message of messages) {
    const body = record(message.message);
    if (message.kind !== 'request' || !sameRequest(String(body['request']), expected.request)) continue;
    if (expected.from !== undefined && message.section !== expected.from) continue;
    if (!partialMatch(expected.parameters as Data[] | undefined, body['parameters'] ?? [])) continue;
    const outcome = outcomeOf(message, messages);
    if (expected.outcome && outcome !== expected.outcome) continue;
    return `${message.section} sent ${expected.request}(${brief(body['parameters'] ?? []).slice(1, -1)})${outcome ? `, ${outcome}` : ''}.`;
  }
  return undefined;
}

/** The event that matches, as words; or undefined. */
export function findEvent(expected: ExpectedEvent, messages: readonly ObservedMessage[]): string | undefined {
  for (const message of messages) {
    const body = record(message.message);
    if (message.kind !== 'event' || body['event'] !== expected.event) continue;
    if (expected.to !== undefined && message.section !== expected.to) continue;
    const data = record(body['data']);
    if (expected.eventType !== undefined && data['eventType'] !== expected.eventType) continue;
    if (expected.interactionId !== undefined && record(data['interaction'])['interactionId'] !== expected.interactionId)
      continue;
    if (!partialMatch(expected.data, data)) continue;
    return `${message.section} heard ${expected.event}${data['eventType'] ? ` ${String(data['eventType'])}` : ''}.`;
  }
  return undefined;
}

/** What was seen instead, to say why an expectation failed: the near misses, or what there was. */
export function explainMiss(expected: ExpectedRequest | ExpectedEvent, messages: readonly ObservedMessage[]): string {
  const isRequest = 'request' in expected;
  const named = messages.filter((message) => {
    const body = record(message.message);
    return isRequest
      ? message.kind === 'request' && sameRequest(String(body['request']), expected.request)
      : message.kind === 'event' && body['event'] === expected.event;
  });
  if (named.length) {
    const seen = named.slice(-3).map((message) => {
      const body = record(message.message);
      return isRequest
        ? `from ${message.section} with ${brief(body['parameters'] ?? [])}, ${outcomeOf(message, messages) ?? 'not answered yet'}`
        : `to ${message.section} with ${brief(body['data'])}`;
    });
    return `Seen, but not as expected: ${seen.join('; ')}.`;
  }
  const kind = isRequest ? 'request' : 'event';
  const names = [
    ...new Set(
      messages
        .filter((message) => message.kind === kind)
        .map((message) => `${String(record(message.message)[kind])} (${message.section})`),
    ),
  ];
  return names.length ? `The ${kind}s seen: ${names.slice(-8).join(', ')}.` : `No ${kind} was seen at all.`;
}
