import { WweOutboundPreviewElement } from '../outbound-preview/outbound-preview.js';

if (!customElements.get('wwe-outbound-preview'))
  customElements.define('wwe-outbound-preview', WweOutboundPreviewElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-outbound-preview': WweOutboundPreviewElement;
  }
}
