/**
 * The desk's own state on the shell (`shell.desk`): the confirmations of what views did to outbound
 * records, and the Options editor's source text with its placeholders and last YAML errors.
 */
import { RecordConfirmations } from './confirmations.js';
import type { YamlProblem } from './yaml-problems.js';

/** The option file as written, and the values its `${NAME}` placeholders stand for. */
export interface OptionSource {
  readonly text: string;
  readonly variables: Readonly<Record<string, string>>;
}

export class DeskState {
  readonly confirmations = new RecordConfirmations();
  /** The option file's text last applied (or loaded); undefined until the shell has loaded it. */
  optionSource: OptionSource | undefined;
  /** The editor's text while it differs from what was applied (kept across panel switches); undefined after Revert. */
  optionDraft: string | undefined;
  /** The YAML errors of the last apply; empty once an apply parses. */
  yamlProblems: readonly YamlProblem[] = [];
}
