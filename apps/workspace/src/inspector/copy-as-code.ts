/**
 * A request as code: named from the catalogue for reading (`voice.dial(destination="5001", userData={…})`),
 * and as the two calls that send it again: the typed `ServiceClient` method of @wwe-kit/bridge and the
 * reference library's `genesys.wwe.service` call, whose callbacks are the trailing arguments.
 */
import { isRequestName, requests } from '@wwe-kit/protocol';

/** What a request envelope carries that code needs. */
export interface RequestMessage {
  readonly request?: unknown;
  readonly event?: unknown;
  readonly parameters?: unknown;
  readonly data?: unknown;
}

const literal = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** A value in a one-line signature: scalars as they are, objects and lists folded. */
const folded = (value: unknown): string => {
  if (Array.isArray(value)) return value.length ? '[…]' : '[]';
  if (value && typeof value === 'object') return Object.keys(value).length ? '{…}' : '{}';
  return literal(value);
};

const parametersOf = (message: RequestMessage): unknown[] =>
  Array.isArray(message.parameters) ? message.parameters : [];

const subscribedNames = (message: RequestMessage): string[] =>
  (Array.isArray(message.data) ? message.data : [message.data]).filter(
    (name): name is string => typeof name === 'string',
  );

/** The parameter names of a request from the catalogue; `argN` past its list or for an unknown name. */
const parameterNames = (name: string, count: number): string[] => {
  const specs = isRequestName(name) ? requests[name].params : [];
  return Array.from({ length: count }, (_, index) => specs[index]?.name ?? `arg${index + 1}`);
};

/** The call for reading: `voice.dial(destination="5001", userData={…})`; a subscribe lists its event names. */
export function namedCall(message: RequestMessage): string {
  if (message.event === 'subscribe') return `subscribe(${subscribedNames(message).join(', ')})`;
  const name = String(message.request ?? '');
  const values = parametersOf(message);
  const names = parameterNames(name, values.length);
  return `${name}(${values.map((value, index) => `${names[index]}=${folded(value)}`).join(', ')})`;
}

/** The `ServiceClient` call of @wwe-kit/bridge that sends the request again (README: "every request of the catalogue, typed"). */
export function clientCode(message: RequestMessage): string {
  if (message.event === 'subscribe')
    return subscribedNames(message)
      .map((name) => `client.on(${literal(name)}, (event) => console.log(event));`)
      .join('\n');
  const name = String(message.request ?? '');
  const args = parametersOf(message).map(literal).join(', ');
  if (!isRequestName(name)) return `await client.request(${literal(name)}, [${args}]);`;
  const [namespace, method] = name.split('.') as [string, string];
  return `const answer = await client.${namespace}.${method}(${args});`;
}

/** The reference library's call: `genesys.wwe.service.voice.dial("5001", {…}, done, fail)`. */
export function legacyCode(message: RequestMessage): string {
  const done = '(answer) => console.log(answer)';
  const fail = '(failure) => console.warn(failure)';
  if (message.event === 'subscribe')
    return `genesys.wwe.service.subscribe(${literal(subscribedNames(message))}, (event) => console.log(event), this);`;
  const name = String(message.request ?? '');
  const args = [...parametersOf(message).map(literal), done, fail].join(', ');
  if (!isRequestName(name))
    return `genesys.wwe.service.sendMessage({ request: ${literal(name)}, parameters: ${literal(parametersOf(message))} }, ${done}, ${fail});`;
  return `genesys.wwe.service.${name}(${args});`;
}

/** Whether an entry's message can be written as code: a request or a subscribe. */
export const isCodeable = (message: unknown): message is RequestMessage => {
  const record = (message ?? {}) as RequestMessage & { summarised?: unknown };
  return record.summarised !== true && (typeof record.request === 'string' || record.event === 'subscribe');
};
