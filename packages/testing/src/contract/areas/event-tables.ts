// Every interaction event type of the reference's tables reaches a subscribed frame: the common,
// open media, chat and email tables through the scenario API (voice through its state machine, voice.test.ts).
import { expect } from '@esm-bundle/chai';
import { interactionEventTypes } from '@wwe-kit/protocol';
import { allEvents } from '../events.js';
import type { AreaContext } from '../area.js';

const tables = {
  voice: interactionEventTypes.common,
  workitem: [...interactionEventTypes.common, ...interactionEventTypes.openMedia],
  chat: [...interactionEventTypes.common, ...interactionEventTypes.openMedia, ...interactionEventTypes.chat],
  email: [...interactionEventTypes.common, ...interactionEventTypes.openMedia, ...interactionEventTypes.email],
} as const;
/** Events after which the interaction leaves the agent: REMOVED follows them. */
const leaving = new Set(['IN_WORKBIN', 'REVOKED', 'CANCELLED', 'SENT']);

/** Registers the event-tables area of the contract suite. */
export function eventTablesArea(ctx: AreaContext): void {
  const { describe, it, beforeEach } = ctx.mocha;
  describe('contract: the interaction event tables', () => {
    const context = ctx.useWorkspace();
    beforeEach(() => context.probe.listen(['interaction']));

    for (const [media, eventTypes] of Object.entries(tables)) {
      for (const eventType of eventTypes) {
        it(`${media}: ${eventType}`, async () => {
          const { scenario } = context.workspace.simulator;
          const id =
            media === 'voice'
              ? scenario.inboundCall('5003')
              : context.workspace.simulator.openMedia.arrive({ media, from: 'x' }).interaction.interactionId;
          const arrival = await allEvents(context.workspace, context.probe, 2);
          expect(arrival.map((entry) => entry.data['eventType'])).to.deep.equal([
            'ADDED',
            media === 'voice' ? 'RINGING' : 'INVITED',
          ]);
          scenario.interactionEvent(id, eventType);
          // Exactly the event raised, and REMOVED after those that take the interaction away.
          const expected = leaving.has(eventType) ? [eventType, 'REMOVED'] : [eventType];
          const raised = (await allEvents(context.workspace, context.probe, 2 + expected.length)).slice(2);
          expect(raised.map((entry) => entry.data['eventType'])).to.deep.equal(expected);
          const event = raised[0]!;
          if (eventType === 'CASE_ID_CHANGED')
            expect(Object.keys(event.data)).to.deep.equal(['eventType', 'caseId', 'previousCaseId']);
          else expect(event.data).to.have.nested.property('interaction.interactionId', id);
        });
      }
    }

    it('refuses an event of another table, and voice events outside the state machine', async () => {
      const { scenario } = context.workspace.simulator;
      const email = scenario.email('x');
      expect(() => scenario.interactionEvent(email, 'ENDED')).to.throw("not in that media's table");
      const call = scenario.inboundCall('5003');
      expect(() => scenario.interactionEvent(call, 'HELD')).to.throw('call state machine');
    });
  });
}
