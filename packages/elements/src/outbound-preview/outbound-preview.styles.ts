import { css } from 'lit';
import { formStyles, messageStyles } from '../shared/styles.js';

export const outboundPreviewStyles = [
  messageStyles,
  formStyles,
  css`
  :host {
    display: block;
    --wwe-border: var(--wwe-outbound-preview-border, light-dark(#d1d9e0, #3d444d));
    --wwe-accent: var(--wwe-outbound-preview-accent, light-dark(#0969da, #1f6feb));
  }
  section { border: 1px solid var(--wwe-border); border-radius: 6px; padding: var(--wwe-outbound-preview-gap, 0.75em); margin-block-end: var(--wwe-outbound-preview-gap, 0.75em); }
  h2, h3 { font-size: 1em; margin: 0 0 0.5em; }
  [part='actions'] { display: flex; flex-wrap: wrap; gap: 0.5em; }
  [part='time-zone'] { font-size: 0.875em; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
`,
];
