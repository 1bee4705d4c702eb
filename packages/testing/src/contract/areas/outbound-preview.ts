// Every row of the preview-event table (protocol notes; 002:361-406), through bridge, host and simulator:
// eventType, state, callType and capabilities, in order, for pull, push and direct push preview.
import { expect } from '@esm-bundle/chai';
import type { Interaction } from '@wwe-kit/protocol';
import type { Probe } from '../probe.js';
import type { Workspace } from '../workspace.js';
import { allEvents, eventOf, eventThat, type ProbeEvent } from '../events.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

type Row = [who: 'pv' | 'call', eventType: string, state: string, callType: string, capabilities?: string[]];

/** Registers the outbound-preview area of the contract suite. */
export function outboundPreviewArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: outbound preview events', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    let previewId = '';
    /** How many of the probe's events this test has checked or skipped: each check reads the ones after them. */
    let seen = 0;
    /** The events after those seen, once `count` of them arrived and the probe holds all the host sent it. */
    const newEvents = async (count: number): Promise<ProbeEvent[]> => {
      const events = await allEvents(workspace, probe, seen + count);
      const fresh = events.slice(seen);
      seen = events.length;
      return fresh;
    };
    /** An interaction event as a row; any other event (an outbound one) as its name and eventType, so a stray one fails the comparison. */
    const row = ({ event, data }: ProbeEvent): Row | string[] => {
      if (event !== 'interaction') return [event, String(data['eventType'])];
      const interaction = data['interaction'] as Interaction;
      return [
        interaction.interactionId === previewId ? 'pv' : 'call',
        data['eventType'] as string,
        interaction.state,
        interaction.callType!,
        interaction.capabilities,
      ];
    };
    /** The next events are exactly these rows, no more. */
    const expectRows = async (expected: Row[]) =>
      expect((await newEvents(expected.length)).map(row)).to.deep.equal(expected);
    /** Skips every event the host has sent so far, once the probe has them. */
    const skipEvents = () => newEvents(0);
    /** The preview record's id, from the ADDED event the host sends the probe when the record arrives (a pulled one arrives after the answer). */
    const previewArrives = async () => {
      previewId = (
        (await eventThat(workspace, probe, eventOf('interaction', 'ADDED'))).data['interaction'] as Interaction
      ).interactionId;
    };
    const firstHandle = async () =>
      (await call<Array<{ records: Array<Record<string, number>> }>>('outbound.getChainedRecords', previewId))[0]!
        .records[0]!['GSW_RECORD_HANDLE'];
    const callId = () =>
      workspace.simulator.interactions.list().find((record) => record.interaction.callType === 'OUTBOUND')!.interaction
        .interactionId;

    beforeEach(async () => {
      previewId = '';
      seen = 0;
      workspace = await ctx.createWorkspace();
      probe = await workspace.open();
      await probe.listen(['interaction', 'outbound']);
      workspace.simulator.campaigns.load('Offer of the Month');
      workspace.simulator.campaigns.start('Offer of the Month', 'Preview');
      expect((await newEvents(2)).map((entry) => entry.data)).to.deep.equal([
        { eventType: 'CampaignLoaded', campaign: 'Offer of the Month' },
        { eventType: 'CampaignStarted', campaign: 'Offer of the Month', mode: 'Preview' },
      ]);
    });
    afterEach(() => workspace.dispose());

    const previewing = ['CALL', 'REJECT_RECORD', 'CANCEL_RECORD'];

    it('pull preview: record received, make call, release and mark done', async () => {
      await call('outbound.getPreviewRecord', 'Offer of the Month');
      await previewArrives();
      await expectRows([
        ['pv', 'ADDED', 'PREVIEWING', 'OUTBOUND_PREVIEW', previewing],
        ['pv', 'PREVIEWING', 'PREVIEWING', 'OUTBOUND_PREVIEW', previewing],
        ['pv', 'RECORDS_RETRIEVED', 'PREVIEWING', 'OUTBOUND_PREVIEW', previewing],
      ]);
      const handle = await firstHandle();
      await call('outbound.callPreviewRecord', previewId, handle);
      await expectRows([
        ['call', 'ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']],
        ['call', 'DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']],
        ['pv', 'REMOVED', 'IDLE', 'OUTBOUND_PREVIEW', []],
      ]);
      workspace.clock.advance(3000);
      await call('voice.hangUp', callId());
      await expectRows([
        ['call', 'ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP', 'HOLD']],
        ['call', 'RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
      ]);
      await call('interaction.markdone', callId());
      await expectRows([
        ['call', 'MARKDONE_APPLIED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
        ['call', 'REMOVED', 'IDLE', 'OUTBOUND', []],
      ]);
      expect(workspace.simulator.previews.completed).to.have.length(1);
    });

    it('pull preview: reject record, then mark done', async () => {
      await call('outbound.getPreviewRecord', 'Offer of the Month');
      await previewArrives();
      await skipEvents();
      await call('outbound.rejectPreviewRecord', previewId);
      await expectRows([['pv', 'STATE_CHANGED', 'REJECTED', 'OUTBOUND_PREVIEW', ['MARK_DONE']]]);
      await call('interaction.markdone', previewId);
      await expectRows([['pv', 'REMOVED', 'REJECTED', 'OUTBOUND_PREVIEW', []]]);
    });

    it('pull preview: cancel record without an id uses the current record', async () => {
      await call('outbound.getPreviewRecord', 'Offer of the Month');
      await previewArrives();
      await skipEvents();
      await call('outbound.cancelPreviewRecord');
      await expectRows([['pv', 'STATE_CHANGED', 'CANCELED', 'OUTBOUND_PREVIEW', ['MARK_DONE']]]);
    });

    it('push preview: received, accepted, make call, release and mark done', async () => {
      workspace.simulator.previews.push('Offer of the Month');
      await previewArrives();
      await expectRows([
        ['pv', 'ADDED', 'INVITED', 'OUTBOUND_PUSH_PREVIEW', ['ACCEPT', 'REJECT']],
        ['pv', 'INVITED', 'INVITED', 'OUTBOUND_PUSH_PREVIEW', ['ACCEPT', 'REJECT']],
      ]);
      await call('interaction.accept', previewId);
      await expectRows([
        ['pv', 'PREVIEWING', 'PREVIEWING', 'OUTBOUND_PUSH_PREVIEW', previewing],
        ['pv', 'RECORDS_RETRIEVED', 'PREVIEWING', 'OUTBOUND_PUSH_PREVIEW', previewing],
      ]);
      const handle = await firstHandle();
      await call('outbound.callPreviewRecord', previewId, handle);
      workspace.clock.advance(3000);
      await call('voice.hangUp', callId());
      await expectRows([
        ['call', 'ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']],
        ['call', 'DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']],
        ['call', 'ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP', 'HOLD']],
        ['call', 'RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
      ]);
      await call('interaction.markdone', callId());
      await expectRows([
        ['call', 'MARKDONE_APPLIED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
        ['pv', 'REMOVED', 'IDLE', 'OUTBOUND_PUSH_PREVIEW', ['MARK_DONE']],
        ['call', 'REMOVED', 'IDLE', 'OUTBOUND', []],
      ]);
    });

    it('push preview: once called, the preview has no capabilities until mark done; a second call, a reject or a cancel is refused (002:376-388)', async () => {
      previewId = workspace.simulator.previews.push('Offer of the Month').interaction.interactionId;
      await call('interaction.accept', previewId);
      const handle = await firstHandle();
      await call('outbound.callPreviewRecord', previewId, handle);
      const dialled = callId();
      expect(await call('interaction.getByInteractionId', previewId)).to.deep.include({
        state: 'IDLE',
        capabilities: [],
      });
      const called = (request: string, state: string) =>
        `Error: Operation '${request}' is not allowed: preview record '${previewId}' has been called already (call '${dialled}', ${state})`;
      expect((await probe.call('outbound.callPreviewRecord', [previewId, handle])).error?.errorMessage).to.equal(
        `${called('outbound.callPreviewRecord', 'DIALING')}, and a record is called once. To finish it, hang up call '${dialled}' (voice.hangUp), then mark it done (interaction.markdone).`,
      );
      expect((await probe.call('outbound.rejectPreviewRecord', [previewId])).error?.errorMessage).to.equal(
        `${called('outbound.rejectPreviewRecord', 'DIALING')}, and a called record is no longer rejected or canceled. Give its outcome with outbound.setCallResult('${dialled}', …), then hang up call '${dialled}' (voice.hangUp), then mark it done (interaction.markdone).`,
      );
      workspace.clock.advance(3000);
      await call('voice.hangUp', dialled);
      expect((await probe.call('outbound.cancelPreviewRecord', [])).error?.errorMessage).to.equal(
        `${called('outbound.cancelPreviewRecord', 'IDLE')}, and a called record is no longer rejected or canceled. Give its outcome with outbound.setCallResult('${dialled}', …), then mark call '${dialled}' done (interaction.markdone).`,
      );
      expect((await probe.call('interaction.markdone', [previewId])).error?.errorMessage).to.contain(
        'without MARK_DONE',
      );
      await skipEvents();
      await call('interaction.markdone', dialled);
      await expectRows([
        ['call', 'MARKDONE_APPLIED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
        ['pv', 'REMOVED', 'IDLE', 'OUTBOUND_PUSH_PREVIEW', ['MARK_DONE']],
        ['call', 'REMOVED', 'IDLE', 'OUTBOUND', []],
      ]);
      expect(workspace.simulator.previews.completed).to.have.length(1);
    });

    it('push preview: rejected invitation is removed as REJECTED', async () => {
      workspace.simulator.previews.push('Offer of the Month');
      await previewArrives();
      await skipEvents();
      await call('interaction.reject', previewId);
      await expectRows([['pv', 'REMOVED', 'REJECTED', 'OUTBOUND_PUSH_PREVIEW', []]]);
    });

    it('direct push preview: started, received, accepted, make call (no HOLD), mark done stops it', async () => {
      expect((await probe.call('outbound.getPreviewRecord', ['Unknown campaign'])).error?.errorMessage).to.contain(
        "Campaign 'Unknown campaign' not found",
      );
      expect(() => workspace.simulator.previews.directPushRecord('Offer of the Month')).to.throw(
        'Direct push preview is not started',
      );
      await call('outbound.startDirectPushPreview');
      workspace.simulator.previews.directPushRecord('Offer of the Month');
      await previewArrives();
      await call('interaction.accept', previewId);
      const handle = await firstHandle();
      await call('outbound.callPreviewRecord', previewId, handle);
      workspace.clock.advance(3000);
      expect((await probe.call('voice.hold', [callId()])).error?.errorMessage).to.equal(
        "Error: Operation 'voice.hold' is not allowed in state TALKING: the interaction's capabilities are [HANGUP], without HOLD.",
      );
      await call('voice.hangUp', callId());
      await call('interaction.markdone', callId());
      await expectRows([
        ['pv', 'ADDED', 'INVITED', 'OUTBOUND_PREVIEW', ['ACCEPT', 'REJECT']],
        ['pv', 'INVITED', 'INVITED', 'OUTBOUND_PREVIEW', ['ACCEPT', 'REJECT']],
        ['pv', 'PREVIEWING', 'PREVIEWING', 'OUTBOUND_PREVIEW', previewing],
        ['pv', 'RECORDS_RETRIEVED', 'PREVIEWING', 'OUTBOUND_PREVIEW', previewing],
        ['call', 'ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']],
        ['call', 'DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']],
        ['pv', 'REMOVED', 'IDLE', 'OUTBOUND_PREVIEW', []],
        ['call', 'ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP']],
        ['call', 'RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
        ['call', 'MARKDONE_APPLIED', 'IDLE', 'OUTBOUND', ['MARK_DONE']],
        ['call', 'REMOVED', 'IDLE', 'OUTBOUND', []],
      ]);
      expect(workspace.simulator.previews.directPush).to.equal(false);
    });

    it('campaigns: getCampaigns lists loaded ones; stop and unload raise their events', async () => {
      expect(await call('outbound.getCampaigns')).to.deep.equal([
        { name: 'Offer of the Month', state: 'Started', mode: 'Preview' },
      ]);
      workspace.simulator.campaigns.unload('Offer of the Month');
      expect((await newEvents(2)).map((entry) => entry.data['eventType'])).to.deep.equal([
        'CampaignStopped',
        'CampaignUnloaded',
      ]);
      expect(await call('outbound.getCampaigns')).to.deep.equal([]);
    });
  });
}
