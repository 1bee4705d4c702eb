import { canonicalRequestName, checkParameters, type RequestName, type RequestParams } from '@wwe-kit/protocol';
import { BackendError, type HostBackend, type RequestContext } from './backend.js';
import type { FrameRecord } from './frames.js';
import type { AccessPolicy } from './policy/access.js';
import type { RateLimiter } from './policy/rate-limit.js';
import { filterUserData, writeRefusal } from './policy/user-data.js';
import type { ServiceClientSettings } from './settings.js';

/** How a request ends: data, an error message, or nothing at all (rate-limit quarantine). */
export type Outcome = { readonly data: unknown } | { readonly errorMessage: string } | undefined;

/** A request the host answers itself (frame questions, getAllowedServices, messenger). */
export type LocalHandler = (parameters: readonly unknown[], frame: FrameRecord, origin: string) => unknown;

/** What the pipeline needs of the host. */
export interface Pipeline {
  readonly access: AccessPolicy;
  readonly limiter: RateLimiter;
  readonly settings: ServiceClientSettings;
  readonly backend: HostBackend;
  /** Milliseconds a backend may take before the page is told it got no answer. */
  readonly backendTimeout: number;
  readonly local: Partial<Record<RequestName, LocalHandler>>;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

const failure = (errorMessage: string): Outcome => ({ errorMessage });

function failureOf(name: string, error: unknown): Outcome {
  if (error instanceof BackendError) return failure(error.message);
  const reason = error instanceof Error ? error.message : String(error);
  return failure(`Request '${name}' failed in the Workspace: ${reason}`);
}

function withDeadline(name: string, pending: Promise<unknown>, milliseconds: number, readable: ReadonlySet<string>): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve(failure(`Request '${name}' got no answer from the Workspace within ${milliseconds / 1000} s. Try again; if it persists, the Workspace backend is stuck.`)), milliseconds);
  });
  const served = pending.then((data): Outcome => ({ data: filterUserData(data, readable) }), (error: unknown) => failureOf(name, error));
  return Promise.race([served, deadline]).finally(() => clearTimeout(timer));
}

/**
 * One request through the security model, in the order of the design: origin
 * filter, rate limit, parameter types, user-data write allowlist, then the
 * host or the backend, then the read allowlist on the result. Nothing runs
 * for a refused request. Synchronous when the backend is.
 */
export function serveRequest(pipeline: Pipeline, frame: FrameRecord, origin: string, name: RequestName, rawParameters: unknown): Outcome | Promise<Outcome> {
  const refused = pipeline.access.refusal(name, origin, frame.mode, frame.section);
  if (refused) return failure(refused);
  const rate = pipeline.limiter.check(name);
  if (rate.kind === 'ignore') return undefined;
  if (rate.kind === 'refuse') return failure(rate.message);
  const badParameters = checkParameters(name, rawParameters);
  if (badParameters) return failure(badParameters);
  const parameters = (rawParameters ?? []) as readonly unknown[];
  const readable = pipeline.settings.readAllowed;
  const writeRefused = writeRefusal(name, parameters, pipeline.settings.writeAllowed);
  if (writeRefused) return failure(writeRefused);
  let result: unknown;
  try {
    const local = pipeline.local[name];
    if (local) result = local(parameters, frame, origin);
    else {
      const context: RequestContext = { frame, origin, requestedAs: name };
      const canonical = canonicalRequestName(name);
      result = pipeline.backend.handle(canonical, parameters as RequestParams<typeof canonical>, context);
    }
  } catch (error) {
    return failureOf(name, error);
  }
  if (isThenable(result)) return withDeadline(name, Promise.resolve(result), pipeline.backendTimeout, readable);
  try {
    return { data: filterUserData(result, readable) };
  } catch (error) {
    return failureOf(name, error);
  }
}
