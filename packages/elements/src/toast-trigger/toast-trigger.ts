import type { KeyValues, ToastParameters } from '@wwe-kit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { jsonObjectAttribute } from '../shared/converters.js';
import { describeFailure } from '../shared/errors.js';
import { messageStyles } from '../shared/styles.js';
import { MISSING_PROVIDER, StoreController } from '../store/controller.js';

/** The detail of `wwe-toast-button`. */
export interface ToastButtonDetail {
  readonly toastId: string;
  /** The index of the button in `buttons` (0 for the lone OK). */
  readonly index: number;
  readonly label: string;
}

/** Reads `buttons` as a JSON array or a comma-separated list. */
const buttonList = { fromAttribute: (value: string | null): string[] => {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: a comma-separated list.
  }
  return value.split(',').map((label) => label.trim()).filter(Boolean);
} };



/**
 * A declarative Workspace toast: set it up with attributes, pop it up with a click on the slotted
 * trigger or `show()`, change it with `updateToast()`, take it down with `close()`. Key/values come from
 * `key-values` (JSON) and from child `<data value="…">Key</data>` elements. Button clicks come back
 * as `wwe-toast-button`.
 *
 * @tag wwe-toast-trigger
 * @summary Pops up a Workspace toast and reports its button clicks.
 *
 * @attr title - The toast's title (this element's own tooltip is not shown).
 * @attr subject - The subject line.
 * @attr message - The message.
 * @attr icon-url - The icon of the title bar.
 * @attr buttons - Button labels, as a JSON array or a comma-separated list. Workspace shows them [2]…[N] [1].
 * @attr button-show-dismiss - Show "Show" and "Dismiss" instead of the buttons.
 * @attr auto-close-timeout - Milliseconds before the toast closes by itself; 0 keeps it.
 * @attr send-to-my-message - Also send the toast to the agent's My Messages.
 * @attr width - Width in pixels (wins over service-client-api.toast.width).
 * @attr key-values - Key/value pairs, as a JSON object.
 *
 * @prop {string | undefined} toastId - The id of the toast on screen (read-only).
 *
 * @fires {CustomEvent<ToastButtonDetail>} wwe-toast-button - The agent clicked a button of this element's toast.
 *
 * @slot - The trigger; a click on it pops the toast up. Default: a "Show toast" button.
 *
 * @csspart button - The default trigger button.
 * @csspart error - Why the toast could not be shown.
 * @csspart reason - Why toasts are disabled on this page.
 *
 * @cssprop --wwe-toast-trigger-accent - Background of the default trigger button.
 */
export class WweToastTriggerElement extends LitElement {
  static override styles = [messageStyles, css`
    :host { display: inline-block; --wwe-toast-trigger-accent: light-dark(#0969da, #1f6feb); color-scheme: light dark; font: var(--wwe-font, inherit); }
    [part='button'] { font: inherit; padding: 0.4em 0.9em; border: none; border-radius: 6px; color: #fff; background: var(--wwe-toast-trigger-accent); cursor: pointer; }
    [part='button']:disabled { opacity: 0.6; cursor: not-allowed; }
  `];

  @property() override title = '';
  @property() subject: string | undefined;
  @property() message: string | undefined;
  @property({ attribute: 'icon-url' }) iconUrl: string | undefined;
  @property({ converter: buttonList }) buttons: string[] = [];
  @property({ attribute: 'button-show-dismiss', type: Boolean }) buttonShowDismiss = false;
  @property({ attribute: 'auto-close-timeout', type: Number }) autoCloseTimeout: number | undefined;
  @property({ attribute: 'send-to-my-message', type: Boolean }) sendToMyMessage = false;
  @property({ type: Number }) width: number | undefined;
  @property({ attribute: 'key-values', converter: jsonObjectAttribute }) keyValues: KeyValues | undefined;
  @state() toastId: string | undefined;
  @state() private error = '';

