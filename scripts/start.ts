/** `npm start`: serves the bridge demo and prints its URLs; opens a browser unless CI is set or --no-open is given. */
import { createServer } from 'vite';

const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
await server.listen();
const port = server.config.server.port;
const open = !process.env['CI'] && !process.argv.includes('--no-open');
console.log(`
  wwe-kit bridge demo
  Workspace stand-in:  http://localhost:${port}/
  Web-content page:    http://127.0.0.1:${port}/page.html (framed by the stand-in)
`);
if (open) server.openBrowser();
