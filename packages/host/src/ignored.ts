/**
 * Messages the host received and did not serve, told to `ServiceHostOptions.onIgnored` so that a
 * developer tool can say why a page's message went nowhere. Only a bounded summary of the message
 * is handed over, never the payload: a stranger's message must cost the host its top level alone.
 */
import { CLIENT_USER_AGENT, PROTOCOL_VERSION } from '@wwe-kit/protocol';
import type { MessageSummary } from './message-summary.js';

/**
 * Why a message was not served:
 * - `not-protocol`: a registered view posted something that is not Service Client API traffic
 *   (no `request`, no subscribe, no client userAgent);
 * - `not-a-view`: a window the host does not serve (never registered, or no longer) sent Service
 *   Client API traffic; a request-shaped one was answered with a refusal;
 * - `malformed`: an unsubscribe without a valid id, userAgent or protocolVersion, which gets no answer.
 */
export const ignoredReasons = ['not-protocol', 'not-a-view', 'malformed'] as const;
export type IgnoredReason = (typeof ignoredReasons)[number];

/** One message the host did not serve, as `ServiceHostOptions.onIgnored` sees it. */
export interface IgnoredMessage {
  /** See `ignoredReasons`. */
  readonly reason: IgnoredReason;
  /** What happened, why, and how to fix it, in words. */
  readonly explanation: string;
  /** The sender's origin, as the browser reported it. */
  readonly origin: string;
  /** The view's frame id, when the sender is a registered view. */
  readonly frameId: number | undefined;
  /** The view's web-content section, when the sender is a registered view. */
  readonly section: string | undefined;
  /** A bounded summary of the message: its size and first characters. */
  readonly summary: MessageSummary;
  /** The host clock's time, in milliseconds. */
  readonly time: number;
}

/** How far a summary of an ignored message measures it: its cost stays constant whatever the sender posts. */
export const IGNORED_MEASURE_CAP = 4096;

/** What happened to an ignored message, why, and how to fix it. */
export function ignoredExplanation(reason: IgnoredReason, origin: string, section: string | undefined): string {
  const sender = section === undefined ? `a window of ${origin}` : `the view ${section} (${origin})`;
  switch (reason) {
    case 'not-protocol':
      return `A message from ${sender} is not Service Client API traffic (no request, no subscribe, no userAgent '${CLIENT_USER_AGENT}'), so Workspace ignored it. To call Workspace, send requests through @wwe-kit/bridge or wwe-service-client-api.js.`;
    case 'not-a-view':
      return `Service Client API traffic came from ${sender}, which is not a web-content view of this Workspace; a request or subscribe got a refusal. List the page in interaction.web-content or workspace.web-content so that Workspace opens it, or register its window with ServiceHost.registerFrame().`;
    case 'malformed':
      return `An unsubscribe from ${sender} lacks a subscription id, the userAgent '${CLIENT_USER_AGENT}' or protocolVersion ${PROTOCOL_VERSION}; unsubscribes get no answer, so Workspace dropped it. Unsubscribe through the client library.`;
  }
}
