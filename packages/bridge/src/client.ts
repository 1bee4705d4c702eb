/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type --
   the class gains its catalogue-typed namespaces by merging with the interface below. */
import { ClientCore } from './core.js';
import type { ServiceClientOptions } from './options.js';
import { namespaces } from '@wwe-kit/protocol';
import { namespaceProxy, type ServiceNamespaces } from './namespaces.js';

/**
 * The page side of the Service Client API: typed promise methods per
 * namespace, e.g. `await client.voice.dial('5001', { Key: 'v' })`, derived
 * from the catalogue; `request(name, params, { signal, timeout })`; `on(event,
 * listener)` over one merged host subscription; a pinned host window and
 * origin; typed `ServiceClientError`s; and `dispose()`.
 *
 * @example
 * const client = new ServiceClient({ hostOrigin: 'https://workspace.example.com' });
 * const state = await client.agent.getState();
 * const off = client.on('interaction', (event) => console.log(event.eventType));
 */
export class ServiceClient extends ClientCore {
  constructor(options?: ServiceClientOptions) {
    super(options);
    for (const namespace of namespaces) {
      Object.defineProperty(this, namespace, { value: namespaceProxy(namespace, this) });
    }
  }
}

// The namespaces (`client.agent`, `client.voice`…) are typed from the catalogue.
export interface ServiceClient extends ServiceNamespaces {}
