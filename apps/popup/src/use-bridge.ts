import type { ServiceClient } from '@wwe-kit/bridge';
import { WweStore, type BridgeState, type BridgeStateDetail, type WweBridgeElement } from '@wwe-kit/elements';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** The connection to Workspace as the popup shows it. */
export interface BridgeStatus {
  readonly state: BridgeState;
  /** What went wrong, for `error`. */
  readonly message: string;
  /** The Workspace origin the bridge talks to, once it has a client. */
  readonly hostOrigin: string;
  /** Whether `<wwe-bridge>` made a client; without one no request can be sent, ever. */
  readonly hasClient: boolean;
}

/**
 * Shown when `<wwe-bridge>` could not make a client at all: the page was opened by hand, so it has
 * neither an opener window nor a parent frame to talk to. The element reports `error` with a general
 * message; this one names the view to open instead.
 */
export const NOT_OPENED_BY_WORKSPACE =
  'This page was not opened by Workspace: it has no opener window or parent frame to talk to. ' +
  'Open it from Workspace (the Customer search view, option section CustomerSearch).';

/** What `useBridge()` gives the component that renders `<wwe-bridge>`. */
export interface Bridge {
  /** For the `ref` of `<wwe-bridge>`. */
  readonly ref: RefObject<WweBridgeElement | null>;
  readonly status: BridgeStatus;
  /** For `onwwe-bridge-state` of `<wwe-bridge>`. */
  readonly onState: (event: CustomEvent<BridgeStateDetail>) => void;
  /** The element's client, when it has one: the one bridge every request of the page goes through. */
  readonly client: () => ServiceClient | undefined;
  /** Whether Workspace lets this page make a request; undefined until it has said (`system.getAllowedServices`). */
  readonly allows: (request: RequestName) => boolean | undefined;
}

/** A request name of the catalogue, e.g. `system.popupToast`. */
type RequestName = Parameters<WweStore['allows']>[0];

/** Follows a `<wwe-bridge>` element: its state from `wwe-bridge-state`, its client from its `client` property. */
export function useBridge(): Bridge {
  const ref = useRef<WweBridgeElement>(null);
  const [status, setStatus] = useState<BridgeStatus>({
    state: 'connecting',
    message: '',
    hostOrigin: '',
    hasClient: true,
  });

  const onState = useCallback((event: CustomEvent<BridgeStateDetail>) => {
    const current = ref.current?.client;
    setStatus({
      state: event.detail.state,
      message: event.detail.message ?? '',
      hostOrigin: current?.hostOrigin ?? '',
      hasClient: Boolean(current),
    });
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The element makes its client when it connects; without one it could not (no opener, no parent).
    if (!element.client)
      setStatus({ state: 'error', message: NOT_OPENED_BY_WORKSPACE, hostOrigin: '', hasClient: false });
    else
      setStatus({
        state: element.state,
        message: element.message,
        hostOrigin: element.client.hostOrigin,
        hasClient: true,
      });
  }, []);

  const client = useCallback(() => ref.current?.client, []);
  // The elements' store of this client already holds Workspace's answer to getAllowedServices.
  const allows = useCallback((request: RequestName) => {
    const current = ref.current?.client;
    return current ? WweStore.for(current).allows(request) : undefined;
  }, []);
  return { ref, status, onState, client, allows };
}
