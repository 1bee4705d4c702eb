/**
 * The CSS selector of a view's iframe in the shell: the shell's runner hands it to whoever performs a
 * view step, and `npm run scenario` refuses any other (a page must not steer it to a frame of its choosing).
 */

/** `iframe[data-section="CustomerTab"][data-interaction="3"]`, or `…:not([data-interaction])` for a workspace-level view. */
export const viewFrameSelector = (section: string, interactionId: string | undefined): string =>
  `iframe[data-section="${section}"]${interactionId === undefined ? ':not([data-interaction])' : `[data-interaction="${interactionId}"]`}`;

/** Whether a section or an interaction id can stand in the selector's quotes as it is. */
export const quotable = (value: string): boolean => value.length > 0 && !/["\\\n]/.test(value);
