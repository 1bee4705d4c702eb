import { WweBridgeElement } from '../bridge/bridge.js';

if (!customElements.get('wwe-bridge')) customElements.define('wwe-bridge', WweBridgeElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-bridge': WweBridgeElement;
  }
}
