import { css } from 'lit';
import { formStyles, messageStyles } from '../shared/styles.js';

export const callRecordingStyles = [
  messageStyles,
  formStyles,
  css`
  :host {
    display: inline-block;
    --wwe-call-recording-recording: light-dark(#cf222e, #ff7b72);
    --wwe-call-recording-paused: light-dark(#9a6700, #d29922);
    --wwe-call-recording-stopped: light-dark(#59636e, #9198a1);
  }
  [part='state'] { display: flex; align-items: center; gap: 0.5em; margin-block-end: 0.4em; font-weight: 600; }
  [part='indicator'] { inline-size: 0.7em; block-size: 0.7em; border-radius: 50%; background: var(--wwe-call-recording-stopped); }
  :host([recording-state='RECORDING']) [part='indicator'] { background: var(--wwe-call-recording-recording); }
  :host([recording-state='PAUSED']) [part='indicator'] { background: var(--wwe-call-recording-paused); }
  [part='actions'] { display: flex; flex-wrap: wrap; gap: 0.4em; }
  button[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
  button:focus-visible { outline: 2px solid var(--wwe-accent, light-dark(#0969da, #1f6feb)); outline-offset: 2px; }
  [part='empty'] { margin: 0; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
`,
];
