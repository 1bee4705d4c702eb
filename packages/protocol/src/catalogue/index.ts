import { agentRequests, smallNamespaceRequests } from './agent.js';
import { interactionRequests } from './interaction.js';
import { outboundRequests } from './outbound.js';
import { systemRequests } from './system.js';
import { sipEndpointRequests, voiceRequests } from './voice.js';
import type { Catalogue, ParamSpec, UiItemSpec } from './spec.js';
import type { ResultTypes, ValueTypes } from '../value-types.js';

export type { Catalogue, ParamSpec, RequestSpec, UiItemKind, UiItemSpec } from './spec.js';
export { sipEndpointMethods, type SipEndpointMethod } from './voice.js';

/**
 * Every request of the Service Client API: the single source of truth from
 * which the bridge's methods, the host's checks and `getAllowedServices` derive.
 */
export const requests = {
  ...agentRequests,
  ...smallNamespaceRequests,
  ...interactionRequests,
  ...systemRequests,
  ...voiceRequests,
  ...outboundRequests,
  ...sipEndpointRequests,
} as const satisfies Catalogue;

type Requests = typeof requests;

/** A request name: `'<namespace>.<method>'`. */
export type RequestName = keyof Requests;

/** The namespace part of a request name. */
export type NamespaceOf<N extends string> = N extends `${infer NS}.${string}` ? NS : never;
/** Every namespace, `sipEndpoint` included. */
export type Namespace = NamespaceOf<RequestName>;
/** The method names of one namespace. */
export type MethodOf<NS extends Namespace> = RequestName extends infer N
  ? N extends `${NS}.${infer M}`
    ? M
    : never
  : never;

type ParamTuple<P extends readonly ParamSpec[]> = P extends readonly [
  infer Head extends ParamSpec,
  ...infer Tail extends readonly ParamSpec[],
]
  ? Head extends { optional: true }
    ? [ValueTypes[Head['type']]?, ...ParamTuple<Tail>]
    : Head extends { nullable: true }
      ? [ValueTypes[Head['type']] | null | undefined, ...ParamTuple<Tail>]
      : [ValueTypes[Head['type']], ...ParamTuple<Tail>]
  : [];

/** The positional parameters of a request, as a tuple. */
export type RequestParams<N extends RequestName> = ParamTuple<Requests[N]['params']>;
/** What a request answers with in `data`. */
export type RequestResult<N extends RequestName> = ResultTypes[Requests[N]['result']];

const catalogue: Catalogue = requests;

/** Every request name, aliases and client-only spellings included. */
export const requestNames = Object.keys(requests) as RequestName[];

/** The 75 requests the reference documents: no alias, no client-only spelling. */
export const referenceRequestNames = requestNames.filter((name) => {
  const spec = catalogue[name];
  return spec?.aliasOf === undefined && spec?.source === undefined;
});

/** Whether `name` is a request of the catalogue (aliases included). */
export const isRequestName = (name: unknown): name is RequestName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(requests, name);

/** The reference request an alias stands for, or the name itself. */
export const canonicalRequestName = (name: RequestName): RequestName =>
  (catalogue[name]?.aliasOf as RequestName | undefined) ?? name;

/** The Workspace UI item a request creates or acts on, if any. */
export const uiItemOf = (name: RequestName): UiItemSpec | undefined => catalogue[name]?.uiItem;

/** A readable signature, e.g. `voice.dial(destination: string, userData?: keyValues)`. */
export const formatSignature = (name: RequestName): string =>
  `${name}(${requests[name].params
    .map((spec: ParamSpec) => `${spec.name}${spec.optional ? '?' : ''}: ${spec.type}${spec.nullable ? ' | null' : ''}`)
    .join(', ')})`;
