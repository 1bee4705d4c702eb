import { PROTOCOL_VERSION, SERVER_USER_AGENT, notAllowedMessage } from '@wwe-kit/protocol';
import type { Peek } from './envelope.js';
import type { FrameWindow } from './frames.js';
import type { Outcome } from './pipeline.js';

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

/** The refusal sent to a window the host does not serve, or undefined when no answer is due. */
export function strangerRefusal(peek: Peek, origin: string): Record<string, unknown> | undefined {
  if (peek.kind !== 'message') return undefined;
  const errorMessage = notAllowedMessage(
    peek.request,
    `this window (origin ${origin}) is not a web-content view of this Workspace`,
    'List the page in interaction.web-content or workspace.web-content so the Workspace opens it, or register it with ServiceHost.registerFrame().',
  );
  return answerEnvelope(peek.request, peek.referenceId, { errorMessage });
}

/**
 * Windows the host does not serve get a refusal that says how to be served, and nothing else.
 * It is written from the message's top level alone: a stranger's message is never walked.
 */
export function refuseStranger(peek: Peek, source: FrameWindow | null, origin: string): void {
  const refusal = strangerRefusal(peek, origin);
  if (!refusal || !source || typeof source.postMessage !== 'function') return;
  try {
    source.postMessage(refusal, targetOrigin(origin));
  } catch {
    // A window that vanished needs no answer.
  }
}
