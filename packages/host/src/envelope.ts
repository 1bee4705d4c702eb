import {
  CLIENT_USER_AGENT, PROTOCOL_VERSION, isEventName, isRequestName, checkParameters,
  type RequestName, type SubscriptionId,
} from '@wwe-kit/protocol';

/** Limits on what a page may send; a message over them is refused with a clear `errorMessage`. */
export interface MessageLimits {
  /** Characters of every key and string, plus 8 per other value. Default 512 KiB. */
  readonly maxSize: number;
  /** Nesting of objects and arrays. Default 32. */
  readonly maxDepth: number;
}

export const defaultMessageLimits: MessageLimits = { maxSize: 512 * 1024, maxDepth: 32 };

/** What an incoming message is, once read. */
export type Incoming =
  /** Not Service Client API traffic (another library's message, a string): left alone. */
  | { readonly kind: 'ignore' }
  /** Shaped like a request but wrong: answer `errorMessage`, execute nothing. */
  | { readonly kind: 'invalid'; readonly request: string; readonly referenceId: unknown; readonly errorMessage: string }
  /** A known request; its `parameters` are not checked yet. */
  | { readonly kind: 'request'; readonly name: RequestName; readonly parameters: unknown; readonly referenceId: string }
  | { readonly kind: 'subscribe'; readonly names: readonly string[]; readonly referenceId: string }
  | { readonly kind: 'unsubscribe'; readonly id: SubscriptionId };

const IGNORE: Incoming = { kind: 'ignore' };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: object): string => Object.prototype.toString.call(value).slice(8, -1);

/** Walks a message once: forbidden keys, non-JSON values, depth and size. Answers the first problem. */
function inspect(root: unknown, limits: MessageLimits): string | undefined {
  let size = 0;
  const path: string[] = [];
  const where = () => (path.length ? ` at ${path.join('')}` : '');
  const visit = (value: unknown, depth: number): string | undefined => {
    if (typeof value === 'string') {
      size += value.length;
    } else if (typeof value !== 'object' || value === null) {
      if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return `holds a ${typeof value}${where()}`;
      size += 8;
    } else {
      if (depth > limits.maxDepth) return `nests deeper than ${limits.maxDepth} levels${where()}`;
      const isArray = Array.isArray(value);
      const prototype = Object.getPrototypeOf(value);
      if (!isArray && prototype !== Object.prototype && prototype !== null) return `holds a ${kindOf(value)}${where()}; only objects, arrays, strings, numbers, booleans and null travel`;
      if (isArray) {
        for (let index = 0; index < value.length; index++) {
          path.push(`[${index}]`);
          const problem = visit(value[index], depth + 1) ?? (++size > limits.maxSize ? 'oversized' : undefined);
          path.pop();
          if (problem) return problem;
        }
      } else {
        for (const key of Object.keys(value)) {
          if (FORBIDDEN_KEYS.has(key)) return `holds the key '${key}'${where()}, which could pollute object prototypes`;
          size += key.length;
          path.push(`.${key}`);
          const problem = visit((value as Record<string, unknown>)[key], depth + 1);
          path.pop();
          if (problem) return problem;
        }
      }
    }
    return size > limits.maxSize ? 'oversized' : undefined;
  };
  const problem = visit(root, 0);
  if (problem === 'oversized') return `is larger than the host's limit of ${limits.maxSize} characters`;
  return problem;
}

const fail = (request: string, referenceId: unknown, errorMessage: string): Incoming =>
  ({ kind: 'invalid', request, referenceId, errorMessage });

/**
 * Reads one message a frame posted. Anything that is not shaped like Service
 * Client API traffic is ignored; anything shaped like it but wrong becomes an
 * `invalid` with the message to answer.
 */
export function readIncoming(data: unknown, limits: MessageLimits = defaultMessageLimits): Incoming {
  if (!isRecord(data)) return IGNORE;
  const { request, event, referenceId, userAgent, protocolVersion } = data;
  const isRequest = request !== undefined;
  const isSubscription = event === 'subscribe' || event === 'unsubscribe';
  if (!isRequest && !isSubscription && userAgent !== CLIENT_USER_AGENT) return IGNORE;
  // Answers and events are the host's own kind of message: a frame echoing them is not asking anything.
  if (typeof userAgent === 'string' && userAgent !== CLIENT_USER_AGENT && userAgent.includes('WWE')) return IGNORE;
  // No answer is expected to an unsubscribe, so a wrong one is dropped without one.
  if (event === 'unsubscribe') {
    const id = data['data'];
    const valid = userAgent === CLIENT_USER_AGENT && protocolVersion === PROTOCOL_VERSION && (typeof id === 'string' || typeof id === 'number');
    return valid ? { kind: 'unsubscribe', id } : IGNORE;
  }
  const label = typeof request === 'string' ? request.slice(0, 100) : isSubscription ? String(event) : 'unknown';
  // A primitive referenceId is echoed even on a refused message, so the page can match the refusal.
  const echoedId = typeof referenceId === 'string' || typeof referenceId === 'number' ? referenceId : undefined;
  const problem = inspect(data, limits);
  if (problem) return fail(label, echoedId, `Message refused: it ${problem}. Send plain JSON-like data without such keys.`);
  if (userAgent !== CLIENT_USER_AGENT) {
    return fail(label, echoedId, `Message refused: userAgent must be '${CLIENT_USER_AGENT}', got ${JSON.stringify(userAgent) ?? 'nothing'}. Send it through wwe-service-client-api.js or @wwe-kit/bridge.`);
  }
  if (protocolVersion !== PROTOCOL_VERSION) {
    return fail(label, echoedId, `Message refused: protocol version ${JSON.stringify(protocolVersion) ?? 'missing'} is not supported; this host speaks protocolVersion ${PROTOCOL_VERSION}. Use a client library of protocol version ${PROTOCOL_VERSION}.`);
  }
  if (typeof referenceId !== 'string' || referenceId === '') {
    return fail(label, echoedId, `Message refused: referenceId must be a non-empty string, got ${JSON.stringify(referenceId) ?? 'nothing'}. Number requests "0", "1", … per page.`);
  }
  if (event === 'subscribe') {
    const names = ([] as unknown[]).concat(data['data']);
    const bad = names.filter((name) => !isEventName(name));
    if (names.length === 0 || bad.length) {
      return fail('subscribe', echoedId, `Subscribe refused: ${names.length ? `${bad.map((name) => JSON.stringify(name) ?? 'undefined').join(', ')} ${bad.length > 1 ? 'are not event names' : 'is not an event name'}` : 'no event name given'}. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.`);
    }
    return { kind: 'subscribe', names: names as string[], referenceId };
  }
  if (typeof request !== 'string') {
    return fail('unknown', echoedId, `Message refused: 'request' must be a string '<namespace>.<method>', got ${typeof request}.`);
  }
  // Unknown names are refused here; parameter types are checked after the origin filter and the rate limit.
  if (!isRequestName(request)) return fail(label, echoedId, checkParameters(request, undefined)!);
  return { kind: 'request', name: request, parameters: data['parameters'], referenceId };
}
