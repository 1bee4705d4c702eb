/** The control messages between a test page and its fixture pages: they live in @wwe-kit/testing's contract suite. */
export * from '../../packages/testing/src/contract/controls.js';
