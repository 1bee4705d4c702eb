// <wwe-outbound-preview> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';

const EL = 'wwe-outbound-preview';
const FIELDS = `${EL} >> wwe-record-fields`;

describe('<wwe-outbound-preview>', () => {
  let page: ElementsPage;
  const requests = (name: string) => page.traffic.filter((entry) => entry.kind === 'request' && (entry.message as { request: string }).request === name)
    .map((entry) => (entry.message as { parameters?: unknown[] }).parameters ?? []);
  const violations = () => page.control<string[]>('axe', { path: EL });
  const clickButton = (text: string) => page.control('clickText', { path: EL, text });

  beforeEach(async () => {
    page = await openElementsPage();
    page.simulator.scenario.campaign('Offer of the Month', 'Preview');
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-outbound-preview></wwe-outbound-preview></wwe-bridge>`);
    await until(async () => ((await page.text(`${EL} >> #campaign`)) ?? '').includes('Offer of the Month'), 'the campaign list');
  });
  afterEach(() => page.dispose());

  it('requests a pull preview record, shows its fields and chain, and is accessible', async () => {
    expect(await violations()).to.deep.equal([]);
    await page.control('select', { path: `${EL} >> #campaign`, value: 'Offer of the Month' });
    await clickButton('Get preview record');
    await until(async () => (await page.text(`${FIELDS} >> [name=GSW_PHONE]`)) !== null, 'the fields');
    expect(requests('outbound.getPreviewRecord')).to.deep.equal([['Offer of the Month']]);
    expect(await page.text(`${EL} >> [part=chain]`)).to.contain('Call +336470');
    expect(await violations()).to.deep.equal([]);
  });

  it('checks mandatory fields before updateRecordFields, then sends only the changes', async () => {
    const id = page.simulator.previews.deliver('Offer of the Month', 'pull').interaction.interactionId;
    await until(async () => (await page.text(`${FIELDS} >> [name=GSW_PHONE]`)) !== null, 'the fields');
    await page.control('type', { path: `${FIELDS} >> [name=GSW_PHONE]`, text: '' });
    await page.control('clickText', { path: FIELDS, text: 'Save fields' });
    await until(async () => ((await page.text(`${FIELDS} >> [part=error]`)) ?? '') !== '', 'the problem');
    expect(await page.text(`${FIELDS} >> [part=error]`)).to.equal('Phone is mandatory.');
    expect(requests('outbound.updateRecordFields')).to.deep.equal([]);
    await page.control('type', { path: `${FIELDS} >> [name=GSW_PHONE]`, text: '+33647005' });
    await page.control('type', { path: `${FIELDS} >> [name=Custom_Integer]`, text: '7' });
    await page.control('clickText', { path: FIELDS, text: 'Save fields' });
    await until(() => requests('outbound.updateRecordFields').length === 1, 'the update');
    expect(requests('outbound.updateRecordFields')).to.deep.equal([[id, { GSW_PHONE: '+33647005', Custom_Integer: 7 }]]);
  });

  it('enables actions by capabilities: call, then call result, Do Not Call and reschedule in the customer time zone', async () => {
    const id = page.simulator.previews.deliver('Offer of the Month', 'pull').interaction.interactionId;
    await until(async () => (await page.text(`${FIELDS} >> [name=GSW_PHONE]`)) !== null, 'the record');
    expect(await page.control('disabledText', { path: EL, text: 'Mark done' })).to.equal(true);
    await clickButton('Call');
    await until(async () => ((await page.text(`${EL} >> #call-result`)) ?? '').includes('busy'), 'the after-call section with its call results');
    expect(requests('outbound.callPreviewRecord')[0]![0]).to.equal(id);
    expect(await page.text(`${EL} >> [part=time-zone]`)).to.match(/^Customer's time zone: ACT \(UTC\+09:30\); it is \d\d:\d\d there now\./);
    await page.control('select', { path: `${EL} >> #call-result`, value: '6' });
    await until(() => requests('outbound.setCallResult').length === 1, 'the call result');
    expect(requests('outbound.setCallResult')[0]![1]).to.equal(6);
    await page.control('type', { path: `${EL} >> #reschedule-date`, text: '2026-01-06T10:30' });
    await page.control('select', { path: `${EL} >> #reschedule-date`, value: '2026-01-06T10:30' });
    await clickButton('Reschedule');
    await until(() => requests('outbound.rescheduleRecord').length === 1, 'the reschedule');
    expect(requests('outbound.rescheduleRecord')[0]!.slice(2)).to.deep.equal(['01/06/2026 10:30', 'PERSONAL']);
    await page.control('select', { path: `${EL} >> [part=after-call] input[type=checkbox]`, value: true });
    await until(() => requests('outbound.setDoNotCall').length === 1, 'Do Not Call');
    expect(await violations()).to.deep.equal([]);
  });

  it('accepts an invited push record, and shows a refusal from Workspace', async () => {
    page.simulator.scenario.campaign('Push Campaign', 'Push Preview');
    page.simulator.scenario.pushPreview('Push Campaign');
    await until(async () => (await page.control('disabledText', { path: EL, text: 'Accept' })) === false, 'Accept is enabled');
    page.simulator.faults.fail('interaction.accept', 'Error: The record was withdrawn.');
    await clickButton('Accept');
    await until(async () => ((await page.text(`${EL} >> [part=error]`)) ?? '') !== '', 'the error');
    expect(await page.text(`${EL} >> [part=error]`)).to.equal('Error: The record was withdrawn.');
    page.simulator.faults.clear();
    await clickButton('Accept');
    await until(async () => (await page.control('disabledText', { path: EL, text: 'Call' })) === false, 'Call is enabled');
  });
});
