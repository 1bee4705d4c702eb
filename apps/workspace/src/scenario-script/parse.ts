/**
 * Reading a scenario file: YAML first (an error names its line and column, with the line and a
 * pointer under it), then the whole file is checked before anything runs, each problem naming the
 * step, what is wrong and how to fix it.
 */
import { isNode, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { yamlProblem } from '../desk/yaml-problems.js';
import { validateStep, type StepContext } from './validate.js';
import type { Data, Script, ScriptStep } from './types.js';

/** A file that is not a valid scenario: every problem found, each in words. */
export class ScriptProblems extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** A YAML error as a person reads it: where, what, then the line itself with a pointer on its own line. */
function yamlError(error: YAMLError): string {
  const { message, line, column, frame } = yamlProblem(error);
  const where = line === undefined ? '' : `line ${line}, column ${column}: `;
  return `The file is not valid YAML: ${where}${message}.${frame ? `\n${frame}` : ''}`;
}

const HOW =
  'A scenario is a mapping with name (text), an optional description, and steps: a list of steps, e.g.\n' +
  'name: Inbound call\nsteps:\n  - ring: { from: "+442071234567" }\n    as: call\n  - answer: $call';

/**
 * Reads and checks a whole scenario. `views` are the option sections the shell hosts: a step naming
 * another view is a problem (leave it out to skip that check, as the command line does before the
 * shell has read the option data).
 * @throws ScriptProblems with every problem found.
 */
export function parseScript(source: string, views?: readonly string[]): Script {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length) throw new ScriptProblems(document.errors.map(yamlError));
  const root = document.toJS() as Data;
  if (!root || typeof root !== 'object' || Array.isArray(root))
    throw new ScriptProblems([`The file holds no scenario. ${HOW}`]);
  const problems: string[] = [];
  const { name, description, steps, ...rest } = root;
  for (const key of Object.keys(rest))
    problems.push(
      `'${key}' is not a field of a scenario: a scenario has name, description and steps. Remove it or move it into a step.`,
    );
  if (typeof name !== 'string' || !name.trim())
    problems.push(`The scenario has no name: add a line such as "name: Inbound call with lookup".`);
  if (description !== undefined && typeof description !== 'string')
    problems.push('The description must be text: write it on one line, or as a YAML block (description: |).');
  if (!Array.isArray(steps) || !steps.length) {
    problems.push(`The scenario has no steps: add "steps:" with a list of steps under it. ${HOW}`);
    throw new ScriptProblems(problems);
  }
  const stepNodes = document.get('steps', true);
  const lineOf = (index: number): number => {
    const node = isSeq(stepNodes) ? stepNodes.items[index] : undefined;
    const offset = isNode(node) ? node.range?.[0] : undefined;
    return offset === undefined ? 0 : lines.linePos(offset).line;
  };
  const context: StepContext = { names: new Set(), ...(views ? { views } : {}) };
  const validated: ScriptStep[] = [];
  steps.forEach((step, position) => {
    const checked = validateStep(step, position + 1, lineOf(position), context);
    if ('problems' in checked) problems.push(...checked.problems);
    else validated.push(checked.step);
  });
  if (problems.length) throw new ScriptProblems(problems);
  return { name: String(name), description: description as string | undefined, steps: validated };
}
