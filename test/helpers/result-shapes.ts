/** The catalogue's result tags as runtime checks: they live in @wwe-kit/testing's contract suite. */
export { resultShapes } from '../../packages/testing/src/contract/result-shapes.js';
