import type { KeyValues } from '@wwe-kit/protocol';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { jsonObjectAttribute } from '../shared/converters.js';
import { describeFailure } from '../shared/errors.js';
import { MISSING_PROVIDER, StoreController } from '../store/controller.js';
import { dialPadStyles } from './dial-pad.styles.js';

/** The detail of `wwe-dial`. */
export interface DialDetail {
  readonly destination: string;
  /** Set when the pad consulted: the interaction the consultation was made from. */
  readonly consultFor?: string;
}

/** The option that says which characters a phone number may hold. */
export const SUPPORTED_CHARACTERS_OPTION = 'expression.phone-number.supported-characters';
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#', '+'];

const DIAL_WORDS = { label: 'Number to dial', action: 'Dial', busy: 'Dialling…' };
const CONSULT_WORDS = { label: 'Number to consult', action: 'Consult', busy: 'Consulting…' };

let nextId = 0;

/**
 * A keypad and a destination field that dial through Workspace: `voice.dial`, or `voice.dialEx`
 * when extensions are given. With `consult-for`, it consults instead: `interaction.consult` from
 * that interaction (Workspace puts it on hold and dials a consultation interaction whose
 * `parentInteractionId` is that id; complete it with `interaction.completeTransfer` or
 * `completeConference`). The destination is checked against
 * `expression.phone-number.supported-characters`. Typing and pasting work in the field, and Enter there
 * dials; on the keypad, digits, `*`, `#` and `+` type and Backspace erases.
 *
 * @tag wwe-dial-pad
 * @summary Dial a number through Workspace.
 *
 * @attr value - The destination.
 * @attr label - The label of the destination field. Default "Number to dial", or "Number to consult" with `consult-for`.
 * @attr user-data - Attached data for the call, as a JSON object.
 * @attr extensions - Extensions for the call, as a JSON object (uses voice.dialEx; passed to interaction.consult with `consult-for`).
 * @attr consult-for - An interaction id: the pad consults from that interaction (interaction.consult) instead of dialling.
 *
 * @prop {string} value - The destination.
 * @prop {string | undefined} label - The label of the destination field. Unset: "Number to dial", or "Number to consult" with `consult-for`.
 * @prop {KeyValues | undefined} userData - Attached data for the call.
 * @prop {KeyValues | undefined} extensions - Extensions for the call; `voice.dialEx` is used when set.
 * @prop {string | undefined} consultFor - An interaction id: the pad consults from that interaction (interaction.consult) instead of dialling. Unset, it dials.
 *
 * @fires {CustomEvent<DialDetail>} wwe-dial - Workspace accepted the call or the consultation (`detail.consultFor` names the interaction consulted from).
 *
 * @csspart input - The destination field.
 * @csspart keypad - The grid of keys.
 * @csspart key - One key.
 * @csspart dial - The dial (or consult) button.
 * @csspart error - Why the last dial failed, or why the destination is not valid.
 * @csspart reason - Why dialling (or consulting) is disabled on this page.
 *
 * @cssprop --wwe-dial-pad-key-size - Size of a key.
 * @cssprop --wwe-dial-pad-key-background - Background of the keys.
 * @cssprop --wwe-dial-pad-border - Border colour of keys and field.
 * @cssprop --wwe-dial-pad-accent - Background of the dial button.
 * @cssprop --wwe-dial-pad-radius - Corner radius.
 */
export class WweDialPadElement extends LitElement {
  static override styles = dialPadStyles;

  @property() value = '';
  @property() label: string | undefined;
  @property({ attribute: 'user-data', converter: jsonObjectAttribute }) userData: KeyValues | undefined;
  @property({ converter: jsonObjectAttribute }) extensions: KeyValues | undefined;
  @property({ attribute: 'consult-for' }) consultFor: string | undefined;
  @state() private pending = false;
  @state() private error = '';

  readonly #store = new StoreController(this, ['allowedServices']);
  readonly #id = `wwe-dial-pad-${nextId++}`;

