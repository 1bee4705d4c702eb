/**
 * @wwe-kit/bridge — the page side of the Genesys WWE Service Client API:
 * typed promises, AbortSignal, typed errors and a pinned host origin.
 */
export { ServiceClient } from './client.js';
export { ClientCore } from './core.js';
export type { CallOptions, EventListener, ServiceClientOptions } from './options.js';
export { ServiceClientError, type ServiceClientErrorCode } from './errors.js';
export type { RequestMethod, ServiceNamespaces } from './namespaces.js';
export type {
  EventEnvelope,
  EventName,
  EventPayload,
  FailureEnvelope,
  MessengerChannels,
  RequestName,
  RequestParams,
  RequestResult,
  SuccessEnvelope,
} from '@wwe-kit/protocol';
