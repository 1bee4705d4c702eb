import { css } from 'lit';
import { messageStyles } from '../shared/styles.js';

export const dialPadStyles = [
  messageStyles,
  css`
  :host {
    display: inline-block;
    --wwe-dial-pad-key-size: 3em;
    --wwe-dial-pad-key-background: light-dark(#f6f8fa, #21262d);
    --wwe-dial-pad-border: light-dark(#d1d9e0, #3d444d);
    --wwe-dial-pad-accent: light-dark(#1a7f37, #238636);
    --wwe-dial-pad-radius: 6px;
  }
  label { display: block; font-size: 0.875em; margin-block-end: 0.25em; }
  [part='input'] {
    box-sizing: border-box; inline-size: 100%; font: inherit; font-size: 1.25em; padding: 0.3em 0.5em; color: inherit;
    background: transparent; border: 1px solid var(--wwe-dial-pad-border); border-radius: var(--wwe-dial-pad-radius);
  }
  [part='input'][aria-invalid='true'] { border-color: var(--wwe-color-danger, light-dark(#b42318, #ff8182)); }
  [part='keypad'] { display: grid; gap: 0.4em; margin-block: 0.5em; }
  [role='row'] { display: flex; gap: 0.4em; }
  [role='gridcell'] { display: block; inline-size: var(--wwe-dial-pad-key-size); }
  [part~='key'] {
    inline-size: 100%; block-size: var(--wwe-dial-pad-key-size); font: inherit; font-size: 1.1em; color: inherit; cursor: pointer;
    background: var(--wwe-dial-pad-key-background); border: 1px solid var(--wwe-dial-pad-border); border-radius: var(--wwe-dial-pad-radius);
  }
  [part~='key']:focus-visible { outline: 2px solid var(--wwe-dial-pad-accent); outline-offset: 2px; }
  [part='dial'] {
    inline-size: 100%; font: inherit; padding: 0.5em; cursor: pointer; color: #fff; border: none;
    background: var(--wwe-dial-pad-accent); border-radius: var(--wwe-dial-pad-radius);
  }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
`,
];
