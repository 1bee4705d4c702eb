import { css } from 'lit';

/**
 * What every element's host shares: the page's font and text colour, and the error and reason lines
 * shown the same way. No `color-scheme` here, on purpose: it inherits, so `light-dark()` follows the
 * page's own declaration. A page that declares nothing stays light in a dark OS (its background is
 * white, so light text would be unreadable); a page that declares `light dark` gets dark elements.
 * @internal
 */
export const messageStyles = css`
  :host { font: var(--wwe-font, inherit); color: var(--wwe-color-text, light-dark(#1f2328, #e6edf3)); }
  /* A :host display rule beats the browser's [hidden] rule; the attribute must still hide the element. */
  :host([hidden]) { display: none; }
  [part='error'], [part='reason'] { display: block; font-size: 0.875em; margin-block-start: 0.25em; }
  [part='error'] { color: var(--wwe-color-danger, light-dark(#b42318, #ff8182)); }
  [part='reason'] { color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
`;

/** Buttons, inputs and sections of the form-like elements. @internal */
export const formStyles = css`
  button { font: inherit; padding: 0.3em 0.8em; border-radius: 6px; border: 1px solid var(--wwe-border, light-dark(#d1d9e0, #3d444d)); background: transparent; color: inherit; cursor: pointer; }
  button.primary { background: var(--wwe-accent, light-dark(#0969da, #1f6feb)); border-color: transparent; color: #fff; }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  input, select { box-sizing: border-box; font: inherit; color: inherit; background: transparent; border: 1px solid var(--wwe-border, light-dark(#d1d9e0, #3d444d)); border-radius: 4px; padding: 0.2em 0.4em; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
`;
