import { css } from 'lit';
import { messageStyles } from '../shared/styles.js';

export const agentStateStyles = [
  messageStyles,
  css`
  :host {
    display: inline-block;
    position: relative;
    --wwe-agent-state-background: light-dark(#ffffff, #161b22);
    --wwe-agent-state-border: light-dark(#d1d9e0, #3d444d);
    --wwe-agent-state-active: light-dark(#ddf4ff, #1f3a5f);
    --wwe-agent-state-ready: light-dark(#1a7f37, #3fb950);
    --wwe-agent-state-not-ready: light-dark(#9a6700, #d29922);
    --wwe-agent-state-logout: light-dark(#59636e, #9198a1);
    --wwe-agent-state-radius: 6px;
  }
  [part='trigger'] {
    display: inline-flex; align-items: center; gap: 0.5em; font: inherit; color: inherit; cursor: pointer;
    padding: 0.35em 0.75em; border: 1px solid var(--wwe-agent-state-border); border-radius: var(--wwe-agent-state-radius);
    background: var(--wwe-agent-state-background);
  }
  [part='trigger'][aria-disabled='true'] { cursor: not-allowed; opacity: 0.7; }
  [part='trigger']:focus-visible { outline: 2px solid var(--wwe-agent-state-ready); outline-offset: 2px; }
  [part='indicator'] { inline-size: 0.6em; block-size: 0.6em; border-radius: 50%; background: var(--wwe-agent-state-not-ready); }
  :host([type='READY']) [part='indicator'] { background: var(--wwe-agent-state-ready); }
  :host([type='LOGOUT']) [part='indicator'] { background: var(--wwe-agent-state-logout); }
  [part='type'] { font-size: 0.75em; color: var(--wwe-color-muted, light-dark(#59636e, #9198a1)); }
  [part='menu'] {
    position: absolute; z-index: 1; inset-block-start: calc(100% + 2px); inset-inline-start: 0; margin: 0; padding: 0.25em 0;
    min-inline-size: 100%; list-style: none; background: var(--wwe-agent-state-background);
    border: 1px solid var(--wwe-agent-state-border); border-radius: var(--wwe-agent-state-radius);
  }
  [part~='option'] { padding: 0.3em 0.75em; cursor: pointer; white-space: nowrap; }
  [part~='active'] { background: var(--wwe-agent-state-active); }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`,
];
