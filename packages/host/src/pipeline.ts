import {
  canonicalRequestName,
  checkRequestParameters,
  isHostAnswered,
  type HostRequestName,
  type RequestName,
  type RequestParams,
} from '@wwe-kit/protocol';
import { BackendError, type HostBackend, type RequestContext } from './backend.js';
import type { FrameRecord } from './frames.js';
import type { Policies } from './policies.js';
import type { RateLimiter } from './policy/rate-limit.js';
import { renderedValueRefusal } from './policy/rendered-values.js';
import type { UiItemOwners } from './policy/ui-items.js';
import { filterUserData } from './policy/read-filter.js';
import { writeRefusal } from './policy/user-data.js';

/** How a request ends: data, an error message, or nothing at all (rate-limit quarantine). */
export type Outcome = { readonly data: unknown } | { readonly errorMessage: string } | undefined;

/** A request the host answers itself (frame questions, getAllowedServices, messenger). */
export type LocalHandler = (parameters: readonly unknown[], frame: FrameRecord, origin: string) => unknown;

/** One handler per request the catalogue says the host answers (`answeredBy: 'host'`): no more, no fewer. */
export type LocalHandlers = { readonly [N in HostRequestName]: LocalHandler };

/** What the pipeline needs of the host: the policies of the options in force, and the host's own parts. */
export interface Pipeline extends Policies {
  readonly limiter: RateLimiter;
  readonly backend: HostBackend;
  /** Milliseconds a backend may take before the page is told it got no answer. */
  readonly backendTimeout: number;
  readonly local: LocalHandlers;
  /** Which origin created each toast, dialog and menu-bar view. */
  readonly uiItems: UiItemOwners;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

const failure = (errorMessage: string): Outcome => ({ errorMessage });

function failureOf(name: string, error: unknown): Outcome {
  if (error instanceof BackendError) return failure(error.message);
  const reason = error instanceof Error ? error.message : String(error);
  return failure(`Request '${name}' failed in the Workspace: ${reason}`);
}

function withDeadline(
  name: string,
  pending: Promise<unknown>,
  milliseconds: number,
  finish: (result: unknown) => Outcome,
): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          failure(
            `Request '${name}' got no answer from the Workspace within ${milliseconds / 1000} s. Try again; if it persists, the Workspace backend is stuck.`,
          ),
        ),
      milliseconds,
    );
  });
  // A failure of the backend or of the read allowlists on its result both answer the page.
  const served = pending.then(finish).catch((error: unknown) => failureOf(name, error));
  return Promise.race([served, deadline]).finally(() => clearTimeout(timer));
}

/**
 * One request through the security model, in the order of the design: origin
 * filter, rate limit, parameter types, user-data write allowlist, the urls and
 * colours Workspace would load or paint, who may read options, whose UI item it
 * is; then the host or the backend; then the read allowlists on the result.
 * Nothing runs for a refused request. Synchronous when the backend is.
 */
export function serveRequest(
  pipeline: Pipeline,
  frame: FrameRecord,
  origin: string,
  name: RequestName,
  rawParameters: unknown,
): Outcome | Promise<Outcome> {
  // `name` was validated as the message was read (readIncoming). The request it stands for (an alias's
  // reference request) is looked up here, once, and handed to every rule and call that needs it.
  const canonical = canonicalRequestName(name);
  const refused = pipeline.access.refusal(name, origin, frame.mode, frame.section);
  if (refused) return failure(refused);
  const rate = pipeline.limiter.check(name, canonical);
  if (rate.kind === 'ignore') return undefined;
  if (rate.kind === 'refuse') return failure(rate.message);
  // The name was validated as the envelope was read: the parameters only are checked here.
  const badParameters = checkRequestParameters(name, rawParameters);
  if (badParameters) return failure(badParameters);
  const parameters = (rawParameters ?? []) as readonly unknown[];
  const refusedOnPolicy =
    writeRefusal(name, parameters, pipeline.settings.writeAllowed, canonical) ??
    renderedValueRefusal(name, parameters) ??
    pipeline.optionReads.refusal(name, origin);
  if (refusedOnPolicy) return failure(refusedOnPolicy);
  const ownership = pipeline.uiItems.check(name, parameters, origin);
  if (ownership.kind === 'answer') return { data: ownership.data };
  if (ownership.kind === 'refuse') return failure(ownership.message);
  const finish = (data: unknown): Outcome => {
    pipeline.uiItems.record(name, parameters, origin, data);
    return { data: filterUserData(pipeline.optionReads.filter(name, origin, data), pipeline.settings.readAllowed) };
  };
  let result: unknown;
  try {
    if (isHostAnswered(canonical)) result = pipeline.local[canonical](parameters, frame, origin);
    else {
      const context: RequestContext = {
        frame,
        origin,
        requestedAs: name,
        userDataReadable: pipeline.settings.readAllowedForBackends,
      };
      result = pipeline.backend.handle(canonical, parameters as RequestParams<typeof canonical>, context);
    }
  } catch (error) {
    return failureOf(name, error);
  }
  if (isThenable(result)) return withDeadline(name, Promise.resolve(result), pipeline.backendTimeout, finish);
  try {
    return finish(result);
  } catch (error) {
    return failureOf(name, error);
  }
}
