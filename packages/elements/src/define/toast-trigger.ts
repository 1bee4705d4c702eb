import { WweToastTriggerElement } from '../toast-trigger/toast-trigger.js';

if (!customElements.get('wwe-toast-trigger')) customElements.define('wwe-toast-trigger', WweToastTriggerElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-toast-trigger': WweToastTriggerElement;
  }
}
