// Whose record <wwe-outbound-preview> and <wwe-record-fields> show (issue 12): with interaction-id only that
// interaction's, so the view of an inbound call never offers another call's Hang up; without it only the
// record the agent is working on. A cross-origin page against the real host and simulator; every wait is
// on the host's traffic or the elements' updateComplete (see record-page.ts).
import { expect } from '@open-wc/testing';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openRecordPage, type RecordPage } from './record-page.js';

const bridged = (markup: string) => `<wwe-bridge host-origin="${sameOrigin()}">${markup}</wwe-bridge>`;
const ADA = '+442071234567';

describe('whose record the outbound elements show', () => {
  let page: RecordPage;
  beforeEach(async () => {
    page = await openRecordPage();
    page.simulator.scenario.campaign('Offer', 'Preview');
    page.simulator.scenario.campaign('Push', 'Push Preview');
  });
  afterEach(() => page.dispose());

  /** A pushed record, accepted and called: the preview stays listed, and its call (with HANGUP) joins it in its case. */
  const calledPushRecord = () => {
    const { simulator } = page;
    const preview = simulator.scenario.pushPreview('Push');
    simulator.previews.accept(simulator.interactions.get(preview));
    simulator.previews.call(
      preview,
      Number(simulator.interactions.get(preview).interaction.chainedRecords![0]!['GSW_RECORD_HANDLE']),
    );
    const call = simulator.interactions.list().at(-1)!.interaction;
    expect([call.callType, call.capabilities]).to.deep.equal(['OUTBOUND', ['HANGUP']]);
    return { preview, call: call.interactionId };
  };

  it("<wwe-outbound-preview interaction-id>: each shows its own record; the inbound call's shows none and no Hang up", async () => {
    const { preview, call } = calledPushRecord();
    const inbound = page.simulator.scenario.inboundCall(ADA);
    // Another record, delivered last: the latest interaction with capabilities.
    const other = page.simulator.previews.deliver('Offer', 'pull').interaction.interactionId;
    const ids = [preview, call, inbound, other];
    await page.render(
      bridged(
        ids.map((id) => `<wwe-outbound-preview id="i${id}" interaction-id="${id}"></wwe-outbound-preview>`).join(''),
      ),
    );
    await page.answered('interaction.getInteractions');
    await page.settled(...ids.map((id) => `#i${id}`));

    // The preview's record was called: its view works on that call (same record, same case), not on the other record.
    expect(await page.shown(`#i${preview}`)).to.equal(call);
    expect(await page.shown(`#i${call}`)).to.equal(call);
    expect(await page.disabled(`#i${call}`, 'Hang up')).to.equal(false);
    expect(await page.shown(`#i${other}`)).to.equal(other);
    expect(await page.disabled(`#i${other}`, 'Hang up')).to.equal(true);

    // Before issue 12 this one showed the latest record interaction (the other record, and before it the call, Hang up enabled).
    expect(await page.shown(`#i${inbound}`)).to.equal(null);
    expect(await page.text(`#i${inbound} >> [part=empty]`)).to.equal('No preview record.');
    expect(await page.text(`#i${inbound} >> [part=record]`)).to.equal(null);
    expect(await page.disabled(`#i${inbound}`, 'Hang up')).to.equal(null);
    expect(page.requestsAbout(inbound)).to.deep.equal([]);
    expect(await page.axe(`#i${inbound}`)).to.deep.equal([]);
  });

  it("<wwe-record-fields interaction-id>: the record's fields for a record, the empty state and no request for an inbound call", async () => {
    const record = page.simulator.previews.deliver('Offer', 'pull').interaction;
    const inbound = page.simulator.scenario.inboundCall(ADA);
    await page.render(
      bridged(`<wwe-record-fields id="record" interaction-id="${record.interactionId}"></wwe-record-fields>
      <wwe-record-fields id="inbound" interaction-id="${inbound}"></wwe-record-fields>`),
    );
    await page.answered('outbound.getRecordFields', record.interactionId);
    await page.settled('#record', '#inbound');

    // Before, it asked Workspace for the inbound call's record fields and showed the refusal.
    expect(page.requestsAbout(inbound)).to.deep.equal([]);
    expect(await page.shown('#inbound')).to.equal(null);
    expect(await page.text('#inbound >> [part=empty]')).to.equal('No outbound record.');
    expect(await page.text('#inbound >> [part=fields]')).to.equal(null);
    expect(await page.disabled('#inbound', 'Save fields')).to.equal(null);
    expect(await page.shown('#record')).to.equal(record.interactionId);
    expect(await page.value('#record >> [name=GSW_PHONE]')).to.equal(record.parties![0]!.name);
    expect(await page.axe('#inbound')).to.deep.equal([]);
  });

  it('without interaction-id, both follow the record worked on: not a later inbound call, not a record pushed meanwhile; the next once it is done', async () => {
    const EL = 'wwe-outbound-preview';
    const first = page.simulator.previews.deliver('Offer', 'pull').interaction.interactionId;
    await page.render(bridged(`<${EL}></${EL}><wwe-record-fields id="alone"></wwe-record-fields>`));
    // The preview's own <wwe-record-fields> and the one alone each ask once.
    await page.answered('outbound.getRecordFields', first, 2);
    const all = [EL, `${EL} >> wwe-record-fields`, '#alone'];
    await page.settled(...all);
    const shown = async () => Promise.all(all.map((path) => page.shown(path)));
    expect(await shown()).to.deep.equal([first, first, first]);

    const inbound = page.simulator.scenario.inboundCall(ADA);
    await page.delivered(inbound);
    await page.settled(...all);
    expect(await shown()).to.deep.equal([first, first, first]);
    expect(page.requestsAbout(inbound)).to.deep.equal([]);

    // Before issue 12 the latest record interaction took over, under the agent's cursor.
    const pushed = page.simulator.scenario.pushPreview('Push');
    await page.delivered(pushed);
    await page.settled(...all);
    expect(await shown()).to.deep.equal([first, first, first]);
    expect(page.requestsAbout(pushed)).to.deep.equal([]);

    // The agent's actions go to the record shown; once it is done, the pushed one is the record worked on.
    expect(await page.disabled(EL, 'Reject')).to.equal(false);
    expect(await page.click(EL, 'Reject')).to.equal(true);
    await page.answered('outbound.rejectPreviewRecord', first);
    await page.settled(...all);
    expect(await page.disabled(EL, 'Mark done')).to.equal(false);
    expect(await page.click(EL, 'Mark done')).to.equal(true);
    await page.answered('interaction.markdone', first);
    await page.answered('outbound.getRecordFields', pushed, 2);
    await page.settled(...all);
    expect(await shown()).to.deep.equal([pushed, pushed, pushed]);
    expect(page.requestsAbout(first).filter((request) => !request.startsWith('outbound.get'))).to.deep.equal([
      `outbound.rejectPreviewRecord(${first})`,
      `interaction.markdone(${first})`,
    ]);
    expect(await page.disabled(EL, 'Accept')).to.equal(false);
  });
});
