import { css } from 'lit';

export const bridgeStyles = css`
  :host {
    display: block;
    --wwe-font: inherit;
    --wwe-color-text: light-dark(#1f2328, #e6edf3);
    --wwe-color-muted: light-dark(#59636e, #9198a1);
    --wwe-color-danger: light-dark(#b42318, #ff8182);
    font: var(--wwe-font);
    color: var(--wwe-color-text);
  }
  [part='status'] { color: var(--wwe-color-muted); font-size: 0.875em; }
  :host([hidden]) { display: none; }
  :host([state='error']) [part='status'] { color: var(--wwe-color-danger); }
  :host([state='ready']) [part='status'] { display: none; }
`;
