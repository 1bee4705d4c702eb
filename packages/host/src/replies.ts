import { PROTOCOL_VERSION, SERVER_USER_AGENT } from '@wwe-kit/protocol';
import type { Peek } from './envelope.js';
import type { FrameWindow } from './frames.js';
import type { Outcome } from './pipeline.js';
import { strangerRefusal } from './policy/strangers.js';

/** The fields Workspace stamps on everything it sends. */
export const SERVER = { userAgent: SERVER_USER_AGENT, protocolVersion: PROTOCOL_VERSION } as const;

/** The answer to a request: `data` on success, `errorMessage` in its place on failure. */
export function answerEnvelope(
  request: string,
  referenceId: unknown,
  outcome: NonNullable<Outcome>,
): Record<string, unknown> {
  const envelope: Record<string, unknown> = { request };
  if (referenceId !== undefined) envelope['referenceId'] = referenceId;
  if ('errorMessage' in outcome) envelope['errorMessage'] = outcome.errorMessage;
  else envelope['data'] = outcome.data;
  return Object.assign(envelope, SERVER);
}

/** An opaque origin ('null') cannot be named as a target; only the source window then limits delivery. */
export const targetOrigin = (origin: string): string => (origin === 'null' ? '*' : origin);

/**
 * Posts the refusal the stranger rule (policy/strangers.ts) gives a window the host does not serve.
 * It is written from the message's top level alone: a stranger's message is never walked.
 */
export function refuseStranger(peek: Peek, source: FrameWindow | null, origin: string): void {
  const errorMessage = strangerRefusal(peek, origin);
  if (errorMessage === undefined || peek.kind !== 'message' || !source || typeof source.postMessage !== 'function')
    return;
  try {
    source.postMessage(answerEnvelope(peek.request, peek.referenceId, { errorMessage }), targetOrigin(origin));
  } catch {
    // A window that vanished needs no answer.
  }
}
