// Running scenarios on a real WorkspaceSimulator: its events and a view's requests reach the runner's
// traffic feed as the shell's host hands them over; expectations match them, and the first failure stops the run.
import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { WorkspaceSimulator } from '@wwe-kit/simulator';
import { TrafficFeed } from '../src/scenario-script/feed.js';
import { findRequest, partialMatch } from '../src/scenario-script/match.js';
import { runScript } from '../src/scenario-script/runner.js';
import type { ObservedMessage, ScriptHost } from '../src/scenario-script/script-host.js';
import type { StepResult, ViewAction } from '../src/scenario-script/types.js';

const entry = (kind: TrafficEntry['kind'], message: unknown, section = 'CustomerTab'): TrafficEntry => ({
  direction: kind === 'request' ? 'in' : 'out',
  kind,
  frameId: section === 'CustomerTab' ? 1 : 2,
  section,
  origin: 'http://127.0.0.1:5174',
  message,
  size: undefined,
  time: 0,
  elapsed: undefined,
});

/** A simulator whose events reach the feed as the host's traffic to the Customer tab; view steps send `onViewStep`'s requests. */
function setup(onViewStep: (action: ViewAction, feed: TrafficFeed) => void = () => undefined) {
  const simulator = new WorkspaceSimulator({ dialAnswerMs: 0 });
  const feed = new TrafficFeed();
  simulator.connect({
    emit: (name, data) => {
      feed.observe(entry('event', { event: name, data }));
      feed.changed();
    },
  });
  const host: ScriptHost = {
    simulator,
    views: () => [
      { section: 'CustomerTab', label: 'Customer', interactionLevel: true },
      { section: 'CallerLookup', label: 'Caller lookup', interactionLevel: false },
    ],
    changed: () => undefined,
    pressToast: () => 'pressed.',
    showView: (section, id) => `iframe[data-section="${section}"][data-interaction="${id}"]`,
    viewStep: async (action) => {
      onViewStep(action, feed);
      return `did ${action.action}.`;
    },
  };
  return { simulator, feed, host };
}

describe('scenario scripts: matching', () => {
  it('matches parameters and data as a deep partial, with null as any value in a list', () => {
    expect(partialMatch(['1', { A: 'x' }], ['1', { A: 'x', B: 'y' }])).to.equal(true);
    expect(partialMatch([null, 6], ['2', 6])).to.equal(true);
    expect(partialMatch(['1', { A: 'z' }], ['1', { A: 'x' }])).to.equal(false);
    expect(partialMatch({ list: [1] }, { list: 'no' })).to.equal(false);
  });

  it('pairs a request with its answer by frame and reference id, and tells a refusal from a failure', () => {
    const messages: ObservedMessage[] = [
      {
        seq: 1,
        kind: 'request',
        frameId: 1,
        section: 'CustomerTab',
        message: { request: 'voice.dial', referenceId: '0', parameters: ['5003'] },
      },
      {
        seq: 2,
        kind: 'answer',
        frameId: 2,
        section: 'CallerLookup',
        message: { request: 'voice.dial', referenceId: '0', data: null },
      },
      {
        seq: 3,
        kind: 'error',
        frameId: 1,
        section: 'CustomerTab',
        message: {
          request: 'voice.dial',
          referenceId: '0',
          errorMessage: "Request 'voice.dial' refused: the origin is not accepted. Add it.",
        },
      },
    ];
    expect(findRequest({ request: 'voice.dial', from: 'CustomerTab', outcome: 'answered' }, messages)).to.equal(
      undefined,
    );
    expect(findRequest({ request: 'voice.dial', outcome: 'refused', parameters: ['5003'] }, messages)).to.equal(
      'CustomerTab sent voice.dial("5003"), refused.',
    );
    expect(findRequest({ request: 'voice.dial', outcome: 'failed' }, messages)).to.equal(undefined);
  });
});

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
