import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const demo = fileURLToPath(new URL('./apps/bridge-demo/', import.meta.url));

// `npm start` serves apps/bridge-demo: the page on http://localhost:<port>, its web-content
// frame on http://127.0.0.1:<port>, so the two talk across real origins.
export default defineConfig({
  root: demo,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: Number(process.env['PORT'] ?? 5173), strictPort: true },
  build: {
    outDir: fileURLToPath(new URL('./dist/bridge-demo', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: [`${demo}index.html`, `${demo}page.html`] },
  },
});
