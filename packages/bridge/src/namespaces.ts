import type { MethodOf, Namespace, RequestName, RequestParams, RequestResult } from '@wwe-kit/protocol';
import type { ClientCore } from './core.js';

/** A request as a typed method: its positional parameters in, a promise of its result out. */
export type RequestMethod<N extends RequestName> = (...parameters: RequestParams<N>) => Promise<RequestResult<N>>;

/** Every namespace of the catalogue as an object of typed methods, e.g. `voice.dial`. */
export type ServiceNamespaces = {
  readonly [NS in Namespace]: {
    readonly [M in MethodOf<NS>]: `${NS}.${M}` extends infer N extends RequestName ? RequestMethod<N> : never;
  };
};

// Names a namespace never has, so that `await`, JSON and frameworks see a plain object.
const reserved = ['then', 'toJSON', 'constructor'];

/**
 * An object whose every method `m` calls `client.request('<namespace>.m', args)`. Each method is made
 * once, on first use, and kept: a call allocates no function of its own.
 */
export const namespaceProxy = (namespace: string, client: ClientCore): object =>
  // Made on a plain object: no request of the catalogue is named like a method of Object's (`toString`).
  new Proxy({} as Record<string, (...args: unknown[]) => unknown>, {
    get: (made, method) =>
      typeof method == 'string' && !reserved.includes(method)
        ? (made[method] ??= (...args: unknown[]) =>
            client.request(`${namespace}.${method}` as RequestName, args as never))
        : undefined,
  });
