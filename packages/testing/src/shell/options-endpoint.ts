/** Where the shell fetches its option data: `npm start` (scripts/serve.ts) and `startTestWorkspace` serve it. */
export const optionsEndpoint = '/__wwe-kit/options';

/** What that endpoint answers: the file's path, and its text or why it could not be read. */
export interface LoadedOptions {
  readonly path: string;
  /** The text with its placeholders (`${APPS_ORIGIN}`…) replaced: what the host reads. */
  readonly text?: string;
  /** The file's own text, placeholders intact: what the Options editor shows. */
  readonly source?: string;
  /** What each placeholder stands for, e.g. `{ APPS_ORIGIN: 'http://127.0.0.1:5174' }`. */
  readonly variables?: Readonly<Record<string, string>>;
  readonly error?: string;
}

/**
 * The text with every `${NAME}` of `variables` replaced by its value; unknown names stay as written. The server
 * expands the file with it, and the Options editor the text it applies.
 */
export function expandPlaceholders(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (whole, name: string) => variables[name] ?? whole);
}
