/** The reference's samples as fixtures: they live in @wwe-kit/testing's contract suite. */
export { sample, samplesOf, type Sample } from '../../packages/testing/src/contract/samples.js';
