import {
  CLIENT_USER_AGENT,
  PROTOCOL_VERSION,
  isRequestName,
  checkParameters,
  type ReferenceId,
  type RequestName,
  type SubscriptionId,
} from '@wwe-kit/protocol';
import { defaultMessageLimits, inspectMessage, type MessageLimits } from './inspect.js';
import { subscribeNamesRefusal } from './policy/subscribe.js';

export { defaultMessageLimits, type MessageLimits } from './inspect.js';

/** What an incoming message is, once read. */
export type Incoming =
  /** Not Service Client API traffic (another library's message, a string): left alone. */
  | { readonly kind: 'ignore' }
  /** Shaped like a request but wrong: answer `errorMessage`, execute nothing. `size`: as far as it was measured. */
  | {
      readonly kind: 'invalid';
      readonly request: string;
      readonly referenceId: unknown;
      readonly errorMessage: string;
      readonly size: number;
    }
  /** A known request; its `parameters` are not checked yet. `size`: the message's size as the limits count it. */
  | {
      readonly kind: 'request';
      readonly name: RequestName;
      readonly parameters: unknown;
      readonly referenceId: ReferenceId;
      readonly size: number;
    }
  | {
      readonly kind: 'subscribe';
      readonly names: readonly string[];
      readonly referenceId: ReferenceId;
      readonly size: number;
    }
  | { readonly kind: 'unsubscribe'; readonly id: SubscriptionId };

const IGNORE = { kind: 'ignore' } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a first look at a message tells, without walking into it. */
export type Peek =
  | { readonly kind: 'ignore' }
  /** An unsubscribe: it never gets an answer. */
  | { readonly kind: 'unsubscribe' }
  /** Shaped like a request or a subscribe: what to call it in an answer, and the referenceId to echo. */
  | { readonly kind: 'message'; readonly request: string; readonly referenceId: string | number | undefined };

/**
 * Reads the top level of a message only: whether it is Service Client API traffic at all, and
 * what to call it. The host answers windows it does not serve from this alone, before any deep
 * inspection, so a stranger's costly message costs it nothing.
 */
export function peekIncoming(data: unknown): Peek {
  if (!isRecord(data)) return IGNORE;
  const { request, event, referenceId, userAgent } = data;
  const isSubscription = event === 'subscribe' || event === 'unsubscribe';
  if (request === undefined && !isSubscription && userAgent !== CLIENT_USER_AGENT) return IGNORE;
  // Answers and events are the host's own kind of message: a frame echoing them is not asking anything.
  if (typeof userAgent === 'string' && userAgent !== CLIENT_USER_AGENT && userAgent.includes('WWE')) return IGNORE;
  if (event === 'unsubscribe') return { kind: 'unsubscribe' };
  return {
    kind: 'message',
    request: typeof request === 'string' ? request.slice(0, 100) : isSubscription ? String(event) : 'unknown',
    // A primitive referenceId is echoed even on a refused message, so the page can match the refusal.
    referenceId: typeof referenceId === 'string' || typeof referenceId === 'number' ? referenceId : undefined,
  };
}

/**
 * Reads one message a frame posted. Anything that is not shaped like Service
 * Client API traffic is ignored; anything shaped like it but wrong becomes an
 * `invalid` with the message to answer. A caller that has already peeked passes its `peek`, so the
 * top level is read once.
 */
export function readIncoming(
  data: unknown,
  limits: MessageLimits = defaultMessageLimits,
  peek: Peek = peekIncoming(data),
): Incoming {
  if (peek.kind === 'ignore') return IGNORE;
  const { request, event, referenceId, userAgent, protocolVersion } = data as Record<string, unknown>;
  // No answer is expected to an unsubscribe, so a wrong one is dropped without one.
  if (peek.kind === 'unsubscribe') {
    const id = (data as Record<string, unknown>)['data'];
    const valid =
      userAgent === CLIENT_USER_AGENT &&
      protocolVersion === PROTOCOL_VERSION &&
      (typeof id === 'string' || typeof id === 'number');
    return valid ? { kind: 'unsubscribe', id } : IGNORE;
  }
  const { request: label, referenceId: echoedId } = peek;
  const { problem, size } = inspectMessage(data, limits);
  const fail = (request: string, errorMessage: string): Incoming => ({
    kind: 'invalid',
    request,
    referenceId: echoedId,
    errorMessage,
    size,
  });
  if (problem) return fail(label, `Message refused: it ${problem}. Send plain JSON-like data without such keys.`);
  if (userAgent !== CLIENT_USER_AGENT) {
    return fail(
      label,
      `Message refused: userAgent must be '${CLIENT_USER_AGENT}', got ${JSON.stringify(userAgent) ?? 'nothing'}. Send it through wwe-service-client-api.js or @wwe-kit/bridge.`,
    );
  }
  if (protocolVersion !== PROTOCOL_VERSION) {
    return fail(
      label,
      `Message refused: protocol version ${JSON.stringify(protocolVersion) ?? 'missing'} is not supported; this host speaks protocolVersion ${PROTOCOL_VERSION}. Use a client library of protocol version ${PROTOCOL_VERSION}.`,
    );
  }
  // The reference library keeps a page-chosen referenceId, a number too: any non-empty string or finite number is echoed as sent.
  if (
    !(typeof referenceId === 'string' && referenceId !== '') &&
    !(typeof referenceId === 'number' && Number.isFinite(referenceId))
  ) {
    return fail(
      label,
      `Message refused: referenceId must be a non-empty string or a number, got ${JSON.stringify(referenceId) ?? 'nothing'}. Number requests "0", "1", … per page.`,
    );
  }
  if (event === 'subscribe') {
    const names = ([] as unknown[]).concat((data as Record<string, unknown>)['data']);
    const refused = subscribeNamesRefusal(names);
    if (refused) return fail('subscribe', refused);
    return { kind: 'subscribe', names: names as string[], referenceId, size };
  }
  if (typeof request !== 'string') {
    return fail(
      'unknown',
      `Message refused: 'request' must be a string '<namespace>.<method>', got ${typeof request}.`,
    );
  }
  // Unknown names are refused here; parameter types are checked after the origin filter and the rate limit.
  if (!isRequestName(request)) return fail(label, checkParameters(request, undefined)!);
  return {
    kind: 'request',
    name: request,
    parameters: (data as Record<string, unknown>)['parameters'],
    referenceId,
    size,
  };
}
