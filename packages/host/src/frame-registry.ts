import {
  announceFrameId,
  createFrameRecord,
  isGone,
  noteSender,
  originOfUrl,
  type FrameRecord,
  type FrameRegistration,
  type FrameWindow,
} from './frames.js';
import { DetachWatcher } from './frame-watch.js';

/** How often closed popups are noticed: a closing cross-origin window fires nothing the opener can hear. */
export const POPUP_POLL_MS = 250;

interface RegistryHooks {
  /** A frame's view is gone (iframe removed, popup closed, or unregistered). */
  dropped(frame: FrameRecord): void;
  /** A new document speaks in a frame: what the old one held (its subscriptions) ends. */
  newDocument?(frame: FrameRecord): void;
  /** The frameId was posted to the frame: on registration, on each load, and to a new document that spoke. */
  announced?(frame: FrameRecord): void;
}

/**
 * The web-content views a host serves, by window. It notices removed iframes
 * (a `DetachWatcher` on their ancestor chains only) and closed popups (a poll
 * while there are any), and announces the frameId whenever an iframe loads a document.
 */
export class FrameRegistry {
  readonly #frames = new Set<FrameRecord>();
  readonly #byWindow = new Map<FrameWindow, FrameRecord>();
  readonly #hooks: RegistryHooks;
  readonly #watcher: DetachWatcher;
  /**
   * The iframes seen in a document: only they can leave one. An iframe registered before it is attached
   * (as a shell does) is not gone while it waits, whenever a sweep runs.
   */
  readonly #attached = new WeakSet<FrameRecord>();
  readonly #loadListeners = new Map<FrameRecord, () => void>();
  #poll: ReturnType<typeof setInterval> | undefined;

  constructor(hooks: RegistryHooks) {
    this.#hooks = hooks;
    this.#watcher = new DetachWatcher((moved) => this.sweep(moved));
  }

  get size(): number {
    return this.#frames.size;
  }

  /** Every registered frame. */
  frames(): IterableIterator<FrameRecord> {
    return this.#frames.values();
  }

  add(registration: FrameRegistration): FrameRecord {
    const frame = createFrameRecord(registration);
    this.#frames.add(frame);
    if (frame.window) this.#byWindow.set(frame.window, frame);
    const { iframe } = frame;
    if (iframe) {
      const onLoad = () => this.#onLoad(frame);
      iframe.addEventListener('load', onLoad);
      this.#loadListeners.set(frame, onLoad);
      if (iframe.isConnected) this.#attached.add(frame);
      this.#watch();
    } else {
      this.#startPolling();
    }
    if (announceFrameId(frame, undefined)) this.#hooks.announced?.(frame);
    return frame;
  }

  /** The frame of a source window already seen, without looking further: a constant cost for any message. */
  known(source: unknown): FrameRecord | undefined {
    return this.#byWindow.get(source as FrameWindow);
  }

  /** The frame a message came from, by its source window. */
  find(source: unknown): FrameRecord | undefined {
    const frame = this.#byWindow.get(source as FrameWindow);
    if (frame || source === null) return frame;
    // An iframe registered before it was attached gets its window later.
    for (const candidate of this.#frames) {
      if (candidate.iframe && candidate.iframe.contentWindow === source) {
        this.#reindex(candidate);
        return candidate;
      }
    }
    return undefined;
  }

  /** Notes the sender of a message from `frame`: a new document loses the old one's subscriptions, and learns its frameId. */
  noteSender(frame: FrameRecord, origin: string, stampedId: unknown): void {
    const { newDocument, announce } = noteSender(frame, origin, stampedId);
    if (newDocument) this.#hooks.newDocument?.(frame);
    if (!announce) return;
    announceFrameId(frame, origin);
    this.#hooks.announced?.(frame);
  }

  remove(frame: FrameRecord): void {
    if (!this.#frames.delete(frame)) return;
    if (frame.window) this.#byWindow.delete(frame.window);
    const onLoad = this.#loadListeners.get(frame);
    if (onLoad) frame.iframe?.removeEventListener('load', onLoad);
    this.#loadListeners.delete(frame);
    this.#hooks.dropped(frame);
    if (frame.iframe) this.#watch();
    if (![...this.#frames].some((candidate) => !candidate.iframe)) this.#stopPolling();
  }

  /** Drops every frame whose view is gone; what stays is watched where it now is. `moved`: some node of a watched chain moved. */
  sweep(moved = false): void {
    moved ||= this.#watcher.waitingForAttachment;
    for (const frame of [...this.#frames]) {
      if (frame.iframe?.isConnected) this.#attached.add(frame);
      else if (frame.iframe && !this.#attached.has(frame)) continue;
      if (isGone(frame)) this.remove(frame);
      else if (frame.iframe && frame.iframe.contentWindow !== frame.window) {
        this.#reindex(frame);
        moved = true;
      }
    }
    // A removal re-watches as it drops the frame; a frame that stayed where it was needs nothing new.
    if (moved) this.#watch();
  }

  dispose(): void {
    for (const frame of [...this.#frames]) this.remove(frame);
    this.#watcher.dispose();
    this.#stopPolling();
  }

  // The load event comes after the new document's scripts have run and spoken, so it cannot
  // mark where the old document's subscriptions end; the host tells documents apart by their messages.
  #onLoad(frame: FrameRecord): void {
    // An iframe loads when it is attached or moved: its ancestors may be new.
    if (frame.iframe?.isConnected) this.#attached.add(frame);
    this.#watch();
    this.#reindex(frame);
    frame.announced = false;
    frame.expectedOrigin = originOfUrl(frame.iframe?.src) ?? frame.expectedOrigin;
    if (announceFrameId(frame, undefined)) this.#hooks.announced?.(frame);
  }

  #reindex(frame: FrameRecord): void {
    if (frame.window) this.#byWindow.delete(frame.window);
    frame.window = frame.iframe?.contentWindow ?? frame.window;
    if (frame.window) this.#byWindow.set(frame.window, frame);
  }

  #watch(): void {
    this.#watcher.watch(iframesOf(this.#frames));
  }

  #startPolling(): void {
    this.#poll ??= setInterval(() => this.sweep(), POPUP_POLL_MS);
  }

  #stopPolling(): void {
    if (this.#poll !== undefined) clearInterval(this.#poll);
    this.#poll = undefined;
  }
}

function* iframesOf(frames: Iterable<FrameRecord>): Generator<HTMLIFrameElement> {
  for (const frame of frames) if (frame.iframe) yield frame.iframe;
}
