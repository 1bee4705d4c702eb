import { expect } from '@open-wc/testing';
import {
  namespaceOf,
  namespaces,
  requestNames,
  type EventPayload,
  type KeyValues,
  type Namespace,
  type NamespacesComplete,
  type RequestResult,
} from '@wwe-kit/protocol';
import type { ServiceClient } from '@wwe-kit/bridge';

declare module '@wwe-kit/protocol' {
  interface MessengerChannels {
    'caller-lookup': { name: string; score: number };
  }
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/**
 * The bridge's types, derived from the catalogue. These are compile-time checks only: `npm run
 * typecheck` (tsc -b) fails on this file when one of them is false. A runtime `expect(true)` would
 * add nothing but a test that cannot fail, so none is made of them.
 */
export type BridgeTypeChecks = [
  // Every namespace of the catalogue is listed (protocol's own check), and the client has each as a property.
  NamespacesComplete,
  Assert<Equal<keyof ServiceClient & Namespace, Namespace>>,
  // Methods, results and event payloads come from the catalogue and the messenger channel map.
  Assert<Equal<Parameters<ServiceClient['voice']['dial']>, [destination: string, userData?: KeyValues]>>,
  Assert<Equal<Awaited<ReturnType<ServiceClient['agent']['getStateList']>>, RequestResult<'agent.getStateList'>>>,
  Assert<Equal<EventPayload<'messenger:caller-lookup'>['score'], number>>,
  Assert<Equal<EventPayload<'agent'>['eventType'], 'STATE_CHANGED'>>,
];

describe('bridge namespaces', () => {
  it('lists exactly the namespaces of the catalogue', () => {
    const fromCatalogue = new Set(requestNames.map(namespaceOf));
    expect(fromCatalogue.size).to.be.greaterThan(5);
    expect([...namespaces].sort()).to.deep.equal([...fromCatalogue].sort());
  });
});
