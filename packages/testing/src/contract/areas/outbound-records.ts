// Outbound records through bridge, host and simulator: call results, Do Not Call, reschedule in the
// record's time zone, chained records and field validation; the reference's samples as fixtures.
import { expect } from '@esm-bundle/chai';
import type { Field, Interaction } from '@wwe-kit/protocol';
import { requestMessage, type Probe } from '../probe.js';
import { sample } from '../samples.js';
import type { Workspace } from '../workspace.js';
import { answerTo, eventOf, eventThat } from '../events.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

/** Registers the outbound-records area of the contract suite. */
export function outboundRecordsArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: outbound records', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    let previewId: string;
    let handles: number[];
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);
    const failure = async (name: string, ...parameters: unknown[]) =>
      (await probe.call(name, parameters)).error?.errorMessage;
    const makeCall = async () => {
      await call('outbound.callPreviewRecord', previewId, handles[0]);
      return workspace.simulator.interactions.list().find((record) => record.interaction.callType === 'OUTBOUND')!
        .interaction.interactionId;
    };

    beforeEach(async () => {
      workspace = await ctx.createWorkspace();
      probe = await workspace.open();
      workspace.simulator.campaigns.load('Outbound Campaign Custom');
      workspace.simulator.campaigns.start('Outbound Campaign Custom', 'Preview');
      // 2026-01-05 09:00 UTC on the manual clock; the customer is in ACT (UTC+9:30) for the first record, EDT for the second.
      workspace.simulator.previews.queue('Outbound Campaign Custom', [
        { phone: '+33647005' },
        { phone: '+33647004', tzName: 'EDT', tzOffset: -14400 },
      ]);
      // The record arrives by events after the answer: the probe listens, and the host's RECORDS_RETRIEVED says it is there.
      await probe.listen(['interaction']);
      await call('outbound.getPreviewRecord', 'Outbound Campaign Custom');
      previewId = (
        (await eventThat(workspace, probe, eventOf('interaction', 'RECORDS_RETRIEVED'))).data[
          'interaction'
        ] as Interaction
      ).interactionId;
      expect(
        (await call<Interaction[]>('interaction.getInteractions')).map((interaction) => interaction.interactionId),
      ).to.deep.equal([previewId]);
      const [chain] = await call<Array<{ records: Array<Record<string, unknown>> }>>(
        'outbound.getChainedRecords',
        previewId,
      );
      handles = chain!.records.map((record) => record['GSW_RECORD_HANDLE'] as number);
    });
    afterEach(() => workspace.dispose());

    it("getListOfCallResults answers the reference's sample (002:2116)", async () => {
      const { response } = sample('outbound.getListOfCallResults', 2116);
      expect(await answerTo(probe, requestMessage('outbound.getListOfCallResults'))).to.deep.equal(response);
    });

    it("getChainedRecords answers [{ records }] in chain order, with the sample's keys (002:2283)", async () => {
      const records = (
        await call<Array<{ records: Array<Record<string, unknown>> }>>('outbound.getChainedRecords', previewId)
      )[0]!.records;
      const sampleRecords = (
        sample('outbound.getChainedRecords', 2283).response!['data'] as Array<{
          records: Array<Record<string, unknown>>;
        }>
      )[0]!.records;
      expect(sampleRecords, "the sample's records").to.not.have.lengthOf(0);
      for (const [index, sampleRecord] of sampleRecords.entries()) {
        for (const key of Object.keys(sampleRecord))
          expect(records[index], `record ${index}: ${key}`).to.have.property(key);
      }
      expect(records[0]!['IW_CaseUid']).to.equal(
        (await call<Interaction>('interaction.getByInteractionId', previewId)).caseId,
      );
      expect(records.map((record) => [record['GSW_PHONE'], record['GSW_USER_EVENT']])).to.deep.equal([
        ['+33647005', 'PreviewRecord'],
        ['+33647004', 'ChainedRecord'],
      ]);
      expect(records[0]!['GSW_CHAIN_ID']).to.equal(records[1]!['GSW_CHAIN_ID']);
    });

    it('call results: getCallResult starts at the record (28), setCallResult takes a number or digits', async () => {
      expect(await call('outbound.getCallResult', previewId)).to.equal(28);
      expect(await failure('outbound.setCallResult', previewId, 6)).to.contain('needs an active or completed call');
      const callId = await makeCall();
      await call('outbound.setCallResult', callId, 6);
      expect(await call('outbound.getCallResult', callId)).to.equal(6);
      await call('outbound.setCallResult', callId, '33');
      expect(await call('outbound.getCallResult', callId)).to.equal(33);
      expect(await failure('outbound.setCallResult', callId, 2)).to.equal(
        "Error: Invalid call result '2'. Use a value from outbound.getListOfCallResults(), e.g. 6 for BUSY.",
      );
    });

    it('setCallResult fails clearly on a Do Not Call record; removeDoNotCall lifts it', async () => {
      const callId = await makeCall();
      await call('outbound.setDoNotCall', callId);
      expect(await failure('outbound.setCallResult', callId, 6)).to.equal(
        'Error: The call result cannot be set on a record marked "Do Not Call". Remove Do Not Call first (outbound.removeDoNotCall).',
      );
      expect(await failure('outbound.rescheduleRecord', callId, handles[0], '01/06/2026 10:00', 'CAMPAIGN')).to.equal(
        'Error: A record marked "Do Not Call" cannot be rescheduled.',
      );
      await call('outbound.removeDoNotCall', callId);
      await call('outbound.setCallResult', callId, 6);
    });

    const rescheduleCases: Array<
      [what: string, handleIndex: number, date: string, type: string, expected: string | RegExp]
    > = [
      ['ACT wall clock 10:55 is 01:25 UTC', 0, '01/06/2026 10:55', 'PERSONAL', '2026-01-06T01:25:00.000Z'],
      ['EDT wall clock 10:30 is 14:30 UTC', 1, '01/05/2026 10:30', 'CAMPAIGN', '2026-01-05T14:30:00.000Z'],
      [
        'ACT 18:00 today is 08:30 UTC, still ahead of 09:00? no: in the past',
        0,
        '01/05/2026 18:00',
        'PERSONAL',
        /is in the past in the record's time zone \(ACT \+09:30\)/,
      ],
      [
        'EDT 04:30 today is 08:30 UTC: in the past',
        1,
        '01/05/2026 04:30',
        'PERSONAL',
        /is in the past in the record's time zone \(EDT -04:00\)/,
      ],
      ['a date that does not exist', 0, '02/30/2026 10:00', 'PERSONAL', /Invalid reschedule date '02\/30\/2026 10:00'/],
      ['a 12-hour clock', 0, '01/06/2026 3:30 PM', 'PERSONAL', /Invalid reschedule date/],
      ['an ISO date', 0, '2026-01-06 10:00', 'PERSONAL', /Invalid reschedule date/],
      [
        'a callback type in lower case',
        0,
        '01/06/2026 10:00',
        'personal',
        "Error: Invalid callback type 'personal'. Use CAMPAIGN or PERSONAL.",
      ],
    ];
    for (const [what, handleIndex, date, type, expected] of rescheduleCases) {
      it(`rescheduleRecord: ${what}`, async () => {
        const result = await probe.call('outbound.rescheduleRecord', [previewId, handles[handleIndex], date, type]);
        if (typeof expected === 'string' && expected.endsWith('Z')) {
          expect(result.error).to.equal(undefined);
          const context = workspace.simulator.interactions.get(previewId).outbound as {
            schedule: { utc: number; callbackType: string };
          };
          expect(new Date(context.schedule.utc).toISOString()).to.equal(expected);
          expect(context.schedule.callbackType).to.equal(type);
        } else if (typeof expected === 'string') expect(result.error?.errorMessage).to.equal(expected);
        else expect(result.error?.errorMessage).to.match(expected);
      });
    }

    it('rescheduleRecord: unknown handle refused; cancelReschedule clears it', async () => {
      expect(await failure('outbound.rescheduleRecord', previewId, 1, '01/06/2026 10:00', 'CAMPAIGN')).to.match(
        /^Error: Record 1 not found in the chain of records/,
      );
      await call('outbound.rescheduleRecord', previewId, handles[0], '01/06/2026 10:00', 'CAMPAIGN');
      await call('outbound.cancelReschedule', previewId);
      expect((workspace.simulator.interactions.get(previewId).outbound as { schedule: unknown }).schedule).to.equal(
        undefined,
      );
    });

    it('getRecordFields: typed fields with string values; the sample update (002:2457) applies', async () => {
      const fields = await call<Field[]>('outbound.getRecordFields', previewId);
      expect(fields.find((field) => field.name === 'GSW_FROM')).to.deep.equal({
        name: 'GSW_FROM',
        displayName: 'Call From',
        value: '00:00',
        isMandatory: true,
        isEditable: true,
        fieldType: 'time',
        valueType: 'string',
      });
      expect(fields.find((field) => field.name === 'GSW_PHONE_TYPE')).to.deep.include({
        value: '1',
        fieldType: 'enum',
        valueType: 'number',
      });
      const { parameters } = sample('outbound.updateRecordFields', 2457);
      await call('outbound.updateRecordFields', previewId, parameters![1]);
      const updated = Object.fromEntries(
        (await call<Field[]>('outbound.getRecordFields', previewId)).map((field) => [field.name, field.value]),
      );
      expect(updated).to.deep.include({
        GSW_FROM: '10:15',
        GSW_UNTIL: '23:45',
        GSW_PHONE_TYPE: '9',
        Custom_String_with_default: 'Hi there!',
      });
    });

    const fieldCases: Array<[data: Record<string, unknown>, problem: string | null]> = [
      [{ Custom_Integer: 42 }, null],
      [{ Custom_Integer: 4.2 }, "Error: Invalid value for field 'Custom_Integer': expected a whole number (int)."],
      [
        { Custom_Integer: '42' },
        "Error: Invalid value for field 'Custom_Integer': expected a number (valueType), got string.",
      ],
      [{ Custom_Float: 3.5 }, null],
      [
        { Custom_Float: 'x' },
        "Error: Invalid value for field 'Custom_Float': expected a number (valueType), got string.",
      ],
      [{ Custom_Character: 'z' }, null],
      [
        { Custom_Character: 'zz' },
        "Error: Invalid value for field 'Custom_Character': expected exactly one character (char).",
      ],
      [{ Custom_VarChar: 'anything at all' }, null],
      [{ Custom_Boolean: true }, null],
      [
        { Custom_Boolean: 'true' },
        "Error: Invalid value for field 'Custom_Boolean': expected a boolean (valueType), got string.",
      ],
      [{ GSW_PHONE_TYPE: 4 }, null],
      [
        { GSW_PHONE_TYPE: 12 },
        "Error: Invalid value for field 'GSW_PHONE_TYPE': expected one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 (enum).",
      ],
      [{ Custom_Datetime: '12/31/2026 23:59' }, null],
      [
        { Custom_Datetime: '13/01/2026 10:00' },
        "Error: Invalid value for field 'Custom_Datetime': expected a real date as MM/DD/YYYY HH:MM (date).",
      ],
      [
        { Custom_Datetime: '02/29/2026 10:00' },
        "Error: Invalid value for field 'Custom_Datetime': expected a real date as MM/DD/YYYY HH:MM (date).",
      ],
      [{ GSW_UNTIL: '18:30' }, null],
      [{ GSW_UNTIL: '24:00' }, "Error: Invalid value for field 'GSW_UNTIL': expected HH:MM (time)."],
      [{ GSW_PHONE: '' }, "Error: Field 'GSW_PHONE' is mandatory; it cannot be emptied."],
      [{ Custom_VarChar: null }, null],
      [{ Custom_Reference: 'X' }, "Error: Field 'Custom_Reference' is not editable."],
      [{ GSW_CALL_RESULT: 6 }, "Error: Unknown field 'GSW_CALL_RESULT'. Use a name from outbound.getRecordFields()."],
      [
        { Custom_Integer: 1, Custom_Character: 'too long' },
        "Error: Invalid value for field 'Custom_Character': expected exactly one character (char).",
      ],
    ];
    for (const [data, problem] of fieldCases) {
      it(`updateRecordFields ${JSON.stringify(data)} → ${problem ?? 'accepted'}`, async () => {
        const before = await call<Field[]>('outbound.getRecordFields', previewId);
        const result = await probe.call('outbound.updateRecordFields', [previewId, data]);
        if (problem === null) {
          expect(result.error).to.equal(undefined);
          return;
        }
        expect(result.error?.errorMessage).to.equal(problem);
        expect(await call('outbound.getRecordFields', previewId)).to.deep.equal(before);
      });
    }

    it('field updates go back with the record at mark done', async () => {
      await call('outbound.updateRecordFields', previewId, { Custom_Integer: 7 });
      await call('outbound.rejectPreviewRecord', previewId);
      await call('interaction.markdone', previewId);
      expect(workspace.simulator.previews.completed[0]!.chain[0]!['Custom_Integer']).to.equal(7);
    });
  });
}
