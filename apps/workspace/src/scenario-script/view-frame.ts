/**
 * The CSS selector of a view's iframe in the shell: the shell's runner hands it to whoever performs a
 * view step, and the headless drivers refuse any other (a page must not steer them to a frame of its
 * choosing). One copy, beside the run's other shapes in @wwe-kit/testing.
 */
export { quotable, viewFrameSelector } from '../../../../packages/testing/src/shell/scenario-run.js';
