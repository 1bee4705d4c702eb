/**
 * Replay: the same request again, from the same view, through the real host. The host answers the
 * view's real window; the page ignores the unknown referenceId, and the inspector pairs the answer.
 */
import type { ServiceHost } from '@wwe-kit/host';
import type { LiveView } from '../views.js';
import type { LoggedMessage } from './traffic-entry.js';

/** What replay needs of the shell. */
export interface ReplayTarget {
  readonly host: Pick<ServiceHost, 'receive'>;
  readonly views: { readonly views: readonly LiveView[] };
}

export type Replay = { readonly send: (referenceId: string) => void } | { readonly reason: string };

const windowOf = (view: LiveView): Window | null | undefined =>
  view.popup && !view.popup.closed ? view.popup : view.iframe?.contentWindow;

/** How to replay `entry`, or why it cannot be. `imported`: the entry comes from a traffic file. */
export function replayOf(target: ReplayTarget, entry: LoggedMessage, imported: boolean): Replay {
  if (imported) return { reason: 'Replay sends from a live view; this message comes from a traffic file.' };
  if (entry.kind !== 'request' && entry.kind !== 'subscribe')
    return { reason: 'Only a request or a subscribe a view sent can be sent again.' };
  const message = entry.message as Record<string, unknown> | undefined;
  if (!message || message['summarised'] === true)
    return { reason: 'The log kept only a summary of this message (it was too large), so it cannot be sent again.' };
  const view = target.views.views.find((candidate) => candidate.frame?.frameId === entry.frameId);
  const source = view && windowOf(view);
  if (!source)
    return {
      reason: `The view ${entry.label} (frame ${entry.frameId ?? '?'}) is gone: its interaction ended or its popup closed.`,
    };
  return {
    send: (referenceId) =>
      target.host.receive({
        data: { ...message, referenceId },
        origin: entry.origin,
        source: source as MessageEventSource,
      }),
  };
}
