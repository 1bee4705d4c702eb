// Running scenarios on a real WorkspaceSimulator: its events and a view's requests reach the runner's
// traffic feed as the shell's host hands them over; expectations match them, and the first failure stops the run.
import { expect } from '@open-wc/testing';
import { runScript } from '../src/scenario-script/runner.js';
import type { StepResult } from '../src/scenario-script/types.js';
import { entry, setup } from './scenario-host.js';

describe('scenario scripts: running on the simulator', () => {
  it('rings, answers, waits for TALKING, hears ESTABLISHED and checks the attached data', async () => {
    const { host, feed } = setup();
    const seen: StepResult[] = [];
    const result = await runScript(
      [
        'name: Answer',
        'steps:',
        "  - ring: { from: '+442071234567', userData: { Reason: Billing } }",
        '    as: call',
        '  - answer: $call',
        '  - waitFor: { interaction: $call, state: TALKING }',
        '  - expect: { event: interaction, eventType: ESTABLISHED, to: CustomerTab, interaction: $call }',
        '  - assertUserData: { interaction: $call, has: { Reason: Billing }, lacks: [CRM_Tier] }',
      ].join('\n'),
      host,
      feed,
      { onStep: (step) => seen.push(step) },
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.steps.map((step) => step.status)).to.deep.equal(['passed', 'passed', 'passed', 'passed', 'passed']);
    expect(result.ok).to.equal(true);
    expect(seen.filter((step) => step.index === 1).map((step) => step.status)).to.deep.equal(['running', 'passed']);
    expect(result.steps[3]!.detail).to.equal('CustomerTab heard interaction ESTABLISHED.');
  });

  it('stops at the first failed step, says why, and skips the rest', async () => {
    const { host, feed } = setup();
    const result = await runScript(
      ['name: Too early', 'steps:', "  - ring: { from: '+442071234567' }", '  - markDone:', '  - answer:'].join('\n'),
      host,
      feed,
    );
    expect(result.ok).to.equal(false);
    expect(result.steps.map((step) => step.status)).to.deep.equal(['passed', 'failed', 'skipped']);
    expect(result.steps[1]!.detail).to.match(/^[A-Z]/);
    expect(result.steps[2]!.detail).to.equal('Not run: an earlier step failed.');
  });

  it('finds a request a view sent during an earlier acting step, answered, with $name in its parameters', async () => {
    const { host, feed } = setup((action, traffic) => {
      const id = action.interactionId!;
      traffic.observe(
        entry('request', {
          request: 'interaction.setUserData',
          referenceId: '7',
          parameters: [id, { CRM_Tier: 'Gold' }],
        }),
      );
      traffic.observe(entry('answer', { request: 'interaction.setUserData', referenceId: '7', data: null }));
    });
    const result = await runScript(
      [
        'name: View',
        'steps:',
        "  - ring: { from: '+442071234567' }",
        '    as: call',
        "  - click: { view: CustomerTab, selector: '#save' }",
        '  - wait: 1',
        '  - expect: { request: interaction.setUserData, from: CustomerTab, parameters: [$call, { CRM_Tier: Gold }], answered: true }',
      ].join('\n'),
      host,
      feed,
    );
    expect(result.steps.map((step) => step.status)).to.deep.equal(['passed', 'passed', 'passed', 'passed']);
    expect(result.steps[1]!.detail).to.equal('did click.');
  });

  it('fails an expectation that cannot hold once its timeout passes, naming what was seen', async () => {
    const { host, feed } = setup();
    const result = await runScript(
      [
        'name: Nothing comes',
        'steps:',
        "  - ring: { from: '+442071234567' }",
        '  - expect: { request: voice.dial, from: CustomerTab }',
        '    timeout: 50',
      ].join('\n'),
      host,
      feed,
    );
    expect(result.steps[1]!.status).to.equal('failed');
    expect(result.steps[1]!.detail).to.equal('Not within 50 ms. No request was seen at all.');
  });

  it('answers the problems of a file for these views instead of running it', async () => {
    const { host, feed, simulator } = setup();
    const result = await runScript("name: x\nsteps:\n  - click: { view: Elsewhere, selector: '#a' }\n", host, feed);
    expect(result.ok).to.equal(false);
    expect(result.steps).to.deep.equal([]);
    expect(result.problems[0]).to.include("'Elsewhere' is not a view of the option data (CustomerTab, CallerLookup)");
    expect(simulator.interactions.list()).to.deep.equal([]);
  });
});
