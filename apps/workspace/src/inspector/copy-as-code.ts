/**
 * A request as code: named from the catalogue for reading (`voice.dial(destination="5001", userData={…})`),
 * and as the two calls that send it again: the typed `ServiceClient` method of @wwe-kit/bridge and the
 * reference library's `genesys.wwe.service` call, whose callbacks are the trailing arguments. A request
 * the catalogue does not know, or one with more values than the catalogue lists, is sent as it was by
 * the untyped calls (`client.exchange`, `sendMessage`): in a typed or namespace call its extra values
 * would not compile, or would land in the callbacks' slots.
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

/** Whether the catalogue's typed call fits the request: a known name, and no more values than it lists. */
const fitsCatalogue = (name: string, values: readonly unknown[]): boolean =>
  isRequestName(name) && values.length <= requests[name].params.length;

/** The first line of the ServiceClient code: where `client` comes from. */
export const CLIENT_ORIGIN_LINE =
  "// import { ServiceClient } from '@wwe-kit/bridge'; const client = new ServiceClient();";

/** The `ServiceClient` call of @wwe-kit/bridge that sends the request again (README: "every request of the catalogue, typed"). */
export function clientCode(message: RequestMessage): string {
  if (message.event === 'subscribe')
    return [
      CLIENT_ORIGIN_LINE,
      ...subscribedNames(message).map((name) => `client.on(${literal(name)}, (event) => console.log(event));`),
    ].join('\n');
  const name = String(message.request ?? '');
  const values = parametersOf(message);
  const args = values.map(literal).join(', ');
  // exchange() takes any name and values, and resolves with the whole answer envelope.
  if (!fitsCatalogue(name, values))
    return `${CLIENT_ORIGIN_LINE}\nconst answer = await client.exchange(${literal(name)}, [${args}]);`;
  const [namespace, method] = name.split('.') as [string, string];
  return `${CLIENT_ORIGIN_LINE}\nconst answer = await client.${namespace}.${method}(${args});`;
}

/** The reference library's call: `genesys.wwe.service.voice.dial("5001", {…}, done, fail)`. */
export function legacyCode(message: RequestMessage): string {
  const done = '(answer) => console.log(answer)';
  const fail = '(failure) => console.warn(failure)';
  if (message.event === 'subscribe')
    return `genesys.wwe.service.subscribe(${literal(subscribedNames(message))}, (event) => console.log(event), this);`;
  const name = String(message.request ?? '');
  const values = parametersOf(message);
  if (!fitsCatalogue(name, values))
    return `genesys.wwe.service.sendMessage({ request: ${literal(name)}, parameters: ${literal(values)} }, ${done}, ${fail});`;
  return `genesys.wwe.service.${name}(${[...values.map(literal), done, fail].join(', ')});`;
}

/** Whether an entry's message can be written as code: a request or a subscribe. */
export const isCodeable = (message: unknown): message is RequestMessage => {
  const record = (message ?? {}) as RequestMessage & { summarised?: unknown };
  return record.summarised !== true && (typeof record.request === 'string' || record.event === 'subscribe');
};
