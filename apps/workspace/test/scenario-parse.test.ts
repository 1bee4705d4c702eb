// Reading and checking scenario files: YAML errors with their pointer, and each step's problems in words.
import { expect } from '@open-wc/testing';
import { parseScript, ScriptProblems } from '../src/scenario-script/parse.js';

const problemsOf = (text: string, views?: readonly string[]): readonly string[] => {
  try {
    parseScript(text, views);
  } catch (error) {
    if (error instanceof ScriptProblems) return error.problems;
    throw error;
  }
  throw new Error('the file was accepted');
};

describe('scenario scripts: parsing and validation', () => {
  it('reads a valid file into numbered steps with their lines and labels', () => {
    const script = parseScript(
      [
        'name: Lookup',
        'steps:',
        "  - ring: { from: '+442071234567' }",
        '    as: call',
        '  - expect: { request: interaction.setUserData, from: CallerLookup, parameters: [$call], answered: true }',
        '  - answer: $call',
        '    label: the agent answers',
      ].join('\n'),
      ['CallerLookup', 'CustomerTab'],
    );
    expect(script.name).to.equal('Lookup');
    expect(script.steps.map((step) => [step.index, step.line, step.kind])).to.deep.equal([
      [1, 3, 'ring'],
      [2, 5, 'expect'],
      [3, 6, 'answer'],
    ]);
    expect(script.steps[0]!.as).to.equal('call');
    expect(script.steps[1]!.label).to.equal('expect request interaction.setUserData from CallerLookup, answered');
    expect(script.steps[2]!.label).to.equal('the agent answers');
  });

  it('reports a YAML error with its line and column, the line itself, and the pointer on its own line', () => {
    const [problem] = problemsOf('name: x\nsteps:\n  - ring: { from: x: y }\n');
    expect(problem!.split('\n')).to.deep.equal([
      'The file is not valid YAML: line 3, column 19: Block collections are not allowed within flow collections.',
      '  - ring: { from: x: y }',
      '                  ^^^^^',
    ]);
    // At the start of a line, the line before it shows what was left open.
    const lines = problemsOf('name: Broken\nsteps:\n  - ring: { from: "+44" \n  - answer:\n')[0]!.split('\n');
    expect(lines[0]).to.match(/^The file is not valid YAML: line 4, column 3: /);
    expect(lines.slice(1)).to.deep.equal(['  - ring: { from: "+44" ', '  - answer:', '  ^']);
  });

  it('says a step named like what every object inherits is not a step kind, nor such a field one of its fields', () => {
    for (const kind of ['toString: {}', 'constructor: 1', '__proto__: {}', 'hasOwnProperty: $x']) {
      const name = kind.split(':')[0]!;
      expect(problemsOf(`name: x\nsteps:\n  - ${kind}\n`)).to.deep.equal([
        `Step 1 (line 3): '${name}' is not a step kind. Step kinds: ${problemsOf('name: x\nsteps:\n  - nothing: 1\n')[0]!.split('Step kinds: ')[1]}`,
      ]);
    }
    expect(problemsOf("name: x\nsteps:\n  - ring: { from: '1', toString: 1 }\n")[0]).to.include(
      "'toString' is not one of its fields (from, userData, dnis)",
    );
    expect(problemsOf('name: x\nsteps:\n  - expect: { event: agent, constructor: 1 }\n')[0]).to.include(
      "'constructor' is not one of its fields",
    );
  });

  it('refuses a timeout longer than 10 minutes', () => {
    expect(problemsOf('name: x\nsteps:\n  - waitFor: { state: TALKING }\n    timeout: 600001\n')[0]).to.include(
      'timeout must be a number of milliseconds above 0 and at most 600000 (10 minutes)',
    );
    expect(() => parseScript('name: x\nsteps:\n  - waitFor: { state: TALKING }\n    timeout: 600000\n')).not.to.throw();
  });

  it('names the step, its line, what is wrong and how to write it', () => {
    const problems = problemsOf(
      [
        'name: Mistakes',
        'steps:',
        '  - ansewr: $call',
        '  - expect: { request: interaction.setUserDta, from: CustomerTabb }',
        '  - waitFor: { state: TALKNG, interaction: $nobody }',
        '  - fault: { request: voice.dial }',
        '  - wait: 500',
        '    timeout: 100',
      ].join('\n'),
      ['CustomerTab'],
    );
    expect(problems[0]).to.include("Step 1 (line 3): 'ansewr' is not a step kind. Did you mean 'answer'?");
    expect(problems[1]).to.include('Step 2 (line 4), expect:');
    expect(problems[1]).to.include("Did you mean 'interaction.setUserData'?");
    expect(problems[2]).to.include(
      "'CustomerTabb' is not a view of the option data (CustomerTab). Did you mean 'CustomerTab'?",
    );
    expect(problems.join('\n')).to.include("'TALKNG' is not an interaction state. Did you mean 'TALKING'?");
    expect(problems.join('\n')).to.include('names $nobody, but no earlier step has "as: nobody"');
    expect(problems.join('\n')).to.include('Step 4 (line 6), fault: give exactly one of fail, delay, drop');
    expect(problems.join('\n')).to.include('timeout means nothing on a wait step');
    expect(problems.slice(1).every((problem) => problem.includes('For example:'))).to.equal(true);
  });

  it('refuses a file without a name or steps, and fields that belong elsewhere', () => {
    expect(problemsOf('steps: []\n').join('\n')).to.include('The scenario has no name');
    expect(problemsOf('name: Empty\n').join('\n')).to.include('The scenario has no steps');
    const problems = problemsOf('name: x\nsteps:\n  - expect: { event: interaction, from: CustomerTab }\n');
    expect(problems[0]).to.include('from is for an expected request, not an event');
    const hostAnswered = problemsOf('name: x\nsteps:\n  - fault: { request: system.getAllowedServices, drop: true }\n');
    expect(hostAnswered[0]).to.include('is answered by the host itself');
  });

  it('checks names against the catalogue, not a list of its own', () => {
    expect(() =>
      parseScript('name: x\nsteps:\n  - fault: { request: outbound.rescheduleRecord, delay: 50 }\n'),
    ).not.to.throw();
    expect(problemsOf('name: x\nsteps:\n  - expect: { event: calls }\n')[0]).to.include(
      "'calls' is not an event a view can hear",
    );
    expect(() => parseScript("name: x\nsteps:\n  - expect: { event: 'messenger:my.channel' }\n")).not.to.throw();
  });
});
