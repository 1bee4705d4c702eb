import type { JsonValue } from '@wwe-kit/protocol';
import { BackendError } from './backend.js';
import type { LocalHandler, LocalHandlers } from './pipeline.js';
import type { FrameRecord } from './frames.js';
import type { AccessPolicy } from './policy/access.js';
import type { FrameState } from './tabs.js';

/** What the requests the host answers itself need to know. */
export interface LocalState {
  readonly access: AccessPolicy;
  readonly frameState: FrameState;
  readonly isLastActiveTab: boolean;
  /** Sends `message` on `channel` to the other web applications: not back to `sender`. */
  broadcast(channel: string, message: JsonValue, sender: FrameRecord): void;
}

/**
 * Requests about the host itself: the origin's rights, the tab election, and
 * the messenger. The backend never sees them.
 */
export function localRequests(state: () => LocalState): LocalHandlers {
  const frameIs =
    (...states: FrameState[]): LocalHandler =>
    () =>
      states.includes(state().frameState);
  return {
    'system.getAllowedServices': (_parameters, frame, origin) => [...state().access.grant(origin, frame.mode).allowed],
    'system.isFrameLeading': frameIs('LEADING'),
    'system.isFrameFollowing': frameIs('FOLLOWING'),
    'system.isFrameNegotiating': frameIs('NEGOTIATING'),
    'system.isFrameLeadingOrNegotiating': frameIs('LEADING', 'NEGOTIATING'),
    'system.isLastActiveFrame': () => state().isLastActiveTab,
    'messenger.broadcastMessage': ([channel, message], frame) => {
      if (channel === '') {
        throw new BackendError(
          "Request 'messenger.broadcastMessage' failed: the channel name is empty. Name a channel, e.g. broadcastMessage('my-channel', message), and subscribe to 'messenger:my-channel'.",
        );
      }
      state().broadcast(channel as string, message as JsonValue, frame);
      return undefined;
    },
  };
}
