/** The YAML errors of an option text, worded for the Options panel: what, where, and the line with its `^` pointer. */
import { parseDocument } from 'yaml';

export interface YamlProblem {
  /** The error in words, without its code frame. */
  readonly message: string;
  /** 1-based, when the parser knows it. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The offending line and the `^` pointer under it, each on its own line. */
  readonly frame: string;
}

/** Every YAML error of `text`; none when it parses (whether its options make sense is the host's to say). */
export function yamlProblems(text: string): YamlProblem[] {
  const document = parseDocument(text, { prettyErrors: true });
  return document.errors.map((error) => {
    const [head = error.message, ...rest] = error.message.split('\n');
    const position = error.linePos?.[0];
    return {
      message: head.replace(/ at line \d+, column \d+:?$/, '').trim(),
      line: position?.line,
      column: position?.col,
      frame: rest.join('\n').replace(/^\n+|\s+$/g, ''),
    };
  });
}
