/** Where the shell fetches its option data from the `npm start` server (scripts/serve.ts serves it). */
export const optionsEndpoint = '/__wwe-kit/options';

/** What that endpoint answers: the file's path, and its text or why it could not be read. */
export interface LoadedOptions {
  readonly path: string;
  readonly text?: string;
  readonly error?: string;
}
