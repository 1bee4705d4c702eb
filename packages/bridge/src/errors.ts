import { eventNames, type FailureEnvelope } from '@wwe-kit/protocol';

/**
 * Why a request failed:
 * - `timeout`: no answer within the timeout (10 s by default);
 * - `aborted`: the caller's AbortSignal fired;
 * - `rate-limited`: Workspace's rate limit for this request was reached, and it ignores it for a while;
 * - `not-allowed`: Workspace's security options refuse this request to this page;
 * - `host-error`: Workspace answered with any other error;
 * - `disposed`: the client was disposed before the answer came.
 */
export type ServiceClientErrorCode = 'timeout' | 'aborted' | 'rate-limited' | 'not-allowed' | 'host-error' | 'disposed';

/** The error every failed bridge call rejects with. */
export class ServiceClientError extends Error {
  /** Why the request failed. */
  readonly code: ServiceClientErrorCode;
  /** The request name, e.g. `voice.dial` (or `subscribe`). */
  readonly request: string;
  /** The host's `errorMessage`, verbatim, when the host answered with one. */
  readonly errorMessage: string | undefined;
  /** The host's whole failure answer, when there was one. */
  readonly envelope: FailureEnvelope | undefined;

  constructor(code: ServiceClientErrorCode, request: string, message: string, envelope?: FailureEnvelope) {
    super(message);
    this.name = 'ServiceClientError';
    this.code = code;
    this.request = request;
    this.errorMessage = envelope?.errorMessage;
    this.envelope = envelope;
  }
}

/** The rejection of a request made after `dispose()`, and of those it cut short. */
export const disposedError = (name: string) =>
  new ServiceClientError('disposed', name, `'${name}': the client is disposed.`);

/** The rejection of a request that got no answer in time. */
export const timeoutError = ({ name, timeout }: { name: string; timeout: number }) =>
  new ServiceClientError('timeout', name, `'${name}' got no answer within ${timeout} ms.`);

/** The rejection of a request whose AbortSignal fired. */
export const abortError = (name: string, signal: AbortSignal) =>
  new ServiceClientError('aborted', name, `'${name}' aborted: ${signal.reason}`);

/**
 * `on()` with a name that is not an event: a programming error, so a TypeError. Workspace
 * refuses a whole subscribe that names one, which would silence the page's other listeners.
 */
export const unknownEventError = (name: unknown) =>
  new TypeError(`wwe-kit: '${name}' is no event Workspace knows: listen to ${eventNames} or messenger:<channel>.`);
