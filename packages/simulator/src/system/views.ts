import type { ClientFrame, BackendHandlers } from '@wwe-kit/host';
import type { DialogOptions, MenuBarView } from '@wwe-kit/protocol';
import type { AgentModel } from '../agent/agent.js';
import type { Runtime } from '../runtime.js';

/** A dialog holding a page, as the shell draws it. */
export interface Dialog {
  readonly id: string;
  readonly url: string;
  readonly options: DialogOptions;
  readonly ownerFrameId: number;
}

/**
 * Dialogs (`openDialog`/`closeDialog`), application menu-bar views, frame
 * visibility (`amIVisible`), the inactivity timer (`triggerActivity`) and
 * the real-time connection (REALTIME_CONNECTION).
 */
export class SystemViews {
  readonly #runtime: Runtime;
  readonly #agent: AgentModel;
  readonly dialogs = new Map<string, Dialog>();
  readonly menuBar = new Map<string, MenuBarView>();
  /** Visibility the shell reports, by frameId; frames it has not reported follow their mode. */
  readonly visibility = new Map<number, boolean>();
  readonly #inactivityMs: number;
  #cancelInactivity: (() => void) | undefined;
  /** Whether the session ended for inactivity. */
  expired = false;
  realtime: 'CONNECTED' | 'DISCONNECTED' | 'DOWN' = 'CONNECTED';
  #cancelDown: (() => void) | undefined;

  constructor(runtime: Runtime, agent: AgentModel, inactivityMs = 30 * 60_000) {
    this.#runtime = runtime;
    this.#agent = agent;
    this.#inactivityMs = inactivityMs;
    this.activity();
  }

  /** `$Agent.FullName$` as the web-content urls and the openDialog sample use it. */
  #expand(text: string): string {
    return text.replaceAll('$Agent.FullName$', `${this.#agent.agent.firstname} ${this.#agent.agent.lastname}`);
  }

  /** Dialog ids count from 1, as the reference's only sample answers `wweCustomDialog1` to a first call. */
  openDialog(url: string | null | undefined, options: DialogOptions, ownerFrameId: number): string | null {
    if (url === undefined || url === null) return null;
    const id = `wweCustomDialog${this.#runtime.ids.next('dialog') + 1}`;
    // The sample's dialog page closes itself with system.closeDialog('$Dialog.Id$') from its url.
    const pageUrl = this.#expand(url).replaceAll('$Dialog.Id$', encodeURIComponent(id));
    this.dialogs.set(id, {
      id,
      url: pageUrl,
      options: { ...options, ...(options.label ? { label: this.#expand(options.label) } : {}) },
      ownerFrameId,
    });
    return id;
  }

  isVisible(frame: ClientFrame): boolean {
    return this.visibility.get(frame.frameId) ?? !['background', 'hidden'].includes(frame.mode);
  }

  /** Any activity restarts the inactivity timer; when it runs out the agent is logged out. */
  activity(): void {
    this.#cancelInactivity?.();
    if (this.expired || this.#inactivityMs <= 0) return;
    this.#cancelInactivity = this.#runtime.clock.after(this.#inactivityMs, () => {
      this.expired = true;
      this.#agent.forceState('LOGOUT', 'Logged out for inactivity');
    });
  }

  /** Scenario: the real-time connection drops; DOWN after a minute without reconnecting. */
  disconnect(): void {
    if (this.realtime !== 'CONNECTED') return;
    this.realtime = 'DISCONNECTED';
    this.#runtime.emit('system', { eventType: 'REALTIME_CONNECTION', state: 'DISCONNECTED' });
    this.#cancelDown = this.#runtime.clock.after(60_000, () => {
      this.realtime = 'DOWN';
      this.#runtime.emit('system', { eventType: 'REALTIME_CONNECTION', state: 'DOWN' });
    });
  }

  /** Scenario: the real-time connection is back. */
  reconnect(): void {
    if (this.realtime === 'CONNECTED') return;
    this.#cancelDown?.();
    this.realtime = 'CONNECTED';
    this.#runtime.emit('system', { eventType: 'REALTIME_CONNECTION', state: 'RECONNECTED' });
  }

  handlers() {
    return {
      'system.amIVisible': (_parameters, context) => this.isVisible(context.frame),
      'system.openDialog': ([url, options], context) => this.openDialog(url, options, context.frame.frameId),
      'system.closeDialog': ([id]) => this.dialogs.delete(id),
      'system.updateViewInApplicationMenuBar': ([view]) => {
        this.menuBar.set(view.name, { ...this.menuBar.get(view.name), ...view });
        return view.name;
      },
      'system.closeViewInApplicationMenuBar': ([name]) => this.menuBar.delete(name),
      'system.triggerActivity': () => {
        this.activity();
      },
    } satisfies Partial<BackendHandlers>;
  }
}
