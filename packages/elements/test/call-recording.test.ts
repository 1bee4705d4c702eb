// <wwe-call-recording> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import type { RecordingAction } from '@wwe-kit/elements';
import { openOptions } from '../../../test/helpers/workspace.js';
import { CallRecordingHarness } from './harness/call-recording.js';
import { openInteractionPage, type InteractionPage, accepting, mayNotCall, painted } from './interaction-page.js';

describe('<wwe-call-recording>', () => {
  let page: InteractionPage;
  let recording: CallRecordingHarness;
  /** An inbound call, answered unless `answer` is false, shown by the element; answers its id. */
  const show = async (options: Record<string, string> = openOptions, answer = true) => {
    page = await openInteractionPage(options);
    const id = page.simulator.scenario.inboundCall('+14155550100');
    if (answer) page.simulator.voice.answer(id);
    await page.render(`<wwe-call-recording interaction-id="${id}"></wwe-call-recording>`);
    recording = new CallRecordingHarness(page);
    await recording.loaded();
    return id;
  };
  afterEach(() => page.dispose());

  it('says it is loading until the interactions arrive, then shows the state', async () => {
    page = await openInteractionPage();
    const id = page.simulator.scenario.inboundCall('+14155550100');
    page.simulator.voice.answer(id);
    page.simulator.faults.delay('interaction.getInteractions', 1000);
    await page.render(`<wwe-call-recording interaction-id="${id}"></wwe-call-recording>`);
    recording = new CallRecordingHarness(page);
    await page.answered('system.getAllowedServices');
    await recording.updated();
    expect(await recording.emptyText()).to.equal('Loading…');
    expect(await recording.axe()).to.deep.equal([]);
    page.clock.advance(1000);
    await recording.loaded();
    expect(await recording.stateText()).to.equal('Not recording');
  });

  it('starts, pauses, resumes and stops, each button enabled only when it applies; wwe-recording-change fires', async () => {
    const id = await show();
    expect(await recording.stateText()).to.equal('Not recording');
    expect(await page.control('attribute', { path: 'wwe-call-recording', name: 'recording-state' })).to.equal(
      'STOPPED',
    );
    expect(await recording.enabled()).to.deep.equal(['start']);
    expect(await recording.axe()).to.deep.equal([]);
    const steps: Array<[RecordingAction, string, string, RecordingAction[]]> = [
      ['start', 'RECORDING', 'Recording', ['pause', 'stop']],
      ['pause', 'PAUSED', 'Recording paused', ['resume', 'stop']],
      ['resume', 'RECORDING', 'Recording', ['pause', 'stop']],
      ['stop', 'STOPPED', 'Not recording', ['start']],
    ];
    for (const [action, state, words, enabled] of steps) {
      await recording.act(action);
      expect(page.simulator.interactions.get(id).interaction.recordingState, action).to.equal(state);
      expect(await recording.stateText(), action).to.equal(words);
      expect(await page.control('attribute', { path: 'wwe-call-recording', name: 'recording-state' }), action).to.equal(
        state,
      );
      expect(await recording.enabled(), action).to.deep.equal(enabled);
      expect(await page.heard(), action).to.deep.equal([
        { type: 'wwe-recording-change', detail: { interactionId: id, action, recordingState: state } },
      ]);
      expect(await recording.axe(), action).to.deep.equal([]);
    }
    expect(page.sent('voice.startCallRecording')).to.deep.equal([[id]]);
  });

  it('sends nothing for a button that does not apply', async () => {
    await show();
    await page.control('click', { path: 'wwe-call-recording >> [part=pause]' });
    await page.control('click', { path: 'wwe-call-recording >> [part=stop]' });
    // A marker: the pause or stop would have been sent before this start, and answered before it.
    await recording.act('start');
    expect(page.sent('voice.pauseCallRecording')).to.deep.equal([]);
    expect(page.sent('voice.stopCallRecording')).to.deep.equal([]);
    expect(await recording.stateText()).to.equal('Recording');
  });

  it('follows CALL_RECORDING_STATE_CHANGED raised by Workspace itself', async () => {
    const id = await show();
    const record = page.simulator.interactions.get(id);
    record.interaction.recordingState = 'PAUSED';
    page.simulator.interactions.raise(record, 'CALL_RECORDING_STATE_CHANGED');
    await page.delivered((event) => event.eventType === 'CALL_RECORDING_STATE_CHANGED');
    await recording.updated();
    expect(await recording.stateText()).to.equal('Recording paused');
    expect(await recording.enabled()).to.deep.equal(['resume', 'stop']);
    expect(await page.heard()).to.deep.equal([]);
  });

  it('is disabled, saying why, until the call is connected; then it is enabled', async () => {
    const id = await show(openOptions, false);
    expect(await recording.enabled()).to.deep.equal([]);
    expect((await recording.messages()).reason).to.deep.equal([
      'The recording can be changed while the call is connected (TALKING or HELD); it is RINGING.',
    ]);
    expect(await recording.axe()).to.deep.equal([]);
    page.simulator.voice.answer(id);
    await page.delivered((event) => event.eventType === 'ESTABLISHED');
    await recording.updated();
    expect(await recording.enabled()).to.deep.equal(['start']);
    expect((await recording.messages()).reason).to.deep.equal([]);
  });

  it('disables what Workspace does not allow this page, with the reason', async () => {
    await show(accepting('interaction.*, voice.startCallRecording'));
    expect(await recording.enabled()).to.deep.equal(['start']);
    const refused = ['voice.pauseCallRecording', 'voice.resumeCallRecording', 'voice.stopCallRecording'];
    expect((await recording.messages()).reason).to.deep.equal(refused.map(mayNotCall));
    await recording.act('start');
    expect(await recording.stateText()).to.equal('Recording');
    expect(await recording.enabled()).to.deep.equal([]);
    expect(await recording.axe()).to.deep.equal([]);
  });

  it("shows Workspace's own failure message word for word, and the state stays", async () => {
    await show();
    page.simulator.faults.fail('voice.startCallRecording', 'Error: The recording server is not available.');
    await recording.act('start');
    expect((await recording.messages()).error).to.deep.equal(['Error: The recording server is not available.']);
    expect(await recording.stateText()).to.equal('Not recording');
    expect(await recording.enabled()).to.deep.equal(['start']);
    expect(await page.heard()).to.deep.equal([]);
    expect(await recording.axe()).to.deep.equal([]);
  });

  it('is operated from the keyboard: focus stays on the button pressed, Tab reaches the next', async () => {
    await show();
    await recording.focus('[part=start]');
    await recording.pressOn('start', 'Enter');
    expect(await recording.stateText()).to.equal('Recording');
    expect(await recording.focusedText()).to.equal('Start');
    await page.press('Tab');
    expect(await recording.focusedText()).to.equal('Pause');
    await recording.pressOn('pause', 'Space');
    expect(await recording.stateText()).to.equal('Recording paused');
    expect(await recording.focusedText()).to.equal('Pause');
    await page.press('Tab');
    await recording.pressOn('resume', 'Enter');
    expect(await recording.stateText()).to.equal('Recording');
    expect(await recording.focusedText()).to.equal('Resume');
  });

  it('is themed for light and dark, and through its --wwe-call-recording-* properties', async () => {
    await show();
    await recording.act('start');
    expect(
      await recording.paint('[part=indicator]', 'background-color', '--wwe-call-recording-recording'),
    ).to.deep.equal(painted('rgb(207, 34, 46)', 'rgb(255, 123, 114)', 'rgb(1, 2, 3)'));
  });

  it('says when the interaction is not a call, or not there', async () => {
    page = await openInteractionPage();
    const chat = page.simulator.scenario.chat('ada@example.com');
    await page.render(
      `<wwe-call-recording interaction-id="${chat}"></wwe-call-recording><wwe-call-recording id="gone" interaction-id="99"></wwe-call-recording>`,
    );
    recording = new CallRecordingHarness(page);
    await recording.loaded();
    expect(await recording.emptyText()).to.equal(`Interaction ${chat} is not a call: it has no recording.`);
    const gone = new CallRecordingHarness(page, '#gone');
    await gone.updated();
    expect(await gone.emptyText()).to.equal("No interaction 99 among the agent's interactions.");
    expect(await recording.axe()).to.deep.equal([]);
  });
});
