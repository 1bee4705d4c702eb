/**
 * The shell's server: a plain `node:http` server on 127.0.0.1 (no Vite at test time) that serves the
 * prebuilt shell's files and answers its options endpoint with the option data it is given, which a
 * test may change between shells (the Playwright fixture keeps one server per worker).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { optionsEndpoint } from '../shell/options-endpoint.js';
import { checkOptionData, loadOptionData, type TestOptionData } from './option-data.js';
import { checkShellBuilt, contentTypeOf, resolveShellFile, shellDir } from './shell-files.js';

/** The option data the server answers, and the values of its placeholders. */
export interface ServedOptions {
  /** A YAML file's path (read again at each request) or the option data as an object. */
  readonly options: TestOptionData;
  /** Values for `${NAME}` placeholders; `${SHELL_ORIGIN}` is always the shell's origin. */
  readonly variables?: Readonly<Record<string, string>> | undefined;
}

/** A running shell server. */
export interface ShellServer {
  /** `http://localhost:<port>`: another origin than any page on 127.0.0.1. */
  readonly origin: string;
  /** Answers the options endpoint with this option data from now on; throws when its file cannot be read. */
  serve(served: ServedOptions): void;
  /** Stops the server and drops its open connections. */
  close(): Promise<void>;
}

const headers = (type: string) => ({
  'content-type': type,
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
});

function answer(request: IncomingMessage, response: ServerResponse, served: ServedOptions | undefined, origin: string) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // Another site's page could reach this port through a DNS name rebound to 127.0.0.1 and read the option data.
  const port = new URL(origin).port;
  if (request.headers.host !== `localhost:${port}` && request.headers.host !== `127.0.0.1:${port}`) {
    response.writeHead(421, headers('text/plain; charset=utf-8'));
    response.end(`The test workspace answers http://localhost:${port} and http://127.0.0.1:${port} only.`);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers('text/plain; charset=utf-8'), allow: 'GET, HEAD' });
    response.end('The test workspace serves files only: GET or HEAD.');
    return;
  }
  if (path === optionsEndpoint) {
    const loaded = served
      ? loadOptionData(served.options, { ...served.variables, SHELL_ORIGIN: origin })
      : { path: '', error: 'No option data was given to the test workspace.' };
    response.writeHead(loaded.error === undefined ? 200 : 500, headers('application/json; charset=utf-8'));
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(loaded));
    return;
  }
  const file = resolveShellFile(path);
  if (!file) {
    response.writeHead(404, headers('text/plain; charset=utf-8'));
    response.end(`Not found: ${path}. The test workspace serves the shell's files and its option data only.`);
    return;
  }
  // Read before the status line: a file a rebuild removed must still get an answer, not a second status line.
  const body = readFileSync(file);
  response.writeHead(200, headers(contentTypeOf(file)));
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Starts the shell's server on `port` (0: a free one). @throws when the shell is not built. */
export async function serveShell(port = 0): Promise<ShellServer> {
  checkShellBuilt(shellDir);
  let served: ServedOptions | undefined;
  let origin = '';
  const server = createServer((request, response) => {
    try {
      answer(request, response, served, origin);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, headers('text/plain; charset=utf-8'));
      response.end(`The test workspace failed: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(next) {
      checkOptionData(next.options);
      served = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
