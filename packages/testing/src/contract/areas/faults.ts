// Fault injection and the scenario API, as the shell's panel and page developers use them.
import { expect } from '@esm-bundle/chai';
import { requestMessage } from '../probe.js';
import { allEvents, answerTo } from '../events.js';
import type { AreaContext } from '../area.js';

/** Registers the faults area of the contract suite. */
export function faultsArea(ctx: AreaContext): void {
  const { describe, it, beforeEach } = ctx.mocha;
  describe('simulator: faults', () => {
    const context = ctx.useWorkspace();

    it('fails a request with the given message, verbatim, until cleared', async () => {
      context.workspace.simulator.faults.fail('voice.dial', 'Error: The switch is down.');
      expect((await context.probe.call('voice.dial', ['5002'])).error).to.deep.include({
        code: 'host-error',
        errorMessage: 'Error: The switch is down.',
      });
      expect(context.workspace.simulator.interactions.list()).to.have.length(0);
      context.workspace.simulator.faults.clear('voice.dial');
      expect((await context.probe.call('voice.dial', ['5002'])).error).to.equal(undefined);
    });

    it('applies a fault to both spellings of a request', async () => {
      context.workspace.simulator.faults.fail('sipEndpoint.muteMicrophone', 'Error: No SIP Endpoint.');
      expect((await context.probe.call('voice.muteMicrophone')).error?.errorMessage).to.equal(
        'Error: No SIP Endpoint.',
      );
    });

    it('delays an answer on the simulator clock', async () => {
      context.workspace.simulator.faults.delay('agent.get', 5000);
      const answered = (request: string) =>
        context.workspace.traffic.some(
          (entry) => entry.kind === 'answer' && (entry.message as { request?: string }).request === request,
        );
      const answer = context.probe.call('agent.get');
      let settled = false;
      void answer.then(() => {
        settled = true;
      });
      // A later request is answered first: the host has not answered agent.get, nor has the page heard an answer.
      await context.probe.call('agent.getState');
      expect(answered('agent.getState')).to.equal(true);
      expect(answered('agent.get')).to.equal(false);
      expect(settled).to.equal(false);
      context.workspace.clock.advance(4999);
      expect(answered('agent.get')).to.equal(false);
      context.workspace.clock.advance(1);
      expect((await answer).data).to.deep.include({ username: 'ada.lovelace' });
    });

    // The page's own timeout is the bridge's, tested on a fake clock in packages/bridge/test/requests.test.ts.
    it('drops an answer: the host never answers it, while a later request is answered', async () => {
      context.workspace.simulator.faults.drop('agent.getState');
      const dropped = requestMessage('agent.getState');
      await context.probe.send(dropped);
      // The marker: sent after the dropped request, its answer arrives first and alone.
      await answerTo(context.probe, requestMessage('agent.get'));
      const answered = (await context.probe.received()).filter((message) => 'referenceId' in message);
      expect(answered.map((message) => message['request'])).to.deep.equal(['agent.get']);
      expect(
        context.workspace.traffic.filter(
          (entry) =>
            entry.direction === 'out' &&
            (entry.message as { referenceId?: unknown }).referenceId === dropped['referenceId'],
        ),
      ).to.deep.equal([]);
    });
  });

  describe('simulator: scenarios', () => {
    const context = ctx.useWorkspace();
    beforeEach(() => context.probe.listen(['interaction', 'system', 'outbound']));

    it('drives calls, chats, emails, campaigns, pushed previews, hang-ups and the realtime connection', async () => {
      const { scenario } = context.workspace.simulator;
      const call = scenario.inboundCall('+33123456789', { CustomerName: 'Grace' });
      context.workspace.simulator.voice.answer(call);
      scenario.customerHangUp(call);
      const chat = scenario.chat('grace@example.com');
      scenario.email('ada@example.com');
      scenario.campaign('Offer of the Month', 'Push Preview');
      scenario.pushPreview('Offer of the Month');
      scenario.realtime(false);
      const summary = (await allEvents(context.workspace, context.probe, 13)).map(
        (entry) => `${entry.event}:${String(entry.data['eventType'])}`,
      );
      expect(summary).to.deep.equal([
        'interaction:ADDED',
        'interaction:RINGING',
        'interaction:ESTABLISHED',
        'interaction:RELEASED',
        'interaction:ADDED',
        'interaction:INVITED',
        'interaction:ADDED',
        'interaction:INVITED',
        'outbound:CampaignLoaded',
        'outbound:CampaignStarted',
        'interaction:ADDED',
        'interaction:INVITED',
        'system:REALTIME_CONNECTION',
      ]);
      expect(context.workspace.simulator.interactions.get(chat).interaction.state).to.equal('INVITED');
    });

    it('is deterministic: the same seed gives the same ids', async () => {
      const ids = async () => {
        const other = await ctx.createWorkspace(undefined, { seed: 7 });
        const id = other.simulator.scenario.inboundCall('5003');
        const record = other.simulator.interactions.get(id).interaction;
        other.dispose();
        return [record.caseId, record.callUuid, record.connId];
      };
      expect(await ids()).to.deep.equal(await ids());
      const first = await ids();
      const changed = await ctx.createWorkspace(undefined, { seed: 8 });
      const id = changed.simulator.scenario.inboundCall('5003');
      expect(changed.simulator.interactions.get(id).interaction.caseId).to.not.equal(first[0]);
      changed.dispose();
    });
  });
}
