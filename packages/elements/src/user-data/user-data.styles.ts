import { css } from 'lit';
import { formStyles, messageStyles } from '../shared/styles.js';

export const userDataStyles = [
  messageStyles,
  formStyles,
  css`
  :host {
    display: block;
    --wwe-user-data-border: light-dark(#d1d9e0, #3d444d);
    --wwe-user-data-key-font: ui-monospace, monospace;
    --wwe-user-data-edited: light-dark(#9a6700, #d29922);
  }
  [part='table'] { inline-size: 100%; border-collapse: collapse; }
  caption { text-align: start; font-size: 0.875em; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); padding-block-end: 0.25em; }
  th, td { text-align: start; padding: 0.3em 0.5em; border-block-end: 1px solid var(--wwe-user-data-border); vertical-align: middle; overflow-wrap: anywhere; }
  thead th { font-size: 0.8em; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
  [part='key'] { font-family: var(--wwe-user-data-key-font); font-size: 0.875em; font-weight: 500; }
  [part~='input'] { inline-size: 100%; min-inline-size: 8em; }
  [part~='edited'] { border-color: var(--wwe-user-data-edited); }
  .edit { display: flex; gap: 0.4em; }
  .edit button { overflow-wrap: normal; }
  .unset { color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
  [part='save'] { margin-block-start: 0.5em; }
  button[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
  button:focus-visible, input:focus-visible { outline: 2px solid var(--wwe-accent, light-dark(#0969da, #1f6feb)); outline-offset: 1px; }
  [part='empty'] { margin: 0; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
  [part='saved'] { display: block; font-size: 0.875em; margin-block-start: 0.25em; }
`,
];
