import type { KeyValues } from '@wwe-kit/protocol';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ActionController } from '../shared/action-controller.js';
import { jsonObjectAttribute } from '../shared/converters.js';
import { WweElement } from '../shared/wwe-element.js';
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
const COLUMNS = 3;
const ROWS = Array.from({ length: Math.ceil(KEYS.length / COLUMNS) }, (_, row) =>
  KEYS.slice(row * COLUMNS, (row + 1) * COLUMNS),
);

/** Where each key of the APG grid pattern moves from key `at` (Ctrl with Home and End: the first and last key). */
const MOVES: Record<string, (at: number, ctrl: boolean) => number> = {
  ArrowRight: (at) => (at % COLUMNS < COLUMNS - 1 && at + 1 < KEYS.length ? at + 1 : at),
  ArrowLeft: (at) => (at % COLUMNS > 0 ? at - 1 : at),
  ArrowDown: (at) => (at + COLUMNS < KEYS.length ? at + COLUMNS : at),
  ArrowUp: (at) => (at >= COLUMNS ? at - COLUMNS : at),
  Home: (at, ctrl) => (ctrl ? 0 : at - (at % COLUMNS)),
  End: (at, ctrl) => (ctrl ? KEYS.length - 1 : Math.min(at - (at % COLUMNS) + COLUMNS - 1, KEYS.length - 1)),
};

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
 * dials. The keypad is one tab stop, a grid as the ARIA Authoring Practices describe it: the arrow keys
 * move between the keys, Home and End to the first and last key of the row (with Ctrl, of the keypad),
 * Enter or Space presses the key; digits, `*`, `#` and `+` typed there type, and Backspace erases.
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
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-dial-pad:state(pending)`).
 */
export class WweDialPadElement extends WweElement {
  static override styles = dialPadStyles;

  @property() value = '';
  @property() label: string | undefined;
  @property({ attribute: 'user-data', converter: jsonObjectAttribute }) userData: KeyValues | undefined;
  @property({ converter: jsonObjectAttribute }) extensions: KeyValues | undefined;
  @property({ attribute: 'consult-for' }) consultFor: string | undefined;
  /** The key that is the keypad's tab stop (the roving tabindex). */
  @state() private activeKey = 0;

  readonly #actions = new ActionController(this, ['allowedServices']);
  readonly #id = `wwe-dial-pad-${nextId++}`;

  get #supported(): string | undefined {
    return this.#actions.store?.option(SUPPORTED_CHARACTERS_OPTION) || undefined;
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

  /** Dials the destination, or consults it from `consultFor`; resolves once Workspace answered. */
  async dial(): Promise<void> {
    const destination = this.value.trim();
    if (!destination || this.#actions.pending || this.#invalid.length || this.#actions.refusal(this.#request)) return;
    const { consultFor, extensions, userData } = this;
    await this.#actions.run('dial', async (client) => {
      if (consultFor) await client.interaction.consult(consultFor, destination, userData ?? {}, extensions ?? {});
      else if (extensions) await client.voice.dialEx(destination, userData ?? {}, extensions);
      else await client.voice.dial(destination, userData);
      this.emit('wwe-dial', consultFor ? { destination, consultFor } : { destination });
    });
  }

  #type(value: string): void {
    this.value = value;
    this.#actions.error = '';
  }

  /** The keypad's keys: the arrow keys, Home and End move (APG grid); digits, *, #, + type; Backspace erases. */
  #onKeypadKey(event: KeyboardEvent): void {
    const at = KEYS.indexOf((event.target as HTMLElement).textContent ?? '');
    const move = MOVES[event.key];
    if (move && at >= 0) this.#focusKey(move(at, event.ctrlKey));
    else if (KEYS.includes(event.key)) this.#type(this.value + event.key);
    else if (event.key === 'Backspace') this.#type(this.value.slice(0, -1));
    else return;
    event.preventDefault();
  }

  #focusKey(index: number): void {
    this.activeKey = index;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~=key]')[index]?.focus();
  }

  protected override render() {
    if (this.#actions.missingProvider) return this.#actions.status();
    const invalid = this.#invalid;
    const refusal = this.#actions.refusal(this.#request);
    const pending = Boolean(this.#actions.pending);
    const blocked = pending || Boolean(refusal) || !this.#actions.store?.get('allowedServices');
    const words = this.consultFor ? CONSULT_WORDS : DIAL_WORDS;
    return html`
      <label for=${`${this.#id}-input`}>${this.label ?? words.label}</label>
      <input part="input" id=${`${this.#id}-input`} type="tel" inputmode="tel" autocomplete="off" .value=${this.value}
        aria-invalid=${invalid.length ? 'true' : 'false'} aria-describedby=${`${this.#id}-problem`} ?disabled=${Boolean(refusal)}
        @input=${(event: Event) => this.#type((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void this.dial();
          }
        }}>
      <div part="keypad" role="grid" aria-label="Keypad" @keydown=${(event: KeyboardEvent) => this.#onKeypadKey(event)}
        @focusin=${(event: FocusEvent) => {
          this.activeKey = Math.max(0, KEYS.indexOf((event.target as HTMLElement).textContent ?? ''));
        }}>
        ${ROWS.map(
          (row, rowIndex) =>
            html`<div role="row">${row.map(
              (key, column) => html`<span role="gridcell"><button part="key" type="button"
          tabindex=${rowIndex * COLUMNS + column === this.activeKey ? '0' : '-1'} ?disabled=${Boolean(refusal)}
          @click=${() => this.#type(this.value + key)}>${key}</button></span>`,
            )}</div>`,
        )}
      </div>
      <button part="dial" type="button" ?disabled=${blocked || !this.value.trim() || invalid.length > 0} aria-busy=${pending ? 'true' : 'false'}
        @click=${() => this.dial()}>${pending ? words.busy : words.action}</button>
      <div id=${`${this.#id}-problem`}>${this.#actions.status(refusal)}<span part="error" role="alert">${
        invalid.length ? `Not a supported character: ${invalid.join(' ')} (allowed: ${this.#supported}).` : nothing
      }</span></div>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-dial': CustomEvent<DialDetail>;
  }
}
