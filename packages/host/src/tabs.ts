import type { FrameStateEvent, JsonValue } from '@wwe-kit/protocol';

/** The election state of this Workspace browser tab. */
export type FrameState = FrameStateEvent['frameState'];

export interface TabCoordinatorOptions {
  /** Tabs of one agent session share this key; tabs of other sessions never meet. */
  readonly session: string;
  /** This tab's state changed. */
  onState(state: FrameState): void;
  /** A frame in another tab broadcast on a messenger channel. */
  onMessenger(channel: string, message: JsonValue): void;
  /** Where focus and visibility are watched; defaults to the global window. */
  readonly window?: Window;
}

type TabMessage =
  | { type: 'hello'; from: string }
  | { type: 'leading'; from: string; lastActive: string }
  | { type: 'resigning'; from: string }
  | { type: 'active'; from: string }
  | { type: 'messenger'; from: string; channel: string; message: JsonValue };

/**
 * Leader election among the Workspace tabs of one session, with the Web Locks
 * API: the tab holding the lock leads; the others queue for it and follow.
 * When the leader closes, its lock is released (even if the tab crashes) and
 * the next tab in the queue takes over; a leader that closes cleanly says so
 * first, so the others show NEGOTIATING until the new leader speaks.
 * A BroadcastChannel carries the announcements, focus (for
 * `isLastActiveFrame`) and messenger messages between tabs.
 */
export class TabCoordinator {
  readonly tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  #state: FrameState = 'NEGOTIATING';
  #leader: string | undefined;
  #lastActive: string;
  readonly #options: TabCoordinatorOptions;
  readonly #channel: BroadcastChannel;
  readonly #window: Window;
  readonly #release = new AbortController();
  #resign: (() => void) | undefined;

  constructor(options: TabCoordinatorOptions) {
    this.#options = options;
    this.#window = options.window ?? window;
    this.#lastActive = this.tabId;
    this.#channel = new BroadcastChannel(`wwe-kit:${options.session}`);
    this.#channel.onmessage = (event: MessageEvent<TabMessage>) => this.#onTabMessage(event.data);
    const signal = this.#release.signal;
    this.#window.addEventListener('focus', this.#markActive, { signal });
    this.#window.document.addEventListener(
      'visibilitychange',
      () => {
        if (this.#window.document.visibilityState === 'visible') this.#markActive();
      },
      { signal },
    );
    this.#window.addEventListener('pagehide', () => this.dispose(), { signal });
  }

  /** Whether the Web Locks API is here (it needs a secure context: https or localhost). */
  static get supported(): boolean {
    return typeof navigator !== 'undefined' && navigator.locks !== undefined && typeof BroadcastChannel === 'function';
  }

  /**
   * The election for `session`, not started; `undefined` when this tab leads alone: `session` is
   * `false`, or the browser lacks the Web Locks API, which `problem` is then told, since the agent's
   * other tabs would lead too.
   */
  static forSession(
    session: string | false,
    options: Omit<TabCoordinatorOptions, 'session'>,
    problem: (text: string) => void,
  ): TabCoordinator | undefined {
    if (session === false) return undefined;
    if (TabCoordinator.supported) return new TabCoordinator({ ...options, session });
    problem(
      'Multi-tab election is off: the Web Locks API needs a secure context (https, or http://localhost). This tab leads alone.',
    );
    return undefined;
  }

  get state(): FrameState {
    return this.#state;
  }

  /** Whether this tab was the last one the agent focused or showed. */
  get isLastActive(): boolean {
    return this.#lastActive === this.tabId;
  }

  /** Joins the election. */
  start(): void {
    const document = this.#window.document;
    if (document.visibilityState === 'visible' || document.hasFocus()) this.#markActive();
    const lockName = `wwe-kit-leader:${this.#options.session}`;
    const lead = () => {
      this.#leader = this.tabId;
      this.#setState('LEADING');
      this.#post({ type: 'leading', from: this.tabId, lastActive: this.#lastActive });
      return new Promise<void>((resolve) => {
        this.#resign = resolve;
      });
    };
    const signal = this.#release.signal;
    void navigator.locks
      .request(lockName, { ifAvailable: true }, (lock) => {
        if (lock) return lead();
        this.#setState('FOLLOWING');
        this.#post({ type: 'hello', from: this.tabId });
        // Queue for the lock: granted when the leader goes.
        navigator.locks.request(lockName, { signal }, lead).catch(() => undefined);
        return undefined;
      })
      .catch(() => undefined);
  }

  /** Sends a messenger message to the other tabs of the session. */
  broadcastMessenger(channel: string, message: JsonValue): void {
    this.#post({ type: 'messenger', from: this.tabId, channel, message });
  }

  /** Leaves the election: a leader hands over, a follower leaves the queue. */
  dispose(): void {
    if (this.#release.signal.aborted) return;
    if (this.#state === 'LEADING') this.#post({ type: 'resigning', from: this.tabId });
    // Out of the election, this tab leads nothing: it must not answer isFrameLeading with true.
    this.#state = 'NEGOTIATING';
    this.#release.abort();
    this.#resign?.();
    this.#channel.close();
  }

  readonly #markActive = (): void => {
    this.#lastActive = this.tabId;
    this.#post({ type: 'active', from: this.tabId });
  };

  #onTabMessage(message: TabMessage): void {
    switch (message.type) {
      case 'hello':
        if (this.#state === 'LEADING') this.#post({ type: 'leading', from: this.tabId, lastActive: this.#lastActive });
        break;
      case 'leading':
        this.#leader = message.from;
        if (this.#lastActive === this.tabId && this.#window.document.visibilityState !== 'visible')
          this.#lastActive = message.lastActive;
        if (this.#state !== 'LEADING') this.#setState('FOLLOWING');
        break;
      case 'resigning':
        // A late farewell of a leader already replaced changes nothing.
        if (this.#leader === message.from && this.#state !== 'LEADING') this.#setState('NEGOTIATING');
        break;
      case 'active':
        this.#lastActive = message.from;
        break;
      case 'messenger':
        this.#options.onMessenger(message.channel, message.message);
        break;
    }
  }

  #post(message: TabMessage): void {
    if (!this.#release.signal.aborted) this.#channel.postMessage(message);
  }

  #setState(state: FrameState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#options.onState(state);
  }
}
