// Every interaction event type of the reference's tables reaches a subscribed frame: the common,
// open media, chat and email tables through the scenario API (voice through its state machine, voice.test.ts).
import { expect } from '@open-wc/testing';
import { interactionEventTypes } from '@wwe-kit/protocol';
import { until } from '../helpers/probe.js';
import { useWorkspace } from '../helpers/workspace.js';

const tables = {
  voice: interactionEventTypes.common,
  workitem: [...interactionEventTypes.common, ...interactionEventTypes.openMedia],
  chat: [...interactionEventTypes.common, ...interactionEventTypes.openMedia, ...interactionEventTypes.chat],
  email: [...interactionEventTypes.common, ...interactionEventTypes.openMedia, ...interactionEventTypes.email],
} as const;

describe('contract: the interaction event tables', () => {
  const context = useWorkspace();
  beforeEach(() => context.probe.listen(['interaction']));

  for (const [media, eventTypes] of Object.entries(tables)) {
    for (const eventType of eventTypes) {
      it(`${media}: ${eventType}`, async () => {
        const { scenario } = context.workspace.simulator;
        const id = media === 'voice' ? scenario.inboundCall('5003') : context.workspace.simulator.openMedia.arrive({ media, from: 'x' }).interaction.interactionId;
        await until(async () => (await context.probe.events()).length >= 2, 'the arrival events');
        const before = (await context.probe.events()).length;
        scenario.interactionEvent(id, eventType);
        const raised = async () => (await context.probe.events()).slice(before).find((entry) => entry.data['eventType'] === eventType);
        await until(async () => (await raised()) !== undefined, `${eventType} arrives`);
        const event = (await raised())!;
        if (eventType === 'CASE_ID_CHANGED') expect(Object.keys(event.data)).to.deep.equal(['eventType', 'caseId', 'previousCaseId']);
        else expect(event.data).to.have.nested.property('interaction.interactionId', id);
      });
    }
  }

  it('refuses an event of another table, and voice events outside the state machine', async () => {
    const { scenario } = context.workspace.simulator;
    const email = scenario.email('x');
    expect(() => scenario.interactionEvent(email, 'ENDED')).to.throw('not in that media\'s table');
    const call = scenario.inboundCall('5003');
    expect(() => scenario.interactionEvent(call, 'HELD')).to.throw('call state machine');
  });
});
