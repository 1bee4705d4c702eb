import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

/** apps/: the web-content views (tab, popup, background) and the workspace shell. */
export const appsRoot = fileURLToPath(new URL('./apps/', import.meta.url));
/** The three deployable views, each a page of its own. */
export const viewPages = ['tab', 'popup', 'background'] as const;

// The web-content apps: served on http://127.0.0.1:5174 by `npm start`, and built by
// `npm run build` into dist/apps as static files any web server can host.
// WWE_ORIGIN pins Workspace's origin into the bundles (empty: the bridge infers it).
export default defineConfig({
  root: appsRoot,
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  define: { 'import.meta.env.WWE_ORIGIN': JSON.stringify(process.env['WWE_ORIGIN'] ?? '') },
  server: { host: '127.0.0.1', port: Number(process.env['APPS_PORT'] ?? 5174), strictPort: true },
  build: {
    outDir: fileURLToPath(new URL('./dist/apps', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: viewPages.map((name) => `${appsRoot}${name}/index.html`) },
  },
});
