// The agent's desk: each action and whether it is possible, through a call's, a chat's and a push preview
// record's life. `can()` must agree with the actions: an action it allows succeeds, and one it refuses
// throws the simulator's own refusal and changes nothing.
import { expect } from '@open-wc/testing';
import type { Interaction } from '@wwe-kit/protocol';
import {
  ManualClock,
  WorkspaceSimulator,
  type DeskAction,
  type DeskActions,
  type RecordContext,
} from '@wwe-kit/simulator';

const actions: DeskAction[] = ['answer', 'accept', 'reject', 'markDone'];
const none: DeskActions = { answer: false, accept: false, reject: false, markDone: false };

describe('simulator desk', () => {
  let clock: ManualClock;
  let simulator: WorkspaceSimulator;

  beforeEach(() => {
    clock = new ManualClock();
    simulator = new WorkspaceSimulator({ clock });
  });

  const emittedCount = () => simulator.runtime.emitted.length;
  /** The events `act` raises, as `eventType:state` (interaction events) or the event's name. */
  const eventsOf = (act: () => void): string[] => {
    const start = emittedCount();
    act();
    return simulator.runtime.emitted.slice(start).map(({ name, data }) => {
      if (name !== 'interaction') return name;
      const event = data as { eventType: string; interaction?: Interaction };
      return `${event.eventType}:${event.interaction?.state}`;
    });
  };
  /** The Error text an action fails with. */
  const refusal = (action: DeskAction, id: string): string => {
    try {
      simulator.desk[action](id);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`desk.${action}('${id}') was not refused`);
  };
  /**
   * The desk allows exactly `allowed` on `id` now; each other action is refused with `refusals[action]`
   * (when given), raising nothing and leaving the interaction as it was.
   */
  const expectDesk = (
    id: string,
    allowed: Partial<DeskActions>,
    refusals: Partial<Record<DeskAction, string>> = {},
  ) => {
    const before = emittedCount();
    expect(simulator.desk.can(id)).to.deep.equal({ ...none, ...allowed });
    expect(emittedCount(), 'can() raises no event').to.equal(before);
    const snapshot = structuredClone(simulator.interactions.find(id)?.interaction);
    for (const action of actions.filter((name) => !allowed[name])) {
      const message = refusal(action, id);
      if (refusals[action] !== undefined) expect(message, action).to.equal(refusals[action]);
      expect(emittedCount(), `refused ${action} raises no event`).to.equal(before);
      expect(simulator.interactions.find(id)?.interaction, `refused ${action} changes nothing`).to.deep.equal(snapshot);
    }
  };

  it('a call: answered while ringing, marked done once released', () => {
    const id = simulator.voice.inbound({ ani: '+442071234567' }).interaction.interactionId;
    expectDesk(
      id,
      { answer: true },
      {
        accept: "Error: Operation 'interaction.accept' is not allowed in state RINGING; it needs INVITED.",
        reject: "Error: Operation 'interaction.reject' is not allowed in state RINGING; it needs INVITED.",
        markDone: "Error: Operation 'interaction.markdone' is not allowed in state RINGING; it needs IDLE.",
      },
    );
    expect(eventsOf(() => simulator.desk.answer(id))).to.deep.equal(['ESTABLISHED:TALKING']);
    expectDesk(
      id,
      {},
      { answer: "Error: Operation 'voice.answer' is not allowed in state TALKING; it needs RINGING." },
    );
    simulator.voice.release(id);
    expectDesk(id, { markDone: true });
    expect(eventsOf(() => simulator.desk.markDone(id))).to.deep.equal(['REMOVED:IDLE']);
    expect(simulator.interactions.find(id)).to.equal(undefined);
    expectDesk(id, {}, { markDone: 'Error: Interaction not found.', answer: 'Error: Interaction not found.' });
  });

  it('a chat: accepted (JOIN_PENDING, ACCEPTED) and marked done; never answered', () => {
    const id = simulator.openMedia.arrive({ media: 'chat', from: 'ada@example.com' }).interaction.interactionId;
    // At the desk an invitation is accepted or rejected first (a page's interaction.markdone may still complete it).
    expectDesk(
      id,
      { accept: true, reject: true },
      {
        answer: "Error: Operation 'voice.answer' applies to voice interactions, not chat ones.",
        markDone: `Error: Interaction '${id}' is an invitation: accept or reject it first; Done comes once it is handled.`,
      },
    );
    expect(eventsOf(() => simulator.desk.accept(id))).to.deep.equal(['JOIN_PENDING:JOIN_PENDING', 'ACCEPTED:ACCEPTED']);
    expectDesk(
      id,
      { markDone: true },
      {
        accept: "Error: Operation 'interaction.accept' is not allowed in state ACCEPTED; it needs INVITED.",
        reject: "Error: Operation 'interaction.reject' is not allowed in state ACCEPTED; it needs INVITED.",
      },
    );
    expect(eventsOf(() => simulator.desk.markDone(id))).to.deep.equal(['COMPLETED:COMPLETED', 'REMOVED:COMPLETED']);
  });

  it('a rejected email goes back to the queue', () => {
    const id = simulator.openMedia.arrive({ media: 'email', from: 'grace@example.com' }).interaction.interactionId;
    expect(eventsOf(() => simulator.desk.reject(id))).to.deep.equal(['REMOVED:INVITED']);
    expectDesk(id, {}, { accept: 'Error: Interaction not found.' });
  });

  it('mark done while a page blocks it: offered, and the attempt tells markdone subscribers and is refused', () => {
    const id = simulator.openMedia.arrive({ media: 'email', from: 'grace@example.com' }).interaction.interactionId;
    simulator.desk.accept(id);
    const record = simulator.interactions.get(id);
    record.blocks.set('7', 'Fill in the disposition first.');
    expect(simulator.desk.can(id).markDone).to.equal(true);
    const start = emittedCount();
    expect(refusal('markDone', id)).to.equal('Error: Mark done is blocked: Fill in the disposition first.');
    expect(simulator.runtime.emitted.slice(start)).to.deep.equal([
      { name: 'markdone', data: { interactionId: id, warningMessage: 'Fill in the disposition first.' } },
    ]);
    record.blocks.clear();
    expectDesk(id, { markDone: true });
  });

  describe('a push preview record', () => {
    const campaign = 'Offer of the Month';
    let id: string;
    beforeEach(() => {
      simulator.campaigns.load(campaign);
      simulator.campaigns.start(campaign, 'Push Preview');
      id = simulator.previews.push(campaign).interaction.interactionId;
    });

    it('accepted, called, released, and marked done through its call', () => {
      expectDesk(
        id,
        { accept: true, reject: true },
        {
          answer: "Error: Operation 'voice.answer' is not allowed in state INVITED; it needs RINGING.",
          markDone:
            "Error: Operation 'interaction.markdone' is not allowed in state INVITED: the interaction's capabilities are [ACCEPT, REJECT], without MARK_DONE.",
        },
      );
      expect(eventsOf(() => simulator.desk.accept(id))).to.deep.equal([
        'PREVIEWING:PREVIEWING',
        'RECORDS_RETRIEVED:PREVIEWING',
      ]);
      expectDesk(
        id,
        {},
        {
          accept:
            "Error: Operation 'interaction.accept' is not allowed in state PREVIEWING: the interaction's capabilities are [CALL, REJECT_RECORD, CANCEL_RECORD], without ACCEPT.",
        },
      );
      const context = simulator.interactions.get(id).outbound as RecordContext;
      simulator.previews.call(id, Number(context.chain[0]!['GSW_RECORD_HANDLE']));
      const call = context.call!.interaction.interactionId;
      expectDesk(call, {});
      clock.advance(3000);
      expect(simulator.interactions.get(call).interaction.state).to.equal('TALKING');
      expectDesk(
        call,
        {},
        { markDone: "Error: Operation 'interaction.markdone' is not allowed in state TALKING; it needs IDLE." },
      );
      simulator.voice.release(call);
      // Push preview keeps the called record, IDLE without capabilities, until its call is marked done.
      expectDesk(id, {});
      expectDesk(call, { markDone: true });
      expect(eventsOf(() => simulator.desk.markDone(call))).to.deep.equal([
        'MARKDONE_APPLIED:IDLE',
        'REMOVED:IDLE',
        'REMOVED:IDLE',
      ]);
      expect(simulator.interactions.list()).to.deep.equal([]);
    });

    it('rejected: REJECTED and removed', () => {
      expect(eventsOf(() => simulator.desk.reject(id))).to.deep.equal(['REMOVED:REJECTED']);
      expectDesk(id, {}, { reject: 'Error: Interaction not found.' });
    });

    it('rejected as a record (rejectPreviewRecord): marked done from the desk', () => {
      simulator.desk.accept(id);
      simulator.previews.end(id, 'outbound.rejectPreviewRecord');
      expectDesk(id, { markDone: true });
      expect(eventsOf(() => simulator.desk.markDone(id))).to.deep.equal(['REMOVED:REJECTED']);
    });
  });
});
