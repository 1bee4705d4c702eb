import { expect } from '@open-wc/testing';
import { requestNames, type EventPayload, type Namespace, type RequestResult } from '@wwe-kit/protocol';
import type { ServiceClient } from '@wwe-kit/bridge';
import { namespaces, type Unlisted } from '../src/namespaces.js';

declare module '@wwe-kit/protocol' {
  interface MessengerChannels {
    'caller-lookup': { name: string; score: number };
  }
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeIs = <T extends true>(value: T) => value;

describe('bridge types and namespaces', () => {
  it('lists exactly the namespaces of the catalogue', () => {
    const fromCatalogue = new Set(requestNames.map((name) => name.split('.')[0]));
    expect([...namespaces].sort()).to.deep.equal([...fromCatalogue].sort());
    expect(typeIs<Equal<Unlisted, never>>(true)).to.equal(true);
    expect(typeIs<Equal<keyof ServiceClient & Namespace, Namespace>>(true)).to.equal(true);
  });

  it('types methods, results and event payloads from the catalogue', () => {
    type Client = ServiceClient;
    expect(typeIs<Equal<Parameters<Client['voice']['dial']>, [destination: string, userData?: import('@wwe-kit/protocol').KeyValues]>>(true)).to.equal(true);
    expect(typeIs<Equal<Awaited<ReturnType<Client['agent']['getStateList']>>, RequestResult<'agent.getStateList'>>>(true)).to.equal(true);
    expect(typeIs<Equal<EventPayload<'messenger:caller-lookup'>['score'], number>>(true)).to.equal(true);
    expect(typeIs<Equal<EventPayload<'agent'>['eventType'], 'STATE_CHANGED'>>(true)).to.equal(true);
  });
});
