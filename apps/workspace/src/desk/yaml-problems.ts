/**
 * YAML errors worded for a person: what, where, and the line with its `^` pointer. The one wording of
 * the Options panel's errors and of a scenario file's (`scenario-script/parse.ts`).
 */
import { parseDocument, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** The error in words, without its code frame. */
  readonly message: string;
  /** 1-based, when the parser knows it. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /**
   * The offending line and the `^` pointer under it, each on its own line (after the line before,
   * when the error is at the start of its line).
   */
  readonly frame: string;
}

/**
 * One YAML error in words. `error` is one of a document's `errors`, parsed with `prettyErrors`
 * (yaml's default), which gives it its place and its code frame.
 */
export function yamlProblem(error: YAMLError): YamlProblem {
  const [head = error.message, ...rest] = error.message.split('\n');
  const position = error.linePos?.[0];
  return {
    message: head.replace(/ at line \d+, column \d+:?$/, '').trim(),
    line: position?.line,
    column: position?.col,
    frame: rest.join('\n').replace(/^\n+|\s+$/g, ''),
  };
}

/** Every YAML error of `text`; none when it parses (whether its options make sense is the host's to say). */
export function yamlProblems(text: string): YamlProblem[] {
  return parseDocument(text, { prettyErrors: true }).errors.map(yamlProblem);
}
