/**
 * The two servers `npm start` runs: the workspace shell on http://localhost:<port>
 * and the web-content apps on http://127.0.0.1:<appsPort>, two real origins. The
 * shell fetches its option data from `optionsEndpoint`, read from the file at
 * every request so edits show on reload.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defaultClientConditions, type Plugin, type ViteDevServer } from 'vite';
import { expandPlaceholders, optionsEndpoint, type LoadedOptions } from '../apps/workspace/src/options-endpoint.js';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const shellRoot = fileURLToPath(new URL('../apps/workspace/', import.meta.url));

/** The option file the shell loads unless told otherwise. */
export const defaultOptionsPath = `${shellRoot}options.yaml`;

export interface WorkspaceServerOptions {
  /** The shell's port; 0 picks a free one. Default 5173. */
  readonly port?: number;
  /** The apps' port; 0 picks a free one. Default 5174. */
  readonly appsPort?: number;
  /** The option file (YAML). Default apps/workspace/options.yaml. */
  readonly optionsPath?: string;
  readonly logLevel?: 'info' | 'silent';
  /** Open the shell in the default browser once it listens (needs a fixed port). */
  readonly open?: boolean;
  /**
   * The Workspace origin the apps pin, as `WWE_ORIGIN` does for a build. Default: `WWE_ORIGIN`, or none (the bridge
   * infers it). The diagnosis tests pin a wrong one, as a page built for another Workspace does.
   */
  readonly pinnedWorkspaceOrigin?: string;
}

export interface WorkspaceServers {
  /** http://localhost:<port> */
  readonly shellOrigin: string;
  /** http://127.0.0.1:<appsPort> */
  readonly appsOrigin: string;
  readonly optionsPath: string;
  readonly shell: ViteDevServer;
  readonly apps: ViteDevServer;
  close(): Promise<void>;
}

function optionsPlugin(path: string, origins: () => { appsOrigin: string; shellOrigin: string }): Plugin {
  return {
    name: 'wwe-kit-options',
    configureServer(server) {
      server.middlewares.use(optionsEndpoint, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.setHeader('cache-control', 'no-store');
        try {
          const source = readFileSync(path, 'utf8');
          const { appsOrigin, shellOrigin } = origins();
          response.end(
            JSON.stringify({
              path,
              text: expandPlaceholders(source, { APPS_ORIGIN: appsOrigin, SHELL_ORIGIN: shellOrigin }),
              source,
              variables: { APPS_ORIGIN: appsOrigin, SHELL_ORIGIN: shellOrigin },
            } satisfies LoadedOptions),
          );
        } catch (error) {
          response.statusCode = 500;
          response.end(
            JSON.stringify({
              path,
              error: `Cannot read the option file ${path}: ${(error as Error).message}. Check the path given to --options or WWE_OPTIONS.`,
            } satisfies LoadedOptions),
          );
        }
      });
    },
  };
}

const portOf = (server: ViteDevServer) => {
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object') throw new Error('The dev server is not listening.');
  return address.port;
};

/** Starts the apps server, then the shell (which needs the apps' origin for its option data). */
export async function startWorkspace(options: WorkspaceServerOptions = {}): Promise<WorkspaceServers> {
  const optionsPath = resolve(options.optionsPath ?? defaultOptionsPath);
  try {
    readFileSync(optionsPath, 'utf8'); // fail now, with the path, rather than in the browser
  } catch (error) {
    throw new Error(
      `cannot read the option file ${optionsPath} (${(error as Error).message}). Give --options or WWE_OPTIONS a YAML file that exists, or leave both out for the default.`,
      { cause: error },
    );
  }
  const logLevel = options.logLevel ?? 'info';
  const apps = await createServer({
    configFile,
    logLevel,
    server: { port: options.appsPort ?? 5174, strictPort: options.appsPort !== 0 },
    ...(options.pinnedWorkspaceOrigin === undefined
      ? {}
      : { define: { 'import.meta.env.WWE_ORIGIN': JSON.stringify(options.pinnedWorkspaceOrigin) } }),
  });
  await apps.listen();
  const appsOrigin = `http://127.0.0.1:${portOf(apps)}`;
  let shellOrigin = '';
  const shell = await createServer({
    configFile: false,
    root: shellRoot,
    logLevel,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: [optionsPlugin(optionsPath, () => ({ appsOrigin, shellOrigin }))],
    // Vite would open 127.0.0.1; the shell's origin is localhost, apart from the apps'.
    server: {
      host: '127.0.0.1',
      port: options.port ?? 5173,
      strictPort: options.port !== 0,
      open: options.open && options.port !== 0 ? `http://localhost:${options.port ?? 5173}/` : false,
    },
  });
  await shell.listen();
  shellOrigin = `http://localhost:${portOf(shell)}`;
  return {
    shellOrigin,
    appsOrigin,
    optionsPath,
    shell,
    apps,
    async close() {
      await Promise.all([shell.close(), apps.close()]);
    },
  };
}
