import { WweCallRecordingElement } from '../call-recording/call-recording.js';

if (!customElements.get('wwe-call-recording')) customElements.define('wwe-call-recording', WweCallRecordingElement);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-call-recording': WweCallRecordingElement;
  }
}
