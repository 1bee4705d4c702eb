// The reference's samples as fixtures: every sample event and the sample requests not replayed elsewhere,
// produced by the simulator through the real bridge and host, and compared with what 002 prints.
import { expect } from '@esm-bundle/chai';
import { ManualClock } from '@wwe-kit/simulator';
import type { Field, Interaction } from '@wwe-kit/protocol';
import { requestMessage, type Probe } from '../probe.js';
import { sample, samplesOf } from '../samples.js';
import { openOptions, type Workspace } from '../workspace.js';
import { allEvents, answerTo, eventOf, eventThat } from '../events.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

type Data = Record<string, unknown>;
const eventSample = (line: number, eventType?: string) =>
  samplesOf('event').find(
    (entry) =>
      entry.line === line && (eventType === undefined || (entry.event!['data'] as Data)['eventType'] === eventType),
  )!.event!;
const keysOf = (value: unknown) => Object.keys(value as object).sort();

/** Registers the samples area of the contract suite. */
export function samplesArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: the reference samples', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    /** The data of the first `name` event of that eventType the probe received, once the host sent it and the probe has it. */
    const received = async (name: string, eventType: string) =>
      (await eventThat(workspace, probe, eventOf(name, eventType))).data;
    /** Asserts `list` is not empty, so that a loop of assertions over it cannot pass by doing nothing. */
    const some = <T>(list: T[], what: string): T[] => {
      expect(list, what).to.not.have.lengthOf(0);
      return list;
    };

    beforeEach(async () => {
      // The reschedule sample dates from May 2021: the clock starts a month before it.
      workspace = await ctx.createWorkspace(
        {
          'interaction-workspace': {
            ...openOptions,
            'service-client-api.user-data.read-allowed': 'IWAttachedDataInformation,IW_CaseUid,IW_BundleUid,Key1',
          },
        },
        { clock: new ManualClock(Date.UTC(2021, 3, 27, 9, 0)) },
      );
      probe = await workspace.open();
      await probe.listen(['agent', 'interaction', 'outbound', 'messenger:my-channel']);
    });
    afterEach(() => workspace.dispose());

    it('agent STATE_CHANGED samples (002:238, 252)', async () => {
      await call('agent.setState', 'Ready');
      await call('agent.setState', 'NotReadyBreak');
      expect(await allEvents(workspace, probe, 2)).to.deep.equal(
        [eventSample(238), eventSample(252)].map(({ event, data }) => ({ event, data })),
      );
    });

    it('ATTACHED_DATA_CHANGED sample (002:266): a dialled internal call, DIALING after UNKNOWN', async () => {
      await call('voice.dial', '5001', {});
      await call('interaction.setUserData', '1', { Key1: 'v' });
      const data = await received('interaction', 'ATTACHED_DATA_CHANGED');
      const expected = eventSample(266)['data'] as Data;
      expect(keysOf(data)).to.deep.equal(keysOf(expected));
      const interaction = data['interaction'] as Data;
      for (const key of some(keysOf(expected['interaction']), "the sample interaction's keys"))
        expect(interaction, key).to.have.property(key);
      expect(interaction).to.deep.include({
        interactionId: '1',
        state: 'DIALING',
        previousState: 'UNKNOWN',
        isConsultation: false,
        direction: 'OUT',
        dnis: '5001',
        parties: [{ name: '5001' }],
        isMainCaseInteraction: true,
      });
      expect((interaction['userData'] as Data)['IW_CaseUid']).to.equal(interaction['caseId']);
    });

    it('campaign event samples (002:411-419)', async () => {
      workspace.simulator.scenario.campaign('Offer of the Month', 'Predictive GVP');
      workspace.simulator.campaigns.unload('Offer of the Month');
      const expected = [411, 413, 419, 412].map((line) => eventSample(line));
      expect(await allEvents(workspace, probe, 4)).to.deep.equal(expected.map(({ event, data }) => ({ event, data })));
    });

    it('RECORDS_RETRIEVED sample (002:428): the preview interaction and its chain', async () => {
      workspace.simulator.scenario.campaign('Outbound Campaign Custom', 'Preview');
      await call('outbound.getPreviewRecord', 'Outbound Campaign Custom');
      const data = await received('interaction', 'RECORDS_RETRIEVED');
      const expected = (eventSample(428)['data'] as Data)['interaction'] as Data;
      const interaction = data['interaction'] as Data;
      for (const key of some(keysOf(expected), "the sample interaction's keys"))
        expect(interaction, key).to.have.property(key);
      for (const [index, record] of some(
        expected['chainedRecords'] as Data[],
        "the sample's chained records",
      ).entries()) {
        for (const key of some(keysOf(record), `record ${index}'s keys`))
          expect((interaction['chainedRecords'] as Data[])[index], `record ${index}: ${key}`).to.have.property(key);
      }
      expect(interaction).to.deep.include({
        parentInteractionId: null,
        state: 'PREVIEWING',
        previousState: 'UNKNOWN',
        capabilities: ['CALL', 'REJECT_RECORD', 'CANCEL_RECORD'],
        callType: 'OUTBOUND_PREVIEW',
        startDate: null,
        endDate: null,
        isMainCaseInteraction: true,
      });
    });

    it('CASE_ID_CHANGED (002:695) and the case selection samples (002:1095-1098)', async () => {
      const id = workspace.simulator.scenario.inboundCall('5003');
      workspace.simulator.scenario.interactionEvent(id, 'CASE_ID_CHANGED');
      expect(keysOf(await received('interaction', 'CASE_ID_CHANGED'))).to.deep.equal(keysOf(eventSample(695)['data']));
      await call('interaction.selectCaseByCaseId', workspace.simulator.interactions.get(id).interaction.caseId);
      expect(keysOf(await received('interaction', 'CASE_EXPANDED'))).to.deep.equal(
        keysOf(eventSample(1098, 'CASE_EXPANDED')['data']),
      );
      expect(keysOf(await received('interaction', 'CASE_SELECTED'))).to.deep.equal(
        keysOf(eventSample(1098, 'CASE_SELECTED')['data']),
      );
    });

    // The message goes "to other web applications" (002:2562): another view sends it, this one receives the sample's event.
    it('messenger broadcast (002:2573) from another view, and its event (002:2591)', async () => {
      const sender = await workspace.open();
      const next = probe.nextEvent();
      expect(
        await answerTo(
          sender,
          requestMessage('messenger.broadcastMessage', sample('messenger.broadcastMessage', 2573).parameters),
        ),
      ).to.not.have.property('errorMessage');
      const { event, data } = eventSample(2591);
      expect(await next).to.deep.equal({ event, data });
    });

    it("getCallResult (002:2197), rescheduleRecord (002:2255), getRecordFields (002:2389) on the samples' record", async () => {
      workspace.simulator.scenario.campaign('Outbound Campaign Custom', 'Preview');
      workspace.simulator.previews.queue('Outbound Campaign Custom', [{ handle: 257 }]);
      await call('outbound.getPreviewRecord', 'Outbound Campaign Custom');
      await received('interaction', 'RECORDS_RETRIEVED');
      // The sample reschedules record 257 of interaction "1", the preview, before it is called.
      expect(
        await answerTo(
          probe,
          requestMessage('outbound.rescheduleRecord', sample('outbound.rescheduleRecord', 2255).parameters),
        ),
      ).to.not.have.property('errorMessage');
      await call('outbound.callPreviewRecord', '1', 257);
      await call('outbound.setCallResult', '2', 6);
      expect(await answerTo(probe, requestMessage('outbound.getCallResult', ['2']))).to.deep.equal(
        sample('outbound.getCallResult', 2197).response,
      );
      const fields = await call<Field[]>('outbound.getRecordFields', '2');
      const sampleFields = sample('outbound.getRecordFields', 2389).response!['data'] as Field[];
      expect(fields.find((field) => field.name === 'GSW_PHONE_TYPE')!.options).to.deep.equal(
        sampleFields.find((field) => field.name === 'GSW_PHONE_TYPE')!.options,
      );
      expect(fields.find((field) => field.name === 'GSW_CUSTOM_STRING')).to.deep.include({
        value: 'Custom message',
        isMandatory: false,
        isEditable: true,
        fieldType: 'var-char',
        valueType: 'string',
      });
      expect(
        (await call<Interaction[]>('interaction.getInteractions')).map((item) => item.interactionId),
      ).to.deep.equal(['2']);
    });

    it('getOption examples (002:823, 840)', async () => {
      const entries = [
        sample('configuration.getOption', 823),
        ...samplesOf('request').filter((item) => item.request === 'configuration.getOption' && item.line === 840),
      ];
      // The sample at 840 is there: a loop over 823 alone would leave it untested.
      expect(entries.map((entry) => entry.line)).to.include(840);
      for (const entry of entries) {
        const answer = await answerTo(probe, requestMessage('configuration.getOption', entry.parameters));
        expect(answer, JSON.stringify(entry.parameters)).to.have.property('data').that.is.an('object');
      }
    });
  });
}
