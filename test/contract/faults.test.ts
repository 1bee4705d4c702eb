// Fault injection and the scenario API, as the shell's panel and page developers use them.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/probe.js';
import { createWorkspace, useWorkspace } from '../helpers/workspace.js';

describe('simulator: faults', () => {
  const context = useWorkspace();

  it('fails a request with the given message, verbatim, until cleared', async () => {
    context.workspace.simulator.faults.fail('voice.dial', 'Error: The switch is down.');
    expect((await context.probe.call('voice.dial', ['5002'])).error).to.deep.include({ code: 'host-error', errorMessage: 'Error: The switch is down.' });
    expect(context.workspace.simulator.interactions.list()).to.have.length(0);
    context.workspace.simulator.faults.clear('voice.dial');
    expect((await context.probe.call('voice.dial', ['5002'])).error).to.equal(undefined);
  });

  it('applies a fault to both spellings of a request', async () => {
    context.workspace.simulator.faults.fail('sipEndpoint.muteMicrophone', 'Error: No SIP Endpoint.');
    expect((await context.probe.call('voice.muteMicrophone')).error?.errorMessage).to.equal('Error: No SIP Endpoint.');
  });

  it('delays an answer on the simulator clock', async () => {
    context.workspace.simulator.faults.delay('agent.get', 5000);
    const answer = context.probe.call('agent.get');
    let settled = false;
    void answer.then(() => { settled = true; });
    await context.probe.call('agent.getState');
    expect(settled).to.equal(false);
    context.workspace.clock.advance(5000);
    expect((await answer).data).to.deep.include({ username: 'ada.lovelace' });
  });

  it('drops an answer: the page times out', async () => {
    context.workspace.simulator.faults.drop('agent.getState');
    const result = await context.probe.control<{ error?: { code: string } }>('call', { name: 'agent.getState', parameters: [] });
    expect(result.error?.code).to.equal('timeout');
  }).timeout(8000);
});

describe('simulator: scenarios', () => {
  const context = useWorkspace();
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
    await until(async () => (await context.probe.events()).length >= 13, 'every event');
    const summary = (await context.probe.events()).map((entry) => `${entry.event}:${String(entry.data['eventType'])}`);
    expect(summary).to.deep.equal([
      'interaction:ADDED', 'interaction:RINGING', 'interaction:ESTABLISHED', 'interaction:RELEASED',
      'interaction:ADDED', 'interaction:INVITED', 'interaction:ADDED', 'interaction:INVITED',
      'outbound:CampaignLoaded', 'outbound:CampaignStarted', 'interaction:ADDED', 'interaction:INVITED',
      'system:REALTIME_CONNECTION',
    ]);
    expect(context.workspace.simulator.interactions.get(chat).interaction.state).to.equal('INVITED');
  });

  it('is deterministic: the same seed gives the same ids', async () => {
    const ids = () => {
      const other = createWorkspace(undefined, { seed: 7 });
      const id = other.simulator.scenario.inboundCall('5003');
      const record = other.simulator.interactions.get(id).interaction;
      other.dispose();
      return [record.caseId, record.callUuid, record.connId];
    };
    expect(ids()).to.deep.equal(ids());
    const first = ids();
    const changed = createWorkspace(undefined, { seed: 8 });
    const id = changed.simulator.scenario.inboundCall('5003');
    expect(changed.simulator.interactions.get(id).interaction.caseId).to.not.equal(first[0]);
    changed.dispose();
  });
});
