/**
 * Workspace's origin, pinned at build time with `WWE_ORIGIN=https://wwe.example.com npm run build`
 * (vite.config.ts defines `import.meta.env.WWE_ORIGIN`). Empty when not pinned, in `npm start`
 * and in tests: the bridge then infers it from the embedding page or the opener.
 */
export const pinnedWorkspaceOrigin: string =
  typeof import.meta.env === 'object' ? (import.meta.env.WWE_ORIGIN ?? '') : '';
