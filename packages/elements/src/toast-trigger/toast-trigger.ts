import type { KeyValues, ToastParameters } from '@wwe-kit/protocol';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ActionController } from '../shared/action-controller.js';
import { jsonObjectAttribute } from '../shared/converters.js';
import { WweElement } from '../shared/wwe-element.js';
import type { WweStore } from '../store/store.js';
import { toastTriggerStyles } from './toast-trigger.styles.js';

/** The detail of `wwe-toast-button`. */
export interface ToastButtonDetail {
  readonly toastId: string;
  /** The index of the button in `buttons` (0 for the lone OK). */
  readonly index: number;
  readonly label: string;
}

/** Reads `buttons` as a JSON array or a comma-separated list. */
const buttonList = {
  fromAttribute: (value: string | null): string[] => {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: a comma-separated list.
    }
    return value
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean);
  },
};

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
 * @csspart button - The default trigger button; aria-busy while the toast is being popped up.
 * @csspart error - Why the toast could not be shown.
 * @csspart reason - Why toasts are disabled on this page.
 *
 * @cssprop --wwe-toast-trigger-accent - Background of the default trigger button.
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-toast-trigger:state(pending)`).
 */
export class WweToastTriggerElement extends WweElement {
  static override styles = toastTriggerStyles;

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
  @state() private shownToast: string | undefined;

  readonly #actions = new ActionController(this, ['allowedServices']);
  /** The toast being popped up: a second click meanwhile waits for it instead of popping a second one. */
  #showing: Promise<string | undefined> | undefined;
  #unlisten: (() => void) | undefined;
  #listening: WweStore | undefined;

  /** The id of the toast on screen; undefined when none is. */
  get toastId(): string | undefined {
    return this.shownToast;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#listening = undefined;
  }

  /** The toast parameters these attributes and children describe. */
  get #parameters(): ToastParameters {
    const children = [...this.querySelectorAll(':scope > data')].map((data) => [
      data.textContent?.trim() ?? '',
      data.getAttribute('value') ?? '',
    ]);
    const keyValues = { ...this.keyValues, ...Object.fromEntries(children) };
    return {
      title: this.title,
      ...(this.subject !== undefined ? { subject: this.subject } : {}),
      ...(this.message !== undefined ? { message: this.message } : {}),
      ...(this.iconUrl ? { iconUrl: this.iconUrl } : {}),
      ...(Object.keys(keyValues).length ? { keyValues } : {}),
      ...(this.buttons.length ? { buttons: [...this.buttons] } : {}),
      buttonShowDismiss: this.buttonShowDismiss,
      ...(this.autoCloseTimeout !== undefined && !Number.isNaN(this.autoCloseTimeout)
        ? { autoCloseTimeout: this.autoCloseTimeout }
        : {}),
      sendToMyMessage: this.sendToMyMessage,
      ...(this.width !== undefined && !Number.isNaN(this.width) ? { width: this.width } : {}),
    };
  }

  /**
   * Pops the toast up; resolves with its id, or undefined when Workspace refused (see the error part).
   * While Workspace has not answered, a second call (a double click) resolves with the same toast.
   */
  show(): Promise<string | undefined> {
    return (this.#showing ??= this.#popUp().finally(() => (this.#showing = undefined)));
  }

  async #popUp(): Promise<string | undefined> {
    const store = this.#actions.store;
    if (!store || this.#actions.refusal('system.popupToast')) return undefined;
    // Listen on the store of the current bridge; a new client means a new store.
    if (this.#listening !== store) {
      this.#unlisten?.();
      this.#listening = store;
      this.#unlisten = store.on('system', (event) => {
        if (
          !('eventType' in event) ||
          event.eventType !== 'CUSTOM_TOAST_BUTTON_CLICK' ||
          event.customToastId !== this.toastId
        )
          return;
        this.emit('wwe-toast-button', {
          toastId: event.customToastId,
          index: event.buttonIndex,
          label: this.buttons[event.buttonIndex] ?? 'OK',
        });
      });
    }
    return this.#actions.run(
      'show',
      async (client) => (this.shownToast = await client.system.popupToast(this.#parameters)),
    );
  }

  /**
   * Sends the current attributes to the toast on screen; false when it is gone. (Not `update()`:
   * that name is LitElement's render step, which this element must keep.)
   */
  async updateToast(): Promise<boolean> {
    const id = this.toastId;
    if (!id) return false;
    return (await this.#actions.run('update', (client) => client.system.updateToast(id, this.#parameters))) ?? false;
  }

  /** Closes the toast on screen; false when it was gone. */
  async close(): Promise<boolean> {
    const id = this.toastId;
    if (!id) return false;
    const closed = await this.#actions.run('close', (client) => client.system.closeToast(id));
    this.shownToast = undefined;
    return closed ?? false;
  }

  protected override render() {
    if (this.#actions.missingProvider) return this.#actions.status();
    const refusal = this.#actions.refusal('system.popupToast');
    const pending = this.#actions.pending === 'show';
    return html`
      <slot @click=${() => void this.show()}><button part="button" type="button" ?disabled=${Boolean(refusal)}
        aria-busy=${pending ? 'true' : 'false'}>Show toast</button></slot>
      ${this.#actions.status(refusal)}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-toast-button': CustomEvent<ToastButtonDetail>;
  }
}
