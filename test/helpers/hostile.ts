/**
 * Hostile and malformed messages for fuzzing the host (fast-check). Every
 * message is wrong in some way or asks for something the fuzz policy refuses,
 * except harmless reads; none may change the backend's state.
 */
import fc from 'fast-check';
import { requestNames } from '@wwe-kit/protocol';

/** The policy the fuzz runs under: reads allowed, Key1 writable, everything else refused. */
export const fuzzOptions = (origin: string) => ({
  'service-client-api.accepted-web-content-origins': `${origin} (agent.get, agent.getState, interaction.getInteractions, interaction.getByInteractionId, interaction.setUserData, interaction.deleteUserData)`,
  'service-client-api.user-data.read-allowed': 'Key1',
  'service-client-api.user-data.write-allowed': 'Key1',
});

/** Requests the fuzz policy serves; none of them changes state. */
export const harmlessRequests = [
  'agent.get',
  'agent.getState',
  'interaction.getInteractions',
  'interaction.getByInteractionId',
];

const withForbiddenKey = (value: unknown, key: '__proto__' | 'constructor') =>
  JSON.parse(`{"${key}": {"polluted": true}, "value": ${JSON.stringify(value ?? null)}}`) as unknown;

const deep = (depth: number): unknown => (depth === 0 ? 'bottom' : { next: deep(depth - 1) });

/** Objects that reference each other: few objects, 2^levels paths for a walk that does not remember them. */
const sharedChain = (levels: number): unknown => {
  let node: unknown = { leaf: 'x' };
  for (let level = 0; level < levels; level++) node = { a: node, b: node };
  return node;
};

/** An array hiding a value under a named property, as structured clone keeps it. */
const withNamedProperty = ([name, value]: [string, unknown]): unknown => {
  const array: unknown[] = ['1'];
  Object.defineProperty(array, name, { value, enumerable: true, configurable: true, writable: true });
  return array;
};

const junkValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, null, NaN, -0, Infinity, '', '__proto__', 'constructor'),
  fc
    .constantFrom('__proto__', 'constructor')
    .chain((key) => fc.jsonValue({ maxDepth: 2 }).map((value) => withForbiddenKey(value, key))),
  fc.integer({ min: 40, max: 80 }).map(deep),
  fc.constant(new Date(0)),
  fc.constant(new Map([['a', 1]])),
  fc.constant(new Uint8Array(4)),
  fc.constant(/re/),
  fc.integer({ min: 20, max: 30 }).map(sharedChain),
  fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'length2'), fc.jsonValue({ maxDepth: 1 }))
    .map(withNamedProperty),
);

const requestName = fc.oneof(
  fc.constantFrom(...requestNames),
  fc.constantFrom(
    'agent',
    'agent.',
    '.get',
    'agent.get ',
    'AGENT.GET',
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'voice.dial.extra',
    '',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);

const envelopeFields = {
  referenceId: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(undefined), fc.constant({})),
  userAgent: fc.constantFrom('WWE Client', 'WWE Client', 'WWE Client', undefined, 'Mozilla', 42),
  protocolVersion: fc.constantFrom(2, 2, 2, 1, 3, '2', undefined),
};

const wrongRequest = fc.record(
  {
    request: requestName,
    parameters: fc.oneof(fc.array(junkValue, { maxLength: 4 }), junkValue),
    ...envelopeFields,
    frameId: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)),
  },
  { requiredKeys: ['request'] },
);

/** setUserData / deleteUserData that always touch a key outside the write list. */
const refusedWrite = fc.oneof(
  fc.record({
    request: fc.constant('interaction.setUserData'),
    parameters: fc.tuple(
      fc.constantFrom('1', '2', 'missing'),
      fc
        .dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }))
        .map((data) => ({ ...data, Secret: 'overwritten' })),
    ),
    ...envelopeFields,
  }),
  fc.record({
    request: fc.constant('interaction.deleteUserData'),
    parameters: fc.tuple(
      fc.constantFrom('1', '2'),
      fc.string({ maxLength: 6 }).filter((key) => key !== 'Key1'),
    ),
    ...envelopeFields,
  }),
);

const subscription = fc.record(
  {
    event: fc.constantFrom('subscribe', 'unsubscribe'),
    data: fc.oneof(
      junkValue,
      fc.array(fc.oneof(fc.string(), fc.constantFrom('agent', 'messenger:', 'messenger:x')), { maxLength: 3 }),
    ),
    ...envelopeFields,
  },
  { requiredKeys: ['event'] },
);

// One shared string: a fuzz of 100,000 messages must not build gigabytes of them.
const bigText = 'x'.repeat(600 * 1024);
const oversized = fc.constant(null).map(() => ({
  request: 'agent.get',
  parameters: [bigText],
  referenceId: 'big',
  userAgent: 'WWE Client',
  protocolVersion: 2,
}));

/** One hostile or malformed message. */
export const hostileMessage: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: junkValue, weight: 2 },
  { arbitrary: wrongRequest, weight: 6 },
  { arbitrary: refusedWrite, weight: 3 },
  { arbitrary: subscription, weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: oversized, weight: 1 },
);

/** Whether the host must answer this message (it is shaped like a request or a subscribe). */
export const expectsAnswer = (message: unknown): boolean => {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const fields = message as Record<string, unknown>;
  const prototype = Object.getPrototypeOf(message);
  if (prototype !== Object.prototype && prototype !== null) return false;
  if (fields['event'] === 'unsubscribe') return false;
  return fields['request'] !== undefined || fields['event'] === 'subscribe';
};
