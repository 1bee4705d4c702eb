/**
 * The request namespaces and how request and event names map to them. A leaf module, with type-only
 * imports, so a page bundle (the bridge ships `namespaces`) never pulls the catalogue's tables in.
 */
import type { Namespace, NamespaceOf, RequestName } from './catalogue/index.js';
import type { EventName, eventNames } from './events.js';

/**
 * Every request namespace, `sipEndpoint` included. Written out because the bridge ships it; the type
 * below fails the build when the catalogue gains a namespace this list lacks.
 */
export const namespaces = [
  'agent',
  'configuration',
  'email',
  'interaction',
  'media',
  'system',
  'voice',
  'outbound',
  'auth',
  'messenger',
  'sipEndpoint',
] as const satisfies readonly Namespace[];

type Assert<T extends true> = T;
/** Compile-time check: no catalogue namespace is missing from `namespaces`. */
export type NamespacesComplete = Assert<
  [Exclude<Namespace, (typeof namespaces)[number]>] extends [never] ? true : false
>;

/** Whether `text` is a request namespace. */
export const isNamespace = (text: string): text is Namespace => (namespaces as readonly string[]).includes(text);

/** The namespace of a request: `'voice.dial'` → `'voice'`. */
export const namespaceOf = <N extends RequestName>(name: N): NamespaceOf<N> =>
  name.slice(0, name.indexOf('.')) as NamespaceOf<N>;

/** The request namespace whose rights each event needs: a new event must name one. */
const eventNamespaces = {
  agent: 'agent',
  media: 'media',
  interaction: 'interaction',
  system: 'system',
  outbound: 'outbound',
  markdone: 'interaction',
} as const satisfies Record<(typeof eventNames)[number], Namespace>;

/** The request namespace whose rights an event needs (`markdone` → `interaction`, `messenger:<channel>` → `messenger`). */
export const eventNamespace = (name: EventName): Namespace =>
  name.startsWith('messenger:') ? 'messenger' : eventNamespaces[name as keyof typeof eventNamespaces];
