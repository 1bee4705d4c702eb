// <wwe-user-data> in a cross-origin page, against the real host and simulator (and its user-data allowlists).
import { expect } from '@open-wc/testing';
import { writeRefusal } from '@wwe-kit/host';
import { openOptions } from '../../../test/helpers/workspace.js';
import { UserDataHarness } from './harness/user-data.js';
import { accepting, mayNotCall, openInteractionPage, painted, type InteractionPage } from './interaction-page.js';

/** The page may read four keys of the call's data, and write two. */
const options = {
  ...openOptions,
  'service-client-api.user-data.read-allowed': 'CustomerName,Tier,AccountNumber,Notes',
  'service-client-api.user-data.write-allowed': 'Tier,Notes',
};
const CALL_DATA = { CustomerName: 'Ada Lovelace', SSN: '078-05-1120', Tier: 'Gold', AccountNumber: '4711-0042' };

describe('<wwe-user-data>', () => {
  let page: InteractionPage;
  let data: UserDataHarness;
  let id: string;
  const show = async (attributes = 'editable="Tier,Notes"', pageOptions: Record<string, string> = options) => {
    page = await openInteractionPage(pageOptions);
    id = page.simulator.scenario.inboundCall('+442071234567', CALL_DATA);
    page.simulator.voice.answer(id);
    await page.render(`<wwe-user-data interaction-id="${id}" ${attributes}></wwe-user-data>`);
    data = new UserDataHarness(page);
    await data.loaded();
  };
  const held = () => page.simulator.interactions.get(id).interaction.userData;
  afterEach(() => page.dispose());

  it('shows only the keys the read allowlist lets through, then the editable ones, after loading', async () => {
    page = await openInteractionPage(options);
    id = page.simulator.scenario.inboundCall('+442071234567', CALL_DATA);
    page.simulator.faults.delay('interaction.getInteractions', 500);
    await page.render(`<wwe-user-data interaction-id="${id}" editable="Tier,Notes"></wwe-user-data>`);
    data = new UserDataHarness(page);
    expect(await data.loading()).to.deep.equal({ shown: 'Loading…', violations: [] });
    page.clock.advance(500);
    await data.loaded();
    expect(await data.keys()).to.deep.equal(['CustomerName', 'Tier', 'AccountNumber', 'Notes']);
    expect(await data.value('CustomerName')).to.equal('Ada Lovelace');
    expect(await data.value('Notes')).to.equal('(not set)');
    expect(await data.input('Tier')).to.equal('Gold');
    expect(await data.input('CustomerName')).to.equal(null);
    expect(await data.axe()).to.deep.equal([]);
  });

  it('limits the table to `keys`, in their order, and has no inputs without `editable`', async () => {
    await show('keys="AccountNumber, SSN, CustomerName"');
    expect(await data.keys()).to.deep.equal(['AccountNumber', 'CustomerName']);
    expect(await data.texts('input, button')).to.deep.equal([]);
    expect(await data.axe()).to.deep.equal([]);
  });

  it('saves every edited key with one interaction.setUserData; wwe-user-data-saved fires', async () => {
    await show();
    await data.edit('Tier', 'Platinum');
    await data.edit('Notes', 'Prefers email');
    expect(await data.edited('Tier')).to.equal(true);
    await data.save();
    expect(page.sent('interaction.setUserData')).to.deep.equal([[id, { Tier: 'Platinum', Notes: 'Prefers email' }]]);
    expect(held()).to.include({ Tier: 'Platinum', Notes: 'Prefers email', CustomerName: 'Ada Lovelace' });
    expect(await page.heard()).to.deep.equal([
      {
        type: 'wwe-user-data-saved',
        detail: { interactionId: id, keyValues: { Tier: 'Platinum', Notes: 'Prefers email' } },
      },
    ]);
    expect(await data.savedText()).to.equal('Saved Tier, Notes.');
    expect(await data.value('Notes')).to.equal('Prefers email');
    expect(await data.edited('Tier')).to.equal(false);
    expect(await data.axe()).to.deep.equal([]);
  });

  it("shows Workspace's refusal of a key outside the write allowlist word for word, and keeps the edits", async () => {
    await show('editable="Tier,Notes"', { ...options, 'service-client-api.user-data.write-allowed': 'Notes' });
    await data.edit('Tier', 'Platinum');
    await data.edit('Notes', 'Prefers email');
    await data.save();
    const refusal = writeRefusal(
      'interaction.setUserData',
      [id, { Tier: 'Platinum', Notes: 'Prefers email' }],
      new Set(['Notes']),
    )!;
    expect((await data.messages()).error).to.deep.equal([`Not allowed: ${refusal}`]);
    expect(held()).to.include({ Tier: 'Gold' }).and.not.to.have.property('Notes');
    expect([await data.input('Tier'), await data.input('Notes')]).to.deep.equal(['Platinum', 'Prefers email']);
    expect(await data.edited('Notes')).to.equal(true);
    expect(await page.heard()).to.deep.equal([]);
    expect(await data.axe()).to.deep.equal([]);
  });

  it("keeps the user's edit over incoming changes, showing the new values beside it", async () => {
    await show();
    await data.edit('Notes', 'Called tw');
    const record = page.simulator.interactions.get(id);
    Object.assign(record.interaction.userData, { CustomerName: 'Ada King', Notes: 'From routing' });
    page.simulator.interactions.raise(record, 'ATTACHED_DATA_CHANGED');
    await page.delivered((event) => event.eventType === 'ATTACHED_DATA_CHANGED');
    await data.updated();
    expect(await data.value('CustomerName')).to.equal('Ada King');
    expect(await data.value('Notes')).to.equal('From routing');
    expect(await data.input('Notes')).to.equal('Called tw');
    // A key the user did not touch follows the interaction.
    record.interaction.userData['Tier'] = 'Silver';
    page.simulator.interactions.raise(record, 'ATTACHED_DATA_CHANGED');
    await page.delivered((event) => event.eventType === 'ATTACHED_DATA_CHANGED', 2);
    await data.updated();
    expect(await data.input('Tier')).to.equal('Silver');
    expect(await data.input('Notes')).to.equal('Called tw');
  });

  it('removes a key with interaction.deleteUserData; a refused removal is shown word for word', async () => {
    await show('editable="Tier,Notes,AccountNumber"', {
      ...options,
      'service-client-api.user-data.write-allowed': 'Tier,Notes',
    });
    expect(await data.attribute('tr[data-key="Notes"] [part=remove]', 'aria-disabled')).to.equal('true');
    await data.remove('Tier');
    expect(page.sent('interaction.deleteUserData')).to.deep.equal([[id, 'Tier']]);
    expect(held()).not.to.have.property('Tier');
    expect(await data.value('Tier')).to.equal('(not set)');
    expect(await page.heard()).to.deep.equal([
      { type: 'wwe-user-data-deleted', detail: { interactionId: id, key: 'Tier' } },
    ]);
    expect(await data.savedText()).to.equal('Removed Tier.');
    await data.remove('AccountNumber');
    const refusal = writeRefusal('interaction.deleteUserData', [id, 'AccountNumber'], new Set(['Tier', 'Notes']))!;
    expect((await data.messages()).error).to.deep.equal([`Not allowed: ${refusal}`]);
    expect(held()).to.include({ AccountNumber: '4711-0042' });
    expect(await data.axe()).to.deep.equal([]);
  });

  it('is operated from the keyboard: Enter in an input saves', async () => {
    await show();
    await data.typeAndEnter('Notes', 'VIP');
    expect(held()).to.include({ Notes: 'VIP' });
    expect(await page.control('focused')).to.equal('input[part=input]');
    expect(await data.input('Notes')).to.equal('VIP');
  });

  it("shows Workspace's failure once the call is released, and keeps the edit", async () => {
    await show();
    await data.edit('Notes', 'Too late');
    page.simulator.scenario.customerHangUp(id);
    await page.delivered((event) => event.eventType === 'RELEASED');
    await data.save();
    expect((await data.messages()).error).to.deep.equal([
      `Error: Operation 'interaction.setUserData' needs a live interaction; interaction '${id}' is IDLE (released).`,
    ]);
    expect(await data.input('Notes')).to.equal('Too late');
  });

  it('disables saving and removing where Workspace does not allow them, with the reasons', async () => {
    await show('editable="Tier,Notes"', accepting('interaction.getInteractions', options));
    expect(await data.attribute('input[name="Tier"]', 'disabled')).to.equal('');
    expect(await data.attribute('[part=save]', 'aria-disabled')).to.equal('true');
    expect((await data.messages()).reason).to.deep.equal(
      ['interaction.setUserData', 'interaction.deleteUserData'].map(mayNotCall),
    );
    expect(await data.axe()).to.deep.equal([]);
  });

  it('may break a long value anywhere in a narrow table, never the label of a button', async () => {
    await show();
    const wrap = (path: string) =>
      page.control<string | null>('style', { path: `wwe-user-data >> ${path}`, property: 'overflow-wrap' });
    expect(await wrap('tr[data-key="Tier"] [part=value]')).to.equal('anywhere');
    expect(await wrap('tr[data-key="Tier"] [part=remove]')).to.equal('normal');
  });

  it('is themed for light and dark, and through its --wwe-user-data-* properties', async () => {
    await show();
    await data.edit('Notes', 'Prefers email');
    expect(await data.paint('[part=key]', 'color')).to.deep.equal(painted('rgb(31, 35, 40)', 'rgb(230, 237, 243)'));
    expect(await data.paint('[part~=edited]', 'border-top-color', '--wwe-user-data-edited')).to.deep.equal(
      painted('rgb(154, 103, 0)', 'rgb(210, 153, 34)', 'rgb(1, 2, 3)'),
    );
  });

  it('says when there is nothing to show: no readable data, no such interaction', async () => {
    page = await openInteractionPage(options);
    const chat = page.simulator.scenario.chat('ada@example.com', { SSN: '078-05-1120' });
    await page.render(
      `<wwe-user-data interaction-id="${chat}"></wwe-user-data><wwe-user-data id="gone" interaction-id="99"></wwe-user-data>`,
    );
    data = new UserDataHarness(page);
    await data.loaded();
    expect(await data.text('[part=empty]')).to.equal('No attached data this page may read.');
    const gone = new UserDataHarness(page, '#gone');
    await gone.updated();
    expect(await gone.text('[part=empty]')).to.equal("No interaction 99 among the agent's interactions.");
    expect(await data.axe()).to.deep.equal([]);
  });
});
