// Interaction namespace, open media and "nothing lost" through the real bridge, host and simulator.
import { expect } from '@esm-bundle/chai';
import type { Interaction } from '@wwe-kit/protocol';
import { requestMessage, type Probe } from '../probe.js';
import { sample } from '../samples.js';
import type { Workspace } from '../workspace.js';
import { allEvents, answerTo, eventsSent, type ProbeEvent } from '../events.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

/** Registers the interactions area of the contract suite. */
export function interactionsArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: interactions', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    /** Each event as `name:eventType` (a markdone event has no eventType: `markdone:undefined`). */
    const summary = (events: ProbeEvent[]) => events.map(({ event, data }) => `${event}:${String(data['eventType'])}`);
    /** The eventTypes of every event the probe received (it listens to interactions only), once it has `count` and all the host sent. */
    const eventTypes = async (count: number) =>
      (await allEvents(workspace, probe, count)).map((entry) => entry.data['eventType']);

    beforeEach(async () => {
      workspace = await ctx.createWorkspace({
        'interaction-workspace': {
          'service-client-api.accepted-web-content-origins': '*',
          'service-client-api.user-data.read-allowed': 'MyKEY1,MyKEY2,CustomerName',
          'service-client-api.user-data.write-allowed': 'MyKEY1,MyKEY2',
        },
      });
      probe = await workspace.open();
    });
    afterEach(() => workspace.dispose());

    it("setUserData as in the reference's sample (002:183): ATTACHED_DATA_CHANGED, then read back", async () => {
      workspace.simulator.voice.inbound({ ani: '5003', userData: { CustomerName: 'Grace' } });
      await probe.listen(['interaction']);
      const { parameters } = sample('interaction.setUserData', 183);
      expect(await answerTo(probe, requestMessage('interaction.setUserData', parameters))).to.not.have.property(
        'errorMessage',
      );
      // The call rang before the probe listened: this is the one event it hears.
      const [event, ...more] = await allEvents(workspace, probe, 1);
      expect(more).to.deep.equal([]);
      expect(event!.data['eventType']).to.equal('ATTACHED_DATA_CHANGED');
      expect((event!.data['interaction'] as Interaction).userData).to.deep.equal({
        CustomerName: 'Grace',
        MyKEY1: 'MyValue1',
        MyKEY2: 'MyValue2',
      });
    });

    it('nothing lost: user data written through one frame is read back through another', async () => {
      const other = await workspace.open({ mode: 'background', section: 'Background' });
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      await workspace.call(other, 'interaction.setUserData', interaction.interactionId, {
        MyKEY1: 'from the background',
      });
      expect(
        (await call<Interaction>('interaction.getByInteractionId', interaction.interactionId)).userData,
      ).to.deep.equal({ MyKEY1: 'from the background' });
      await call('interaction.deleteUserData', interaction.interactionId, 'MyKEY1');
      expect(
        (await workspace.call<Interaction>(other, 'interaction.getByInteractionId', interaction.interactionId))
          .userData,
      ).to.deep.equal({});
    });

    it('nothing lost: each messenger message reaches each other subscriber exactly once, in order, and not the sender', async () => {
      const sender = await workspace.open();
      const listeners = [probe, await workspace.open(), await workspace.open({ mode: 'hidden' })];
      for (const listener of [sender, ...listeners]) await listener.listen(['messenger:crm']);
      const sent = Array.from({ length: 25 }, (_, index) =>
        sender.call('messenger.broadcastMessage', ['crm', { index }]),
      );
      await Promise.all(sent);
      for (const listener of listeners)
        expect((await allEvents(workspace, listener, 25)).map((entry) => entry.data['index'])).to.deep.equal([
          ...Array(25).keys(),
        ]);
      // Not the sender: the host's own count, and the sender's bridge heard nothing before its last answer,
      // which the host posted after every broadcast.
      expect(eventsSent(workspace, sender)).to.equal(0);
      expect(await sender.events()).to.deep.equal([]);
    });

    it('getByInteractionId answers null for an unknown id; getInteractions lists in creation order', async () => {
      expect(await call('interaction.getByInteractionId', '99')).to.equal(null);
      workspace.simulator.voice.inbound({ ani: '5003' });
      workspace.simulator.openMedia.arrive({ media: 'chat', from: 'grace@example.com' });
      expect(
        (await call<Interaction[]>('interaction.getInteractions')).map((item) => [
          item.interactionId,
          item.media,
          item.state,
        ]),
      ).to.deep.equal([
        ['1', 'voice', 'RINGING'],
        ['2', 'chat', 'INVITED'],
      ]);
    });

    it('a single-step conference adds user data for the new party, but never rewrites what the interaction holds', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003', userData: { CustomerName: 'Grace' } });
      workspace.simulator.voice.answer(interaction.interactionId);
      await call(
        'interaction.singleStepConference',
        interaction.interactionId,
        '5005',
        { CustomerName: 'forged', IW_CaseUid: 'forged', Reason: 'billing' },
        {},
      );
      expect(workspace.simulator.interactions.get(interaction.interactionId).interaction.userData).to.deep.include({
        CustomerName: 'Grace',
        IW_CaseUid: interaction.caseId,
        Reason: 'billing',
      });
    });

    it('setUserData on a released call is refused: it needs a live interaction', async () => {
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      workspace.simulator.voice.ringNoAnswer(interaction.interactionId);
      expect(
        (await probe.call('interaction.setUserData', [interaction.interactionId, { MyKEY1: 'x' }])).error?.errorMessage,
      ).to.contain('needs a live interaction');
    });

    it('blockMarkdone: mark done fails with the warning and tells markdone subscribers; unblock lets it through', async () => {
      const blocker = await workspace.open({ mode: 'background' });
      await probe.listen(['markdone', 'interaction']);
      const { interaction } = workspace.simulator.openMedia.arrive({ media: 'email', from: 'grace@example.com' });
      const id = interaction.interactionId;
      await workspace.call(blocker, 'interaction.blockMarkdone', id, 'Fill in the disposition first.');
      expect((await probe.call('interaction.markdone', [id])).error?.errorMessage).to.equal(
        'Error: Mark done is blocked: Fill in the disposition first.',
      );
      const refused = await allEvents(workspace, probe, 3);
      expect(summary(refused)).to.deep.equal(['interaction:ADDED', 'interaction:INVITED', 'markdone:undefined']);
      expect(refused[2]!.data).to.deep.equal({ interactionId: id, warningMessage: 'Fill in the disposition first.' });
      await workspace.call(blocker, 'interaction.unblockMarkdone', id);
      await call('interaction.markdone', id);
      expect(summary(await allEvents(workspace, probe, 5))).to.deep.equal([
        'interaction:ADDED',
        'interaction:INVITED',
        'markdone:undefined',
        'interaction:COMPLETED',
        'interaction:REMOVED',
      ]);
    });

    it('chat: INVITED → accept (JOIN_PENDING, ACCEPTED) → NEW_MESSAGE → ENDED → COMPLETED → REMOVED', async () => {
      await probe.listen(['interaction']);
      const { interaction } = workspace.simulator.openMedia.arrive({
        media: 'chat',
        from: 'grace@example.com',
        contact: { firstName: 'Grace', lastName: 'Hopper' },
      });
      const id = interaction.interactionId;
      await call('interaction.accept', id);
      workspace.simulator.openMedia.newMessage(id);
      workspace.simulator.openMedia.endChat(id);
      await call('interaction.markdone', id);
      expect(await eventTypes(8)).to.deep.equal([
        'ADDED',
        'INVITED',
        'JOIN_PENDING',
        'ACCEPTED',
        'NEW_MESSAGE',
        'ENDED',
        'COMPLETED',
        'REMOVED',
      ]);
    });

    it('reject: a ringing call is released and removed; an invitation is removed', async () => {
      await probe.listen(['interaction']);
      const call1 = workspace.simulator.voice.inbound({ ani: '5003' }).interaction.interactionId;
      const chat = workspace.simulator.openMedia.arrive({ media: 'chat', from: 'x' }).interaction.interactionId;
      await call('interaction.reject', call1);
      await call('interaction.reject', chat);
      expect(await eventTypes(7)).to.deep.equal([
        'ADDED',
        'RINGING',
        'ADDED',
        'INVITED',
        'RELEASED',
        'REMOVED',
        'REMOVED',
      ]);
      expect(await call('interaction.getInteractions')).to.deep.equal([]);
    });

    it('email.create: ADDED and CREATED with the destination; sent by scenario', async () => {
      await probe.listen(['interaction']);
      await call('email.create', 'grace@example.com', { MyKEY1: 'v' });
      const [email] = await call<Interaction[]>('interaction.getInteractions');
      expect(email).to.deep.include({ media: 'email', state: 'CREATED', parties: [{ name: 'grace@example.com' }] });
      workspace.simulator.openMedia.send(email!.interactionId);
      expect(await eventTypes(4)).to.deep.equal(['ADDED', 'CREATED', 'SENT', 'REMOVED']);
    });

    it('email.create(destination, null): a null userData is no user data, as the reference library sends it', async () => {
      expect(await answerTo(probe, requestMessage('email.create', ['grace@example.com', null]))).to.not.have.property(
        'errorMessage',
      );
      await call('email.create', 'ada@example.com', null);
      expect(
        (await call<Interaction[]>('interaction.getInteractions')).map((item) => [item.parties, item.state]),
      ).to.deep.equal([
        [[{ name: 'grace@example.com' }], 'CREATED'],
        [[{ name: 'ada@example.com' }], 'CREATED'],
      ]);
      expect(
        workspace.simulator.interactions.list().map((record) => Object.keys(record.interaction.userData)),
      ).to.deep.equal([
        ['IW_CaseUid', 'IW_BundleUid'],
        ['IW_CaseUid', 'IW_BundleUid'],
      ]);
    });

    it('selectCaseByCaseId: CASE_EXPANDED once, then CASE_SELECTED, with selectedCaseId', async () => {
      await probe.listen(['interaction']);
      const { interaction } = workspace.simulator.voice.inbound({ ani: '5003' });
      await call('interaction.selectCaseByCaseId', interaction.caseId);
      await call('interaction.selectCaseByCaseId', interaction.caseId);
      const events = await allEvents(workspace, probe, 5);
      expect(summary(events.slice(0, 2))).to.deep.equal(['interaction:ADDED', 'interaction:RINGING']);
      expect(events.slice(2).map((entry) => entry.data)).to.deep.equal([
        { eventType: 'CASE_EXPANDED', selectedCaseId: interaction.caseId },
        { eventType: 'CASE_SELECTED', selectedCaseId: interaction.caseId },
        { eventType: 'CASE_SELECTED', selectedCaseId: interaction.caseId },
      ]);
      expect(await call('interaction.getByInteractionId', interaction.interactionId)).to.deep.include({
        isCaseSelected: true,
        isCaseExpanded: true,
      });
      expect((await probe.call('interaction.selectCaseByCaseId', ['nope'])).error?.errorMessage).to.contain(
        'Case not found',
      );
    });
  });
}
