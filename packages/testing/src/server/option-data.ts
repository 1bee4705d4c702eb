/**
 * The option data a test workspace answers at the shell's options endpoint: a YAML file read at
 * each request (so a test may rewrite it), or an object written out as YAML, with `${NAME}`
 * placeholders replaced by the variables given and `${SHELL_ORIGIN}`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { expandPlaceholders, type LoadedOptions } from '../shell/options-endpoint.js';

/**
 * Workspace option data for a test: the path of a YAML option file (relative to the working
 * directory), or the option data itself, section by section (`{ 'interaction-workspace': {…}, MyCrm: {…} }`).
 */
export type TestOptionData = string | Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The option file's path as the shell shows it, for an object: where it came from. */
const OBJECT_SOURCE = '(option data given to the test)';

/** Reads the option data now, expanded with `variables`; an unreadable file becomes the shell's error text. */
export function loadOptionData(options: TestOptionData, variables: Readonly<Record<string, string>>): LoadedOptions {
  if (typeof options !== 'string') {
    const source = stringify(options);
    return { path: OBJECT_SOURCE, source, text: expandPlaceholders(source, variables), variables };
  }
  const path = resolve(options);
  try {
    const source = readFileSync(path, 'utf8');
    return { path, source, text: expandPlaceholders(source, variables), variables };
  } catch (error) {
    return {
      path,
      error: `Cannot read the option file ${path}: ${(error as Error).message}. workspaceOptions (or startTestWorkspace's options) takes a YAML path relative to the working directory (${process.cwd()}), or the option data as an object.`,
    };
  }
}

/**
 * Throws now, with the path, when the option data cannot be read or is not valid YAML (the line, column and
 * pointer as the yaml package words them): better than a shell that cannot start.
 */
export function checkOptionData(options: TestOptionData): void {
  const loaded = loadOptionData(options, {});
  if (loaded.error !== undefined) throw new Error(`@wwe-kit/testing: ${loaded.error}`);
  try {
    parse(loaded.text ?? '');
  } catch (error) {
    throw new Error(`@wwe-kit/testing: the option file ${loaded.path} is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
