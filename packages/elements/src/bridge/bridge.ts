import { provide } from '@lit/context';
import { ServiceClient, type ServiceClientError } from '@wwe-kit/bridge';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { bridgeContext } from '../context.js';
import { WweElement } from '../shared/wwe-element.js';
import { WweStore } from '../store/store.js';
import { bridgeStyles } from './bridge.styles.js';

/** The connection state `<wwe-bridge>` reports. */
export type BridgeState = 'connecting' | 'ready' | 'error';

/** The detail of `wwe-bridge-state`. */
export interface BridgeStateDetail {
  readonly state: BridgeState;
  /** What went wrong, for `error`. */
  readonly message?: string;
}

/**
 * Provides one bridge to Workspace (a `ServiceClient`) to every wwe-kit element inside it, through Lit context.
 * It is ready once Workspace has answered `system.getAllowedServices` for this page.
 *
 * @tag wwe-bridge
 * @summary The page's one connection to Workspace, shared by the elements inside.
 *
 * @attr host-origin - The Workspace origin to pin, e.g. `https://wwe.example.com`. Default: inferred from the embedding page.
 * @attr timeout - Milliseconds before a request fails; 0 for never. Default 10000.
 *
 * @prop {ServiceClient | undefined} client - The bridge; set it to share a client you made, or read the one this element made.
 * @prop {BridgeState} state - `connecting`, `ready` or `error`; reflected as the `state` attribute.
 * @prop {string} message - What went wrong when `state` is `error`.
 *
 * @fires {CustomEvent<BridgeStateDetail>} wwe-bridge-state - The connection state changed.
 *
 * @slot - The page's content and wwe-kit elements.
 * @slot status - Replaces the built-in connection status line.
 *
 * @csspart status - The built-in connection status line (hidden once ready).
 *
 * @cssprop --wwe-font - Font of every wwe-kit element inside. Default: the page's.
 * @cssprop --wwe-color-text - Text colour.
 * @cssprop --wwe-color-muted - Secondary text colour.
 * @cssprop --wwe-color-danger - Colour of errors.
 */
export class WweBridgeElement extends WweElement {
  static override styles = bridgeStyles;

  @property({ attribute: 'host-origin' }) hostOrigin: string | undefined;
  @property({ type: Number }) timeout: number | undefined;
  @provide({ context: bridgeContext })
  @property({ attribute: false })
  client: ServiceClient | undefined;
  @property({ reflect: true }) state: BridgeState = 'connecting';
  @property({ attribute: false }) message = '';

  /** Whether this element made the client (and so disposes of it). */
  #owned = false;
  /** The client this element made, while it owns one. */
  #ownClient: ServiceClient | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.client) this.#createClient();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#owned) {
      this.client?.dispose();
      this.client = undefined;
      this.#ownClient = undefined;
      this.#owned = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A client the page assigned replaces the one this element made, which is then disposed of.
    if (changed.has('client') && this.#owned && this.client !== this.#ownClient) {
      this.#ownClient?.dispose();
      this.#ownClient = undefined;
      this.#owned = false;
    }
    if (this.#owned && (changed.has('hostOrigin') || changed.has('timeout')) && this.hasUpdated) {
      this.client?.dispose();
      this.#createClient();
    }
    if (changed.has('client') && this.client) this.#connect(this.client);
  }

  #createClient(): void {
    try {
      this.client = new ServiceClient({
        ...(this.hostOrigin ? { hostOrigin: this.hostOrigin } : {}),
        ...(this.timeout === undefined || Number.isNaN(this.timeout) ? {} : { timeout: this.timeout }),
      });
    } catch (error) {
      // A page opened outside Workspace (no frame parent, no opener) has no Workspace to talk to: say so, with the fix.
      this.client = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      this.#report(
        'error',
        `No connection to Workspace (${reason}). Open this page from Workspace as a web-content view, or set the client property.`,
      );
      return;
    }
    this.#owned = true;
    this.#ownClient = this.client;
  }

  #connect(client: ServiceClient): void {
    // Every new client announces its connecting phase, even when the element starts in it.
    this.#report('connecting', '', true);
    const store = WweStore.for(client);
    void store.need('allowedServices').then(() => {
      if (this.client !== client) return;
      const error: ServiceClientError | undefined = store.error('allowedServices');
      if (error) this.#report('error', error.errorMessage ?? error.message);
      else this.#report('ready');
    });
  }

  #report(state: BridgeState, message = '', always = false): void {
    if (!always && state === this.state && message === this.message) return;
    this.state = state;
    this.message = message;
    this.emit('wwe-bridge-state', { state, ...(message ? { message } : {}) });
  }

  protected override render() {
    const text =
      this.state === 'error'
        ? `Workspace connection failed: ${this.message}`
        : this.state === 'ready'
          ? 'Connected to Workspace'
          : 'Connecting to Workspace…';
    return html`<slot name="status"><p part="status" role="status">${text}</p></slot><slot></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-bridge-state': CustomEvent<BridgeStateDetail>;
  }
}
