/**
 * Matching an expected request or event against the messages between the host and the views: by
 * name, view, parameters or data (a deep partial match), and for a request how it was answered;
 * and saying what was seen instead when nothing matched.
 */
import { canonicalRequestName, classifyErrorMessage, isRequestName } from '@wwe-kit/protocol';
import type { TrafficFeed } from './feed.js';
import type { ObservedMessage } from './script-host.js';
import type { ExpectedEvent, ExpectedRequest } from '../../../../packages/testing/src/shell/expectations.js';
import type { Data } from './types.js';

// The expectations' shapes are the package's, which the Playwright matchers share with this runner.
export type { ExpectedEvent, ExpectedRequest } from '../../../../packages/testing/src/shell/expectations.js';

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
      partialMatch(value, Object.hasOwn(actual, key) ? (actual as Record<string, unknown>)[key] : undefined),
    );
  }
  return expected === actual;
}

const sameRequest = (a: string, b: string) =>
  a === b || (isRequestName(a) && isRequestName(b) && canonicalRequestName(a) === canonicalRequestName(b));

type Outcome = NonNullable<ExpectedRequest['outcome']>;

/** How a request was answered, from its answer or error; undefined while it has none. */
function outcomeOf(answer: ObservedMessage | undefined): Outcome | undefined {
  if (!answer) return undefined;
  if (answer.kind === 'answer') return 'answered';
  const text = record(answer.message)['errorMessage'];
  return typeof text === 'string' && classifyErrorMessage(text) !== 'host-error' ? 'refused' : 'failed';
}

const brief = (value: unknown) => {
  const json = JSON.stringify(value) ?? '';
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
};

/** Whether `message` is the request expected, but for how it was answered. */
function requestLike(expected: ExpectedRequest, message: ObservedMessage): boolean {
  const body = record(message.message);
  return (
    message.kind === 'request' &&
    sameRequest(String(body['request']), expected.request) &&
    (expected.from === undefined || message.section === expected.from) &&
    partialMatch(expected.parameters as Data[] | undefined, body['parameters'] ?? [])
  );
}

/** The request's words for the step's result, when its answer is as expected; or undefined. */
function requestFound(expected: ExpectedRequest, request: ObservedMessage, answer: ObservedMessage | undefined) {
  const outcome = outcomeOf(answer);
  if (expected.outcome && outcome !== expected.outcome) return undefined;
  const parameters = record(request.message)['parameters'] ?? [];
  return `${request.section} sent ${expected.request}(${brief(parameters).slice(1, -1)})${outcome ? `, ${outcome}` : ''}.`;
}

/** The event's words when `message` is the expected event; or undefined. */
function eventFound(expected: ExpectedEvent, message: ObservedMessage): string | undefined {
  const body = record(message.message);
  if (message.kind !== 'event' || body['event'] !== expected.event) return undefined;
  if (expected.to !== undefined && message.section !== expected.to) return undefined;
  const data = record(body['data']);
  if (expected.eventType !== undefined && data['eventType'] !== expected.eventType) return undefined;
  if (expected.interactionId !== undefined && record(data['interaction'])['interactionId'] !== expected.interactionId)
    return undefined;
  if (!partialMatch(expected.data, data)) return undefined;
  return `${message.section} heard ${expected.event}${data['eventType'] ? ` ${String(data['eventType'])}` : ''}.`;
}

/**
 * Watches `feed` for an expected request or event among the messages after `mark`. Each call of the
 * answer looks only at the messages that came since the last call, and answers the match in words,
 * or undefined. A request that matches but for its answer is looked at again when its answer comes
 * (the feed pairs them), so each message costs O(1), however long the run.
 */
export function watchFor(
  expected: ExpectedRequest | ExpectedEvent,
  feed: TrafficFeed,
  mark: number,
): () => string | undefined {
  let seen = mark;
  /** Requests that match but for their answer, which has not come yet. */
  const unanswered = new Set<ObservedMessage>();
  const visit = (message: ObservedMessage): string | undefined => {
    if ('event' in expected) return eventFound(expected, message);
    if (requestLike(expected, message)) {
      const answer = feed.answerTo(message);
      if (answer || !expected.outcome) return requestFound(expected, message, answer);
      unanswered.add(message);
      return undefined;
    }
    const request = feed.requestOf(message);
    return request && unanswered.delete(request) ? requestFound(expected, request, message) : undefined;
  };
  return () => {
    for (const message of feed.after(seen)) {
      seen = message.seq;
      const found = visit(message);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

/** What was seen instead, to say why an expectation failed: the near misses, or what there was. */
export function explainMiss(expected: ExpectedRequest | ExpectedEvent, feed: TrafficFeed, mark: number): string {
  const messages = feed.since(mark);
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
        ? `from ${message.section} with ${brief(body['parameters'] ?? [])}, ${outcomeOf(feed.answerTo(message)) ?? 'not answered yet'}`
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
