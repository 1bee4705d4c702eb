import { WweUserDataElement } from '../user-data/user-data.js';

if (!customElements.get('wwe-user-data')) customElements.define('wwe-user-data', WweUserDataElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-user-data': WweUserDataElement;
  }
}
