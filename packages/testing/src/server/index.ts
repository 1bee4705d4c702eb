/**
 * `startTestWorkspace`: the prebuilt Workspace shell on its own origin, for a test. It serves the
 * shell's static files and the option data, nothing of the user's (their page runs on their own
 * server, a real other origin).
 */
import type { TestOptionData } from './option-data.js';
import { serveShell } from './shell-server.js';

export type { TestOptionData } from './option-data.js';
export { serveShell, type ServedOptions, type ShellServer } from './shell-server.js';

/** What `startTestWorkspace` takes. */
export interface TestWorkspaceOptions {
  /** The option data: a YAML file's path (relative to the working directory, read at each load) or an object. */
  readonly options: TestOptionData;
  /**
   * Values for `${NAME}` placeholders in the option data, e.g. `{ CRM_ORIGIN: 'http://127.0.0.1:4173' }`.
   * `${SHELL_ORIGIN}` is always the shell's own origin.
   */
  readonly variables?: Readonly<Record<string, string>>;
  /** The port to listen on (on 127.0.0.1); 0, the default, picks a free one. */
  readonly port?: number;
}

/** A running test workspace. */
export interface TestWorkspace {
  /**
   * The shell's origin, `http://localhost:<port>`: what your page must accept as Workspace. It is
   * another origin than any page served from 127.0.0.1, as a real Workspace is to a real page.
   */
  readonly origin: string;
  /** Stops the server (open connections are closed). */
  close(): Promise<void>;
}

/**
 * Starts the shell on `http://localhost:<port>` with the given option data. Open `origin` in a
 * browser (the Playwright fixture does) to get the desk: the real ServiceHost over the simulator,
 * with the views the option data names.
 * @throws when the option file cannot be read or the shell is not built, saying which.
 */
export async function startTestWorkspace(options: TestWorkspaceOptions): Promise<TestWorkspace> {
  const server = await serveShell(options.port ?? 0);
  try {
    server.serve({ options: options.options, variables: options.variables });
  } catch (error) {
    await server.close();
    throw error;
  }
  return { origin: server.origin, close: () => server.close() };
}
