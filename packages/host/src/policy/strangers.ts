import { notAllowedMessage } from '@wwe-kit/protocol';
import type { Peek } from '../envelope.js';

/**
 * The rule for windows the host does not serve (not registered, or no longer): they may do nothing,
 * and a message shaped like a request or a subscribe is refused with how to be served. `undefined`
 * when no answer is due (an unsubscribe, or not Service Client API traffic). Written from the
 * message's top level alone (`peek`): a stranger's message is never walked.
 */
export function strangerRefusal(peek: Peek, origin: string): string | undefined {
  if (peek.kind !== 'message') return undefined;
  return notAllowedMessage(
    peek.request,
    `this window (origin ${origin}) is not a web-content view of this Workspace`,
    'List the page in interaction.web-content or workspace.web-content so the Workspace opens it, or register it with ServiceHost.registerFrame().',
  );
}
