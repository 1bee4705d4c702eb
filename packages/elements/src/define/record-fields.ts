import { WweRecordFieldsElement } from '../record-fields/record-fields.js';

if (!customElements.get('wwe-record-fields')) customElements.define('wwe-record-fields', WweRecordFieldsElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-record-fields': WweRecordFieldsElement;
  }
}
