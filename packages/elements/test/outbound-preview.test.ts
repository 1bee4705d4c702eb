// <wwe-outbound-preview> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { openElementsTestPage, type ElementsTestPage } from './harness/bridge.js';
import { OutboundPreviewHarness } from './harness/outbound-preview.js';

describe('<wwe-outbound-preview>', () => {
  let page: ElementsTestPage;
  let preview: OutboundPreviewHarness;

  beforeEach(async () => {
    page = await openElementsTestPage();
    page.simulator.scenario.campaign('Offer of the Month', 'Preview');
    await page.render('<wwe-outbound-preview></wwe-outbound-preview>');
    preview = new OutboundPreviewHarness(page);
    await preview.loaded();
    expect(await preview.text('#campaign')).to.contain('Offer of the Month');
  });
  afterEach(() => page.dispose());

  it('requests a pull preview record, shows its fields and chain, and is accessible', async () => {
    expect(await preview.axe()).to.deep.equal([]);
    await page.control('select', { path: `${preview.path} >> #campaign`, value: 'Offer of the Month' });
    await preview.perform('Get preview record', 'outbound.getPreviewRecord');
    await preview.shows();
    expect(await preview.hasField('GSW_PHONE')).to.equal(true);
    expect(page.sent('outbound.getPreviewRecord')).to.deep.equal([['Offer of the Month']]);
    expect(await preview.text('[part=chain]')).to.contain('Call +336470');
    expect(await preview.axe()).to.deep.equal([]);
  });

  it('checks mandatory fields before updateRecordFields, then sends only the changes', async () => {
    const id = page.simulator.previews.deliver('Offer of the Month', 'pull').interaction.interactionId;
    await preview.shows(id);
    await preview.typeField('GSW_PHONE', '');
    await preview.saveFields(false);
    expect(await preview.fieldsError()).to.equal('Phone is mandatory.');
    expect(page.sent('outbound.updateRecordFields')).to.deep.equal([]);
    await preview.typeField('GSW_PHONE', '+33647005');
    await preview.typeField('Custom_Integer', '7');
    await preview.saveFields(true);
    expect(page.sent('outbound.updateRecordFields')).to.deep.equal([
      [id, { GSW_PHONE: '+33647005', Custom_Integer: 7 }],
    ]);
  });

  it('enables actions by capabilities: call, then call result, Do Not Call and reschedule in the customer time zone', async () => {
    const id = page.simulator.previews.deliver('Offer of the Month', 'pull').interaction.interactionId;
    await preview.shows(id);
    expect(await preview.disabled('Mark done')).to.equal(true);
    await preview.perform('Call', 'outbound.callPreviewRecord');
    // Once called, the element loads the call results and this record's one, for its after-call section.
    await preview.latest('outbound.getListOfCallResults');
    await preview.latest('outbound.getCallResult');
    await preview.updated();
    expect(await preview.text('#call-result')).to.contain('busy');
    expect(page.sent('outbound.callPreviewRecord')[0]![0]).to.equal(id);
    expect(await preview.text('[part=time-zone]')).to.match(
      /^Customer's time zone: ACT \(UTC\+09:30\); it is \d\d:\d\d there now\./,
    );
    await preview.choose('#call-result', '6', 'outbound.setCallResult');
    expect(page.sent('outbound.setCallResult')).to.have.length(1);
    expect(page.sent('outbound.setCallResult')[0]![1]).to.equal(6);
    await preview.set('#reschedule-date', '2026-01-06T10:30');
    await preview.perform('Reschedule', 'outbound.rescheduleRecord');
    expect(page.sent('outbound.rescheduleRecord')).to.have.length(1);
    expect(page.sent('outbound.rescheduleRecord')[0]!.slice(2)).to.deep.equal(['01/06/2026 10:30', 'PERSONAL']);
    await preview.choose('[part=after-call] input[type=checkbox]', true, 'outbound.setDoNotCall');
    expect(page.sent('outbound.setDoNotCall')).to.have.length(1);
    expect(await preview.axe()).to.deep.equal([]);
  });

  it('accepts an invited push record, and shows a refusal from Workspace', async () => {
    page.simulator.scenario.campaign('Push Campaign', 'Push Preview');
    page.simulator.scenario.pushPreview('Push Campaign');
    await preview.shows();
    expect(await preview.disabled('Accept')).to.equal(false);
    page.simulator.faults.fail('interaction.accept', 'Error: The record was withdrawn.');
    await preview.perform('Accept', 'interaction.accept');
    expect(await preview.error()).to.equal('Error: The record was withdrawn.');
    page.simulator.faults.clear();
    await preview.perform('Accept', 'interaction.accept');
    expect(await preview.disabled('Call')).to.equal(false);
  });
});