  get #supported(): string | undefined {
    return this.#store.store?.option(SUPPORTED_CHARACTERS_OPTION) || undefined;
  }

  /** Characters of the destination the option does not allow. */
  get #invalid(): string[] {
    const supported = this.#supported;
    return supported ? [...new Set([...this.value].filter((char) => !supported.includes(char)))] : [];
  }

  /** The request Dial sends; an empty `consult-for` attribute means no interaction, so the pad dials. */
  get #request(): 'interaction.consult' | 'voice.dialEx' | 'voice.dial' {
    return this.consultFor ? 'interaction.consult' : this.extensions ? 'voice.dialEx' : 'voice.dial';
  }

  get #reason(): string {
    const request = this.#request;
    return this.#store.store?.allows(request) === false ? `This page may not call ${request} (service-client-api.accepted-web-content-origins).` : '';
  }

  #press(key: string): void {
    this.value += key;
    this.error = '';
    this.renderRoot.querySelector<HTMLInputElement>('[part=input]')?.focus();
  }

  /** Dials the destination, or consults it from `consultFor`; resolves once Workspace answered. */
  async dial(): Promise<void> {
    const client = this.#store.client;
    const destination = this.value.trim();
    if (!client || !destination || this.pending || this.#invalid.length || this.#reason) return;
    const { consultFor } = this;
    this.pending = true;
    this.error = '';
    try {
      if (consultFor) await client.interaction.consult(consultFor, destination, this.userData ?? {}, this.extensions ?? {});
      else if (this.extensions) await client.voice.dialEx(destination, this.userData ?? {}, this.extensions);
      else await client.voice.dial(destination, this.userData);
      const detail: DialDetail = consultFor ? { destination, consultFor } : { destination };
      this.dispatchEvent(new CustomEvent<DialDetail>('wwe-dial', { detail, bubbles: true, composed: true }));
    } catch (failure) {
      this.error = describeFailure(failure);
    } finally {
      this.pending = false;
    }
  }

  /** Enter dials anywhere in the pad; on the keys, digits, *, #, + type and Backspace erases. */
  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.target as HTMLElement).localName === 'input') {
      event.preventDefault();
      void this.dial();
    } else if ((event.target as HTMLElement).localName !== 'input') {
      if (KEYS.includes(event.key)) this.#press(event.key);
      else if (event.key === 'Backspace') this.value = this.value.slice(0, -1);
      else return;
      event.preventDefault();
    }
  }

  protected override render() {
    if (this.#store.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
    const invalid = this.#invalid;
    const reason = this.#reason;
    const blocked = this.pending || Boolean(reason) || !this.#store.store?.get('allowedServices');
    const problem = invalid.length ? `Not a supported character: ${invalid.join(' ')} (allowed: ${this.#supported}).` : this.error;
    const words = this.consultFor ? CONSULT_WORDS : DIAL_WORDS;
    return html`
      <label for=${`${this.#id}-input`}>${this.label ?? words.label}</label>
      <input part="input" id=${`${this.#id}-input`} type="tel" inputmode="tel" autocomplete="off" .value=${this.value}
        aria-invalid=${invalid.length ? 'true' : 'false'} aria-describedby=${`${this.#id}-problem`} ?disabled=${Boolean(reason)}
        @input=${(event: Event) => { this.value = (event.target as HTMLInputElement).value; this.error = ''; }}
        @keydown=${(event: KeyboardEvent) => this.#onKey(event)}>
      <div part="keypad" role="group" aria-label="Keypad" @keydown=${(event: KeyboardEvent) => this.#onKey(event)}>
        ${KEYS.map((key) => html`<button part="key" type="button" ?disabled=${Boolean(reason)} @click=${() => this.#press(key)}>${key}</button>`)}
      </div>
      <button part="dial" type="button" ?disabled=${blocked || !this.value.trim() || invalid.length > 0} aria-busy=${this.pending ? 'true' : 'false'}
        @click=${() => this.dial()}>${this.pending ? words.busy : words.action}</button>
      <span part="error" id=${`${this.#id}-problem`} role="alert">${problem || nothing}</span>
      ${reason ? html`<span part="reason">${reason}</span>` : nothing}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-dial': CustomEvent<DialDetail>;
  }
}
