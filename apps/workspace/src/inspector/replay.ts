/**
 * Replay: the same request again, from the same view, through the real host. The host answers the
 * view's real window; the page ignores the unknown referenceId, and the inspector pairs the answer.
 * A replay speaks as the view's page does now, so it goes only while that page is of the origin that
 * sent the request: a frame that went to another origin, or is gone, is not sent anything in its name.
 */
import type { ServiceHost } from '@wwe-kit/host';
import type { LiveView } from '../views.js';
import type { LoggedMessage } from './traffic-entry.js';

/** What replay needs of the shell: the host (its live frames, and its door for messages) and the views' windows. */
export interface ReplayTarget {
  readonly host: Pick<ServiceHost, 'receive' | 'frames'>;
  readonly views: { readonly views: readonly Pick<LiveView, 'frame' | 'iframe' | 'popup'>[] };
}

export type Replay = { readonly send: (referenceId: string) => void } | { readonly reason: string };

const windowOf = (view: Pick<LiveView, 'iframe' | 'popup'>): Window | null | undefined =>
  view.popup && !view.popup.closed ? view.popup : view.iframe?.contentWindow;

/** How to replay `entry`, or why it cannot be. `imported`: the entry comes from a traffic file. */
export function replayOf(target: ReplayTarget, entry: LoggedMessage, imported: boolean): Replay {
  if (imported) return { reason: 'Replay sends from a live view; this message comes from a traffic file.' };
  if (entry.kind === 'subscribe')
    return {
      reason:
        'A subscribe is not replayed: the view would get a second subscription it knows nothing of and could never unsubscribe, so its events would arrive twice until it reloads.',
    };
  if (entry.kind !== 'request') return { reason: 'Only a request a view sent can be sent again.' };
  const message = entry.message as Record<string, unknown> | undefined;
  if (!message || message['summarised'] === true)
    return { reason: 'The log kept only a summary of this message (it was too large), so it cannot be sent again.' };
  const frame = target.host.frames.find((candidate) => candidate.frameId === entry.frameId);
  const view = frame && target.views.views.find((candidate) => candidate.frame?.frameId === frame.frameId);
  const source = view && windowOf(view);
  if (!frame || !source)
    return {
      reason: `The view ${entry.label} (frame ${entry.frameId ?? '?'}) is gone: its interaction ended or its popup closed.`,
    };
  // The origin the browser last reported for the frame, never the log's: the page may have moved on.
  const origin = frame.origin;
  if (origin !== entry.origin)
    return {
      reason: `The view ${entry.label} now shows a page of ${origin ?? 'an origin not known yet'}, not of ${entry.origin}, which sent this request: a replay would speak for the other page. Send the request from the view again instead.`,
    };
  return {
    send: (referenceId) => target.host.receive({ data: { ...message, referenceId }, origin, source }),
  };
}
