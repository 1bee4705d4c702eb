// Voice state machine through the real bridge, host and simulator: the exact event sequence.
import { expect } from '@esm-bundle/chai';
import type { Interaction } from '@wwe-kit/protocol';
import { requestMessage, type Probe } from '../probe.js';
import { allEvents, answerTo, type ProbeEvent } from '../events.js';
import { type Workspace, openOptions } from '../workspace.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

type Step = [eventType: string, state: string, previousState?: string];

/** Registers the voice area of the contract suite. */
export function voiceArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: voice', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    /** An interaction event as a step: eventType, state, previousState. */
    const step = ({ data }: ProbeEvent): Step => [
      data['eventType'] as string,
      (data['interaction'] as Interaction).state,
      (data['interaction'] as Interaction).previousState!,
    ];
    /** Every event the frame received (the probe listens to interactions only), once it has `count` and all the host sent. */
    const steps = async (count: number): Promise<Step[]> => (await allEvents(workspace, probe, count)).map(step);
    const expectSteps = async (expected: Step[]) => expect(await steps(expected.length)).to.deep.equal(expected);

    beforeEach(async () => {
      workspace = await ctx.createWorkspace();
      probe = await workspace.open();
      await probe.listen(['interaction']);
    });
    afterEach(() => workspace.dispose());

    it('inbound: RINGING → TALKING ↔ HELD → IDLE → removed', async () => {
      const ringing = workspace.simulator.voice.inbound({
        ani: '+33123456789',
        userData: { CustomerName: 'Grace', Secret: 'x' },
      });
      const id = ringing.interaction.interactionId;
      await call('voice.answer', id);
      await call('voice.hold', id);
      await call('voice.resume', id);
      await call('voice.hangUp', id);
      await call('interaction.markdone', id);
      await expectSteps([
        ['ADDED', 'RINGING', 'UNKNOWN'],
        ['RINGING', 'RINGING', 'UNKNOWN'],
        ['ESTABLISHED', 'TALKING', 'RINGING'],
        ['HELD', 'HELD', 'TALKING'],
        ['ESTABLISHED', 'TALKING', 'HELD'],
        ['RELEASED', 'IDLE', 'TALKING'],
        ['REMOVED', 'IDLE', 'TALKING'],
      ]);
      const [first] = await probe.events(1);
      expect(first!.data['media']).to.equal('voice');
      expect(first!.data['interaction']).to.deep.include({
        interactionId: id,
        ani: '+33123456789',
        direction: 'IN',
        callType: 'INBOUND',
        recordingState: 'STOPPED',
        isConsultation: false,
      });
      expect((first!.data['interaction'] as Interaction).userData).to.deep.equal({
        CustomerName: 'Grace',
        IW_CaseUid: ringing.interaction.caseId,
      });
    });

    it('outbound: voice.dial goes DIALING, then TALKING when the party answers; attached data travels', async () => {
      await call('voice.dial', '5002', { Origin: 'test' });
      const [interaction] = await call<Interaction[]>('interaction.getInteractions');
      expect(interaction).to.deep.include({
        state: 'DIALING',
        direction: 'OUT',
        callType: 'INTERNAL',
        dnis: '5002',
        parties: [{ name: '5002' }],
      });
      expect(interaction!.userData).to.deep.include({ Origin: 'test' });
      workspace.clock.advance(3000);
      await expectSteps([
        ['ADDED', 'DIALING', 'UNKNOWN'],
        ['DIALING', 'DIALING', 'UNKNOWN'],
        ['ESTABLISHED', 'TALKING', 'DIALING'],
      ]);
    });

    it('voice.dial(destination, null): a null userData is no user data, as the reference library sends it (protocol notes)', async () => {
      expect(await answerTo(probe, requestMessage('voice.dial', ['5002', null]))).to.not.have.property('errorMessage');
      await call('voice.dial', '5003', null);
      const calls = await call<Interaction[]>('interaction.getInteractions');
      expect(calls.map((item) => [item.dnis, item.state, item.userData])).to.deep.equal([
        ['5002', 'DIALING', { IW_CaseUid: calls[0]!.caseId }],
        ['5003', 'DIALING', { IW_CaseUid: calls[1]!.caseId }],
      ]);
    });

    it('voice.dialEx keeps the extensions; an external number is OUTBOUND', async () => {
      await call('voice.dialEx', '+14155550100', { Key1: 'v' }, { 'record-mode': 'on' });
      const [record] = workspace.simulator.interactions.list();
      expect(record!.extensions).to.deep.equal({ 'record-mode': 'on' });
      expect(record!.interaction.callType).to.equal('OUTBOUND');
    });

    it('refuses a destination outside expression.phone-number.supported-characters', async () => {
      workspace.host.setOptions({
        'interaction-workspace': { ...openOptions, 'expression.phone-number.supported-characters': '0123456789+' },
      });
      const result = await probe.call('voice.dial', ['555-0100']);
      expect(result.error?.errorMessage).to.equal(
        "Error: The destination '555-0100' has characters outside expression.phone-number.supported-characters (0123456789+).",
      );
    });

    it('RONA: an unanswered call is released with ronaCallState', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      workspace.simulator.voice.ringNoAnswer(interaction.interactionId, 'REDIRECTED');
      const events = await allEvents(workspace, probe, 3);
      expect(events.map(step)).to.deep.equal([
        ['ADDED', 'RINGING', 'UNKNOWN'],
        ['RINGING', 'RINGING', 'UNKNOWN'],
        ['RELEASED', 'IDLE', 'RINGING'],
      ]);
      expect(events[2]!.data['interaction']).to.deep.include({ ronaCallState: 'REDIRECTED' });
    });

    it('recording: start, pause, resume, stop with CALL_RECORDING_STATE_CHANGED; wrong steps refused', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      const id = interaction.interactionId;
      expect((await probe.call('voice.startCallRecording', [id])).error?.errorMessage).to.equal(
        "Error: Operation 'voice.startCallRecording' is not allowed in state RINGING; it needs TALKING or HELD.",
      );
      await call('voice.answer', id);
      await call('voice.startCallRecording', id);
      await call('voice.pauseCallRecording', id);
      expect((await probe.call('voice.pauseCallRecording', [id])).error?.errorMessage).to.contain(
        'while the recording is PAUSED',
      );
      await call('voice.resumeCallRecording', id);
      await call('voice.stopCallRecording', id);
      // Seven in all: the two refused steps raise nothing.
      const events = await allEvents(workspace, probe, 7);
      expect(
        events.map(({ data }) => [data['eventType'], (data['interaction'] as Interaction).recordingState]),
      ).to.deep.equal([
        ['ADDED', 'STOPPED'],
        ['RINGING', 'STOPPED'],
        ['ESTABLISHED', 'STOPPED'],
        ['CALL_RECORDING_STATE_CHANGED', 'RECORDING'],
        ['CALL_RECORDING_STATE_CHANGED', 'PAUSED'],
        ['CALL_RECORDING_STATE_CHANGED', 'RECORDING'],
        ['CALL_RECORDING_STATE_CHANGED', 'STOPPED'],
      ]);
    });

    it('answers "Error: Interaction not found." for an unknown id, and refuses steps out of order', async () => {
      expect((await probe.call('voice.hold', ['42'])).error?.errorMessage).to.equal('Error: Interaction not found.');
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      expect((await probe.call('voice.hold', [interaction.interactionId])).error?.errorMessage).to.equal(
        "Error: Operation 'voice.hold' is not allowed in state RINGING; it needs TALKING.",
      );
      expect((await probe.call('interaction.markdone', [interaction.interactionId])).error?.errorMessage).to.contain(
        'needs IDLE',
      );
    });

    it('mute state is shared by both spellings', async () => {
      await call('sipEndpoint.muteMicrophone');
      expect(await call('voice.isMicrophoneMute')).to.equal(true);
      await call('voice.unmuteMicrophone');
      expect(await call('sipEndpoint.isMicrophoneMute')).to.equal(false);
      await call('voice.muteSpeaker');
      expect(await call('sipEndpoint.isSpeakerMute')).to.equal(true);
    });

    it('consult, then complete the transfer: both legs released', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '+33123456789' });
      const id = interaction.interactionId;
      await call('voice.answer', id);
      await call('interaction.consult', id, { type: 'AGENT', destination: '5005' }, {}, {});
      const consult = workspace.simulator.interactions.list()[1]!.interaction;
      expect(consult).to.deep.include({
        isConsultation: true,
        callType: 'CONSULT',
        parentInteractionId: id,
        state: 'DIALING',
      });
      expect(workspace.simulator.interactions.get(id).interaction.state).to.equal('HELD');
      workspace.clock.advance(3000);
      await call('interaction.completeTransfer', consult.interactionId);
      expect(workspace.simulator.interactions.list().map((record) => record.interaction.state)).to.deep.equal([
        'IDLE',
        'IDLE',
      ]);
    });

    it('consult, then complete the conference: the party joins the resumed main call', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '+33123456789' });
      const id = interaction.interactionId;
      await call('voice.answer', id);
      await call('interaction.consult', id, '5005', {}, {});
      workspace.clock.advance(3000);
      const consultId = workspace.simulator.interactions.list()[1]!.interaction.interactionId;
      await call('interaction.completeConference', consultId);
      const main = workspace.simulator.interactions.get(id).interaction;
      expect(main.state).to.equal('TALKING');
      expect(main.parties).to.deep.equal([{ name: '+33123456789' }, { name: '5005' }]);
      expect(workspace.simulator.interactions.find(consultId)).to.equal(undefined);
    });
  });
}
