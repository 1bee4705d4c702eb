import type { MethodOf, Namespace, RequestName, RequestParams, RequestResult } from '@wwe-kit/protocol';

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

/** An object whose every method `m` calls `send('<namespace>.m', args)`. */
export const namespaceProxy = <R>(namespace: string, send: (name: string, args: unknown[]) => R): object =>
  new Proxy(
    {},
    {
      get: (_, method) =>
        typeof method === 'string' && !reserved.includes(method)
          ? (...args: unknown[]) => send(`${namespace}.${method}`, args)
          : undefined,
    },
  );
