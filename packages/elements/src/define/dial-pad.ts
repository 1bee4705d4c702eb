import { WweDialPadElement } from '../dial-pad/dial-pad.js';

if (!customElements.get('wwe-dial-pad')) customElements.define('wwe-dial-pad', WweDialPadElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-dial-pad': WweDialPadElement;
  }
}
