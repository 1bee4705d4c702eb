// Consultation media, target types and single-step transfer user data (002:1043-1058, 1145-1185), through a
// real bridge in a cross-origin frame, the real host and the simulator. Events are read after a later answer:
// the host sends a frame its events before the answer of a request that comes after them.
import { expect } from '@esm-bundle/chai';
import type { Interaction } from '@wwe-kit/protocol';
import type { Probe } from '../probe.js';
import { openOptions, type Workspace } from '../workspace.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

type Row = [eventType: string, media: string, interactionId: string, state: string];

/** Registers the transfers area of the contract suite. */
export function transfersArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: consultations and transfers', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    const failure = async (name: string, ...parameters: unknown[]) =>
      (await probe.call(name, parameters)).error?.errorMessage;
    /** The interaction events received so far, as rows; then forgets them. */
    const rows = async (): Promise<Row[]> => {
      const events = (await probe.events()).filter((entry) => entry.event === 'interaction');
      await probe.control('reset');
      return events.map(({ data }) => {
        const interaction = data['interaction'] as Interaction;
        return [data['eventType'] as string, data['media'] as string, interaction.interactionId, interaction.state];
      });
    };
    const get = (id: string) => call<Interaction>('interaction.getByInteractionId', id);
    /** A call the agent answered, with the events of getting there forgotten. */
    const talking = async (userData = {}) => {
      const id = workspace.simulator.scenario.inboundCall('+33123456789', userData);
      await call('voice.answer', id);
      await rows();
      return id;
    };
    /** A chat the agent accepted, with the events of getting there forgotten. */
    const chatting = async () => {
      const id = workspace.simulator.scenario.chat('grace@example.com');
      await call('interaction.accept', id);
      await rows();
      return id;
    };

    beforeEach(async () => {
      workspace = await ctx.createWorkspace({
        'interaction-workspace': { ...openOptions, 'expression.phone-number.supported-characters': '0123456789+' },
      });
      probe = await workspace.open();
      await probe.listen(['interaction']);
    });
    afterEach(() => workspace.dispose());

    it("a consultation of a chat is a chat: without target.media it uses the interaction's media (002:1051)", async () => {
      const chatId = await chatting();
      await call('interaction.consult', chatId, { type: 'AGENT', destination: 'E1002' }, { Key1: 'consult' }, null);
      expect(await rows()).to.deep.equal([
        ['ADDED', 'chat', '2', 'JOIN_PENDING'],
        ['JOIN_PENDING', 'chat', '2', 'JOIN_PENDING'],
        ['ACCEPTED', 'chat', '2', 'ACCEPTED'],
      ]);
      const consult = await get('2');
      expect(consult).to.deep.include({
        media: 'chat',
        isConsultation: true,
        parentInteractionId: chatId,
        isMainCaseInteraction: false,
        parties: [{ name: 'E1002' }],
      });
      expect(consult).to.not.have.property('callType');
      expect(consult.userData).to.include({ Key1: 'consult' });
      expect((await get(chatId)).state).to.equal('ACCEPTED');
    });

    it('target.media chooses the consultation media: a chat from a call (the call is not held), a voice call from a chat', async () => {
      const callId = await talking();
      await call('interaction.consult', callId, { type: 'AGENT', destination: 'E1002', media: 'chat' }, {}, {});
      expect((await rows()).map(([eventType, media]) => [eventType, media])).to.deep.equal([
        ['ADDED', 'chat'],
        ['JOIN_PENDING', 'chat'],
        ['ACCEPTED', 'chat'],
      ]);
      expect((await get(callId)).state).to.equal('TALKING');
      const chatId = await chatting();
      await call('interaction.consult', chatId, { target: 'AGENT', destination: '5005', media: 'voice' }, {}, {});
      const [added] = await rows();
      expect(added!.slice(0, 2)).to.deep.equal(['ADDED', 'voice']);
      expect(await get(added![2])).to.deep.include({
        callType: 'CONSULT',
        state: 'DIALING',
        parentInteractionId: chatId,
        isConsultation: true,
      });
      expect(
        await failure('interaction.consult', chatId, { type: 'AGENT', destination: '5005', media: 'fax' }, {}, {}),
      ).to.equal(
        "Error: The consultation media 'fax' is not a media of this agent. Use one of media.getMediaList(): voice, chat, email, workitem, or leave target.media out to consult in the interaction's media (chat).",
      );
    });

    it('a chat consultation completes as a transfer: the consultation is removed, the chat TRANSFER_COMPLETED', async () => {
      const chatId = await chatting();
      await call('interaction.consult', chatId, { type: 'AGENT', destination: 'E1002' }, {}, {});
      await rows();
      await call('interaction.completeTransfer', '2');
      expect(await rows()).to.deep.equal([
        ['REMOVED', 'chat', '2', 'ACCEPTED'],
        ['TRANSFER_COMPLETED', 'chat', chatId, 'TRANSFER_COMPLETED'],
      ]);
    });

    it('supported-characters applies to phone numbers only: employee ids, groups, skills, queues and routing points pass (002:1043-1047)', async () => {
      const callId = await talking();
      const refused =
        "Error: The destination '555-0100' has characters outside expression.phone-number.supported-characters (0123456789+).";
      expect(await failure('interaction.consult', callId, '555-0100', {}, {})).to.equal(refused);
      expect(
        await failure('interaction.consult', callId, { type: 'CUSTOM_CONTACT', destination: '555-0100' }, {}, {}),
      ).to.equal(refused);
      expect(await failure('interaction.singleStepConference', callId, '555-0100', {}, {})).to.equal(refused);
      expect(
        await failure(
          'interaction.singleStepTransfer',
          callId,
          { type: 'CUSTOM_CONTACT', destination: '555-0100' },
          {},
          {},
        ),
      ).to.equal(refused);
      const targets = [
        { type: 'AGENT', destination: 'E1002' },
        { target: 'AGENT_GROUP', destination: 'Sales Team' },
        { type: 'SKILL', destination: 'French_Speakers' },
        { type: 'INTERACTION_QUEUE', destination: 'Billing Queue' },
        { type: 'ROUTING_POINT', destination: 'RP_Sales@SIP_Switch' },
      ];
      for (const target of targets) await call('interaction.consult', callId, target, {}, {});
      expect(
        (await call<Interaction[]>('interaction.getInteractions')).slice(1).map((item) => item.parties),
      ).to.deep.equal(targets.map((target) => [{ name: target.destination }]));
      await call(
        'interaction.singleStepConference',
        callId,
        { type: 'AGENT_GROUP', destination: 'Sales Team' },
        {},
        {},
      );
      await call(
        'interaction.singleStepTransfer',
        callId,
        { type: 'ROUTING_POINT', destination: 'RP_Sales@SIP_Switch' },
        {},
        {},
      );
      expect((await get(callId)).state).to.equal('IDLE');
    });

    it('single-step conference and transfer attach the user data: ATTACHED_DATA_CHANGED before the step (002:319, 1158, 1182)', async () => {
      const callId = await talking({ CustomerName: 'Grace' });
      await call(
        'interaction.singleStepConference',
        callId,
        { type: 'AGENT', destination: '5005' },
        { Key1: 'conferenced' },
        {},
      );
      const conference = (await probe.events()).map(({ data }) => [
        data['eventType'],
        (data['interaction'] as Interaction).userData,
      ]);
      expect(await rows()).to.deep.equal([
        ['ATTACHED_DATA_CHANGED', 'voice', callId, 'TALKING'],
        ['PARTY_CHANGED', 'voice', callId, 'TALKING'],
      ]);
      expect(conference[0]![1]).to.deep.equal({
        CustomerName: 'Grace',
        Key1: 'conferenced',
        IW_CaseUid: (await get(callId)).caseId,
      });
      // Nothing to attach (null or {}), or only keys the interaction holds already: no ATTACHED_DATA_CHANGED.
      await call('interaction.singleStepConference', callId, '5006', null, null);
      await call('interaction.singleStepConference', callId, '5007', { CustomerName: 'forged' }, {});
      expect((await rows()).map(([eventType]) => eventType)).to.deep.equal(['PARTY_CHANGED', 'PARTY_CHANGED']);
      await call('interaction.singleStepTransfer', callId, '5008', { Key2: 'transferred' }, {});
      expect(await rows()).to.deep.equal([
        ['ATTACHED_DATA_CHANGED', 'voice', callId, 'TALKING'],
        ['RELEASED', 'voice', callId, 'IDLE'],
      ]);
      expect((await get(callId)).userData).to.deep.include({
        CustomerName: 'Grace',
        Key1: 'conferenced',
        Key2: 'transferred',
      });
    });
  });
}
