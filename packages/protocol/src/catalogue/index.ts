import { agentRequests, smallNamespaceRequests } from './agent.js';
import { interactionRequests } from './interaction.js';
import { outboundRequests } from './outbound.js';
import { systemRequests } from './system.js';
import { sipEndpointRequests, voiceRequests } from './voice.js';
import type { Catalogue, ParamSpec, UiItemSpec } from './spec.js';
import type { ResultTypes, ValueTag, ValueTypes } from '../value-types.js';

export type { Catalogue, ParamSpec, RequestSpec, UiItemKind, UiItemSpec, UserDataWriteSpec } from './spec.js';
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

type Has<N extends RequestName, F> = Requests[N] extends F ? true : false;
/** A request name that is no alternative spelling. */
export type CanonicalRequestName = {
  [N in RequestName]: Has<N, { readonly aliasOf: string }> extends true ? never : N;
}[RequestName];
/** The requests the host answers itself (the catalogue's `answeredBy: 'host'`); a backend never sees them. */
export type HostRequestName = {
  [N in RequestName]: Has<N, { readonly answeredBy: 'host' }> extends true ? N : never;
}[RequestName];
/** What every complete backend serves: the canonical requests the host does not answer itself. */
export type BackendRequestName = Exclude<CanonicalRequestName, HostRequestName>;
/** The requests the reference documents: canonical, no client-only spelling. */
export type ReferenceRequestName = {
  [N in CanonicalRequestName]: Has<N, { readonly source: 'client' }> extends true ? never : N;
}[CanonicalRequestName];

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

/** The requests the reference documents (`referenceRequestCount` of them): no alias, no client-only spelling. */
export const referenceRequestNames = requestNames.filter((name): name is ReferenceRequestName => {
  const spec = catalogue[name];
  return spec?.aliasOf === undefined && spec?.source === undefined;
});

/** How many requests each namespace has in the reference's table of contents: the catalogue is tested against it. */
export const referenceCounts = {
  agent: 4,
  media: 3,
  configuration: 2,
  email: 1,
  auth: 1,
  messenger: 1,
  interaction: 15,
  system: 15,
  voice: 16,
  outbound: 17,
} as const satisfies Record<NamespaceOf<ReferenceRequestName>, number>;
/** How many requests the reference documents: the sum of `referenceCounts`. */
export const referenceRequestCount: number = Object.values(referenceCounts).reduce((sum, count) => sum + count, 0);

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

/** Whether an origin filter must name the request for it to be granted (the catalogue's `explicitOnly`). */
export const isExplicitOnly = (name: RequestName): boolean =>
  catalogue[canonicalRequestName(name)]?.explicitOnly === true;

/** Who answers a request: the host itself, or the backend. */
export const answeredBy = (name: RequestName): 'host' | 'backend' =>
  catalogue[canonicalRequestName(name)]?.answeredBy ?? 'backend';

/** Whether the host answers the request itself (its rights, the tab election, the messenger). */
export const isHostAnswered = (name: RequestName): name is HostRequestName => answeredBy(name) === 'host';

/** The parameter a request writes user data from, with its value type; undefined for a request that writes none. */
export const userDataWriteOf = (
  name: RequestName,
): { readonly parameter: number; readonly type: ValueTag } | undefined => {
  const spec = catalogue[canonicalRequestName(name)];
  const write = spec?.writesUserData;
  return write && { parameter: write.parameter, type: spec.params[write.parameter]!.type };
};

/** Every request a complete backend serves, in catalogue order. */
export const backendRequestNames = requestNames.filter(
  (name): name is BackendRequestName => catalogue[name]?.aliasOf === undefined && answeredBy(name) === 'backend',
);
/** The requests the host answers itself, in catalogue order. */
export const hostRequestNames = requestNames.filter(isHostAnswered);
/** The requests an origin filter must name, in catalogue order. */
export const explicitOnlyRequestNames = requestNames.filter(isExplicitOnly);
