/**
 * `@wwe-kit/testing/mount` (browser: @web/test-runner, Vitest's browser mode): `mountInWorkspace` mounts
 * a component's markup in a real cross-origin frame under a real `ServiceHost` and `WorkspaceSimulator`,
 * and answers the workspace around it.
 */
export { mountInWorkspace } from './mount.js';
export type { MountInteraction, MountOptions } from './options.js';
export type { MountedInteraction, MountedWorkspace, MountFrame, Traffic } from './workspace.js';
export { serialiseTemplate, type MountContext, type MountTemplate, type TemplateLike } from './template.js';
export { mountFrameOrigin } from './frame-page.js';
export type { WaitCondition } from './wire.js';
