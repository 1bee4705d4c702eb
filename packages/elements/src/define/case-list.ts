import { WweCaseListElement } from '../case-list/case-list.js';

if (!customElements.get('wwe-case-list')) customElements.define('wwe-case-list', WweCaseListElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-case-list': WweCaseListElement;
  }
}
