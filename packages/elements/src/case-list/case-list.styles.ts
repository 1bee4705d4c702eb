import { css } from 'lit';
import { messageStyles } from '../shared/styles.js';

export const caseListStyles = [
  messageStyles,
  css`
  :host {
    display: block;
    --wwe-case-list-border: light-dark(#d1d9e0, #3d444d);
    --wwe-case-list-selected: light-dark(#ddf4ff, #121d2f);
    --wwe-case-list-accent: light-dark(#0969da, #4493f8);
    --wwe-case-list-radius: 6px;
  }
  [part='list'] { display: flex; flex-direction: column; gap: 0.3em; }
  [part='list'][aria-disabled='true'] [part~='case'] { cursor: not-allowed; }
  [part~='case'] {
    display: grid; grid-template-columns: 1.2em 1fr; column-gap: 0.3em; padding: 0.4em 0.6em; cursor: pointer;
    border: 1px solid var(--wwe-case-list-border); border-radius: var(--wwe-case-list-radius);
  }
  [part~='case'][part~='selected'] { background: var(--wwe-case-list-selected); border-color: var(--wwe-case-list-accent); }
  [part~='case']:focus-visible { outline: 2px solid var(--wwe-case-list-accent); outline-offset: 2px; }
  [part='marker'] { grid-row: span 9; color: var(--wwe-case-list-accent); font-weight: 700; }
  [part~='interaction'] { grid-column: 2; }
  [part~='interaction']:not([part~='main']), [part='more'] { grid-column: 2; font-size: 0.875em; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
  [part='empty'] { margin: 0; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
`,
];
