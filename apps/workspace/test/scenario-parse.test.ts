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
    const [problem] = problemsOf('name: Broken\nsteps:\n  - ring: { from: "+44" \n  - answer:\n');
    const lines = problem!.split('\n');
    expect(lines[0]).to.match(/^The file is not valid YAML: line \d+, column \d+: /);
    expect(lines).to.have.length(3);
    expect(lines[2]!.trim()).to.equal('^');
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
    expect(problems[0]).to.include('from is for an expected request, not a event');
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
