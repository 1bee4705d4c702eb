import { SERVER_USER_AGENT, type SubscriptionId } from '@wwe-kit/protocol';
import type { FrameMode } from './policy/access.js';

/** What the host needs of a frame's window: a real `Window`, or a stand-in in benchmarks. */
export interface FrameWindow {
  postMessage(message: unknown, targetOrigin: string): void;
  readonly closed?: boolean;
}

/** How a web-content view is registered with the host. */
export interface FrameRegistration {
  /** The view's iframe. Its removal from the document drops the frame. */
  readonly iframe?: HTMLIFrameElement;
  /** The view's window when it is not an iframe: a popup from `window.open`. Its closing drops the frame. */
  readonly window?: FrameWindow;
  /** The web-content option section that describes the view, e.g. `CrmTab`. */
  readonly section: string;
  readonly mode: FrameMode;
  /** The url the view was opened at; its origin receives the `frameId` as soon as the view loads. */
  readonly url?: string;
}

/** A registered web-content view, as the host sees it. */
export interface ClientFrame {
  /** The id announced to the frame (`{ frameId, userAgent: 'WWE Server' }`), unique in this host. */
  readonly frameId: number;
  readonly section: string;
  readonly mode: FrameMode;
  readonly iframe: HTMLIFrameElement | undefined;
  /** The origin of the last message it sent, checked by the browser. */
  readonly origin: string | undefined;
  /** Its live subscriptions: id → event names. */
  readonly subscriptions: ReadonlyMap<SubscriptionId, readonly string[]>;
}

/** The host's own record of a frame; `ClientFrame` is its public face. */
export interface FrameRecord extends ClientFrame {
  window: FrameWindow | null;
  origin: string | undefined;
  readonly subscriptions: Map<SubscriptionId, readonly string[]>;
  /** Whether this document has sent a message carrying its frameId (so it knows it). */
  confirmed: boolean;
  /** Whether the host announced the frameId in reply to this document's messages (announcements on load may reach an earlier document). */
  announced: boolean;
  /** The origin of the url it was opened at: where the frameId goes before the frame speaks. */
  expectedOrigin: string | undefined;
}

/** The origin of a url, relative to this page; undefined when it has none. */
export const originOfUrl = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined;
  try {
    const origin = new URL(url, location.href).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
};

/** Posts the frame identity message, answering whether it was posted; a closed or navigated-away window just drops it. */
export function announceFrameId(frame: FrameRecord, origin: string | undefined): boolean {
  const target = origin ?? frame.expectedOrigin;
  if (!frame.window || target === undefined) return false;
  try {
    frame.window.postMessage({ frameId: frame.frameId, userAgent: SERVER_USER_AGENT }, target);
    return true;
  } catch {
    // The window is gone; the next check of the registry drops it.
    return false;
  }
}

let nextFrameId = 1;

/** Creates the host's record of a newly registered view. */
export function createFrameRecord(registration: FrameRegistration): FrameRecord {
  const { iframe, section, mode, url } = registration;
  if (!iframe && !registration.window)
    throw new TypeError(`Frame '${section}' needs an iframe or a window to register.`);
  return {
    frameId: nextFrameId++,
    section,
    mode,
    iframe,
    window: iframe ? iframe.contentWindow : registration.window!,
    origin: undefined,
    subscriptions: new Map(),
    confirmed: false,
    announced: false,
    expectedOrigin: originOfUrl(url ?? iframe?.src),
  };
}

/** Whether a frame's view is gone: iframe out of the document, popup closed. */
export const isGone = (frame: FrameRecord): boolean =>
  frame.iframe ? !frame.iframe.isConnected : frame.window?.closed === true;

/**
 * Notes the sender of a message. A new document in a known frame starts afresh: one from another
 * origin, or one whose message lacks the frameId the previous document stamped (the bridge and the
 * reference client stamp it). Answers whether the document is new, and whether to announce the frameId.
 */
export function noteSender(
  frame: FrameRecord,
  origin: string,
  stampedId: unknown,
): { newDocument: boolean; announce: boolean } {
  const newDocument =
    (frame.origin !== undefined && frame.origin !== origin) || (frame.confirmed && stampedId !== frame.frameId);
  if (newDocument) {
    frame.confirmed = false;
    frame.announced = false;
  }
  frame.origin = origin;
  if (stampedId === frame.frameId) frame.confirmed = true;
  const announce = !frame.confirmed && !frame.announced;
  if (announce) frame.announced = true;
  return { newDocument, announce };
}
