// Your page's own server: here a few lines of node:http; in your project, your dev server or any static host.
// It serves the page and the bridge from node_modules.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const files = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/crm.js': 'crm.js',
  '/vendor/wwe-kit-bridge.js': 'node_modules/@wwe-kit/bridge/dist/wwe-kit-bridge.js',
};
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const port = Number(process.env.PORT ?? 4173);

createServer(async (request, response) => {
  const file = files[new URL(request.url ?? '/', 'http://x').pathname];
  if (!file) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    const body = await readFile(normalize(join(root, file)));
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch (error) {
    response.writeHead(500).end(`Cannot read ${file}: ${error.message}`);
  }
}).listen(port, '127.0.0.1', () => {
  // eslint-disable-next-line no-console -- a server says where it listens
  console.log(`My CRM on http://127.0.0.1:${port}/`);
});