  readonly #store = new StoreController(this, ['allowedServices']);
  #unlisten: (() => void) | undefined;
  #listening: unknown;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#listening = undefined;
  }

  /** The toast parameters these attributes and children describe. */
  get parameters(): ToastParameters {
    const children = [...this.querySelectorAll(':scope > data')].map((data) => [data.textContent?.trim() ?? '', data.getAttribute('value') ?? '']);
    const keyValues = { ...this.keyValues, ...Object.fromEntries(children) };
    return {
      title: this.title,
      ...(this.subject !== undefined ? { subject: this.subject } : {}),
      ...(this.message !== undefined ? { message: this.message } : {}),
      ...(this.iconUrl ? { iconUrl: this.iconUrl } : {}),
      ...(Object.keys(keyValues).length ? { keyValues } : {}),
      ...(this.buttons.length ? { buttons: [...this.buttons] } : {}),
      buttonShowDismiss: this.buttonShowDismiss,
      ...(this.autoCloseTimeout !== undefined && !Number.isNaN(this.autoCloseTimeout) ? { autoCloseTimeout: this.autoCloseTimeout } : {}),
      sendToMyMessage: this.sendToMyMessage,
      ...(this.width !== undefined && !Number.isNaN(this.width) ? { width: this.width } : {}),
    };
  }

  get #reason(): string {
    return this.#store.store?.allows('system.popupToast') === false ? 'This page may not call system.popupToast (service-client-api.accepted-web-content-origins).' : '';
  }

  /** Pops the toast up; resolves with its id, or undefined when Workspace refused (see the error part). */
  async show(): Promise<string | undefined> {
    const client = this.#store.client;
    const store = this.#store.store;
    if (!client || !store || this.#reason) return undefined;
    // Listen on the store of the current bridge; a new client means a new store.
    if (this.#listening !== store) {
      this.#unlisten?.();
      this.#listening = store;
      this.#unlisten = undefined;
    }
    this.#unlisten ??= store.on('system', (event) => {
      if (!('eventType' in event) || event.eventType !== 'CUSTOM_TOAST_BUTTON_CLICK' || event.customToastId !== this.toastId) return;
      const label = this.buttons[event.buttonIndex] ?? 'OK';
      this.dispatchEvent(new CustomEvent<ToastButtonDetail>('wwe-toast-button', { detail: { toastId: event.customToastId, index: event.buttonIndex, label }, bubbles: true, composed: true }));
    });
    return this.#run(async () => (this.toastId = await client.system.popupToast(this.parameters)));
  }

  /**
   * Sends the current attributes to the toast on screen; false when it is gone. (Not `update()`:
   * that name is LitElement's render step, which this element must keep.)
   */
  async updateToast(): Promise<boolean> {
    const client = this.#store.client;
    if (!client || !this.toastId) return false;
    return (await this.#run(() => client.system.updateToast(this.toastId!, this.parameters))) ?? false;
  }

  /** Closes the toast on screen; false when it was gone. */
  async close(): Promise<boolean> {
    const client = this.#store.client;
    if (!client || !this.toastId) return false;
    const closed = await this.#run(() => client.system.closeToast(this.toastId!));
    this.toastId = undefined;
    return closed ?? false;
  }

  async #run<T>(action: () => Promise<T>): Promise<T | undefined> {
    this.error = '';
    try {
      return await action();
    } catch (failure) {
      this.error = describeFailure(failure);
      return undefined;
    }
  }

  protected override render() {
    if (this.#store.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
    const reason = this.#reason;
    return html`
      <slot @click=${() => void this.show()}><button part="button" type="button" ?disabled=${Boolean(reason)}>Show toast</button></slot>
      ${this.error ? html`<span part="error" role="alert">${this.error}</span>` : nothing}
      ${reason ? html`<span part="reason">${reason}</span>` : nothing}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-toast-button': CustomEvent<ToastButtonDetail>;
  }
}
