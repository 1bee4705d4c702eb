import { css } from 'lit';
import { messageStyles } from '../shared/styles.js';

export const toastTriggerStyles = [
  messageStyles,
  css`
  :host { display: inline-block; --wwe-toast-trigger-accent: light-dark(#0969da, #1f6feb); }
  [part='button'] { font: inherit; padding: 0.4em 0.9em; border: none; border-radius: 6px; color: #fff; background: var(--wwe-toast-trigger-accent); cursor: pointer; }
  [part='button']:disabled { opacity: 0.6; cursor: not-allowed; }
  /* Not by opacity: the white label must keep its contrast. */
  [part='button'][aria-busy='true'] { cursor: progress; }
  [part='button'][aria-busy='true']::after { content: '…'; }
`,
];
