// <wwe-record-fields> on its own, in a cross-origin page against the real host and simulator: it loads a record's
// fields, checks an edit, saves the changes in one outbound.updateRecordFields and shows Workspace's refusal as
// Workspace words it. Every wait is on the host's traffic, a page event or updateComplete (see record-page.ts);
// whose record it shows is record-scope.test.ts's subject.
import { expect } from '@open-wc/testing';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openRecordPage, type RecordPage } from './record-page.js';
import { accepting, mayNotCall } from './interaction-page.js';

const EL = 'wwe-record-fields';
const field = (name: string) => `${EL} >> [name=${name}]`;

describe('<wwe-record-fields>', () => {
  let page: RecordPage;
  let id: string;
  /** A pulled preview record, and the element on it, its fields loaded and rendered. */
  const show = async (options?: Record<string, string>) => {
    page = await openRecordPage(options);
    page.simulator.scenario.campaign('Offer', 'Preview');
    id = page.simulator.previews.deliver('Offer', 'pull').interaction.interactionId;
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><${EL} interaction-id="${id}"></${EL}></wwe-bridge>`);
    await page.answered('outbound.getRecordFields', id);
    await page.settled(EL);
  };
  const save = async () => {
    expect(await page.click(EL, 'Save fields')).to.equal(true);
    await page.settled(EL);
  };
  afterEach(() => page.dispose());

  it("loads the record's fields as inputs typed by their fieldType, read-only where not editable, and is accessible", async () => {
    await show();
    expect(await page.shown(EL)).to.equal(id);
    const phone = String(page.simulator.interactions.get(id).interaction.chainedRecords![0]!['GSW_PHONE']);
    expect(await page.value(field('GSW_PHONE'))).to.equal(phone);
    const types = await Promise.all(
      ['GSW_FROM', 'Custom_Integer', 'Custom_Datetime', 'Custom_Character', 'GSW_PHONE_TYPE', 'Custom_Boolean'].map(
        (name) => page.control('property', { path: field(name), name: 'type' }),
      ),
    );
    expect(types).to.deep.equal(['time', 'number', 'datetime-local', 'text', 'select-one', 'select-one']);
    expect(await page.control('property', { path: field('Custom_Reference'), name: 'readOnly' })).to.equal(true);
    expect(await page.text(`${EL} >> label[for=field-2]`)).to.equal('Phone *');
    expect(await page.disabled(EL, 'Save fields')).to.equal(false);
    expect(await page.axe(EL)).to.deep.equal([]);
  });

  it('saves only the changed fields in one outbound.updateRecordFields, typed by valueType; wwe-fields-saved fires; the fields reload', async () => {
    await show();
    await page.control('type', { path: field('Custom_Character'), text: 'z' });
    await page.control('type', { path: field('Custom_Integer'), text: '7' });
    await page.control('select', { path: field('Custom_Boolean'), value: 'true' });
    const saved = page.control('event', { type: 'wwe-fields-saved' });
    await save();
    expect(await saved).to.deep.equal({ changes: { Custom_Boolean: true, Custom_Character: 'z', Custom_Integer: 7 } });
    expect(page.parameters('outbound.updateRecordFields')).to.deep.equal([
      [id, { Custom_Boolean: true, Custom_Character: 'z', Custom_Integer: 7 }],
    ]);
    // The fields were asked again after the update: once to load, once after saving.
    expect(page.requestsAbout(id).filter((request) => request.startsWith('outbound.getRecordFields'))).to.have.length(
      2,
    );
    await page.settled(EL);
    expect(await page.value(field('Custom_Integer'))).to.equal('7');
    expect(await page.text(`${EL} >> [part=error]`)).to.equal(null);
  });

  it('checks mandatory fields and each fieldType before asking Workspace anything', async () => {
    await show();
    await page.control('type', { path: field('GSW_PHONE'), text: '' });
    await save();
    expect(await page.text(`${EL} >> [part=error]`)).to.equal('Phone is mandatory.');
    await page.control('type', { path: field('GSW_PHONE'), text: '+33647005' });
    await page.control('type', { path: field('Custom_Character'), text: 'zz' });
    await save();
    expect(await page.text(`${EL} >> [part=error]`)).to.equal('Custom_Character must be one character.');
    expect(page.parameters('outbound.updateRecordFields')).to.deep.equal([]);
    expect(await page.axe(EL)).to.deep.equal([]);
  });

  it("shows Workspace's refusal of the update as Workspace words it, and keeps the agent's edit", async () => {
    await show();
    const refusal = 'Error: The record is locked by the campaign manager.';
    page.simulator.faults.fail('outbound.updateRecordFields', refusal);
    await page.control('type', { path: field('Custom_Integer'), text: '8' });
    await save();
    await page.answered('outbound.updateRecordFields', id);
    await page.settled(EL);
    expect(await page.text(`${EL} >> [part=error]`)).to.equal(refusal);
    expect(await page.value(field('Custom_Integer'))).to.equal('8');
    expect(await page.disabled(EL, 'Save fields')).to.equal(false);
    expect(await page.axe(EL)).to.deep.equal([]);
  });

  it('disables saving, with the reason shown, where the page may not call outbound.updateRecordFields', async () => {
    await show(accepting('interaction.*, outbound.getRecordFields, system.*'));
    expect(await page.text(`${EL} >> [part=reason]`)).to.equal(mayNotCall('outbound.updateRecordFields'));
    expect(await page.disabled(EL, 'Save fields')).to.equal(true);
    expect(await page.axe(EL)).to.deep.equal([]);
  });
});
