// The tab view (apps/tab) in a real cross-origin iframe, against the real host and simulator with the
// shell's default option data: the interaction, its permitted user data, edits, the caller banner.
import { expect } from '@open-wc/testing';
import { writeRefusal } from '@wwe-kit/host';
import { callerChannel, customers } from '../../shared/customers.js';
import { createWorkspace } from '../../../test/helpers/workspace.js';
import { defaultOptions, exchange, openApp, optionsWith, type AppFrame } from './app-frame.js';
import { cell, input, numbers, openTab, settle, shown, type TabSetup } from './tab-setup.js';

describe('apps/tab: the interaction and its user data', () => {
  const setup = {} as TabSetup;
  afterEach(() => {
    setup.tab?.remove();
    setup.workspace?.dispose();
  });

  it('shows the interaction and only the user data the read allowlist lets through, kept current', async () => {
    await openTab(setup, undefined, numbers.mary, {
      AccountNumber: '12345',
      SSN: '078-05-1120',
      CRM_Notes: 'Called twice',
    });
    const { tab, id, workspace } = setup;
    const interaction = workspace.simulator.interactions.get(id).interaction;
    expect(await tab.attribute('#interaction-state', 'data-state')).to.equal('TALKING');
    expect(await tab.text('#interaction-state')).to.equal('Connected');
    expect(await tab.text('#interaction-phone')).to.equal(numbers.mary);
    expect(await tab.text('#interaction-title')).to.equal(`Call ${numbers.mary}`);
    expect(await tab.text('#interaction-media')).to.equal('Call · Inbound');
    expect(await tab.text('#interaction-case')).to.equal(interaction.caseId);
    expect(await tab.text('#agent-name')).to.equal('Agent: Ada Agent');
    // The readable keys the call holds, then the editable ones it does not (CRM_Tier).
    expect(await tab.texts('#user-data >> [part=key]')).to.deep.equal(['AccountNumber', 'CRM_Notes', 'CRM_Tier']);
    expect(await cell(tab, 'AccountNumber')).to.equal('12345');
    expect(await cell(tab, 'SSN')).to.equal(null);
    expect(await cell(tab, 'CRM_Tier')).to.equal('(not set)');
    expect(await tab.property(input('CRM_Notes'), 'value')).to.equal('Called twice');

    workspace.simulator.voice.hold(id);
    await settle(setup, 'Billing');
    expect(await tab.text('#interaction-state')).to.equal('On hold');
    expect(await tab.texts('#user-data >> [part=key]')).to.deep.equal([
      'AccountNumber',
      'CRM_Notes',
      'Reason',
      'CRM_Tier',
    ]);
    expect(await tab.axe()).to.deep.equal([]);
  });

  it("saves an edit of CRM_Notes into the interaction's user data, sending only what changed", async () => {
    await openTab(setup);
    const { tab, id, workspace } = setup;
    await tab.fill(input('CRM_Notes'), 'Prefers email');
    await tab.click('#user-data >> [part=save]');
    // Workspace's answer to the save, in the host's traffic: what the tab sent, and that it was accepted.
    const save = await exchange(workspace, 'interaction.setUserData');
    expect(save.answer.kind).to.equal('answer');
    expect(save.parameters).to.deep.equal([id, { CRM_Notes: 'Prefers email' }]);
    expect(workspace.simulator.interactions.get(id).interaction.userData).to.include({ CRM_Notes: 'Prefers email' });
    expect(workspace.simulator.interactions.get(id).interaction.userData).not.to.have.property('CRM_Tier');
    // The tab renders after that answer: await its confirmation in its page. Workspace sent the change
    // (ATTACHED_DATA_CHANGED) before the answer, so the table shows it by then.
    await tab.waitFor('#user-data >> [part=saved]', 'text', 'Saved CRM_Notes.');
    expect(await cell(tab, 'CRM_Notes')).to.equal('Prefers email');
  });

  it("shows Workspace's refusal verbatim when the write allowlist refuses a key, and writes nothing", async () => {
    await openTab(setup, await optionsWith({ 'service-client-api.user-data.write-allowed': 'CRM_Notes' }));
    const { tab, id, workspace } = setup;
    await tab.fill(input('CRM_Tier'), 'Gold');
    await tab.click('#user-data >> [part=save]');
    // Workspace refused the save (an error answer in the host's traffic); the tab renders it after that answer.
    const save = await exchange(workspace, 'interaction.setUserData');
    expect(save.answer.kind).to.equal('error');
    const refusal = writeRefusal('interaction.setUserData', [id, { CRM_Tier: 'Gold' }], new Set(['CRM_Notes']))!;
    await tab.waitFor('#user-data >> [part=error]', 'text', `Not allowed: ${refusal}`);
    expect(workspace.simulator.interactions.get(id).interaction.userData).not.to.have.property('CRM_Tier');
    expect(await cell(tab, 'CRM_Tier')).to.equal('(not set)');
    // The edit stays in the form, to correct or save again.
    expect(await tab.property(input('CRM_Tier'), 'value')).to.equal('Gold');
    expect(await tab.axe()).to.deep.equal([]);
  });
});

describe('apps/tab: the caller banner', () => {
  const setup = {} as TabSetup;
  afterEach(() => {
    setup.tab?.remove();
    setup.workspace?.dispose();
  });
  const mary = customers.find((customer) => customer.name === 'Mary Jackson')!;
  const grace = customers.find((customer) => customer.name === 'Grace Hopper')!;
  const broadcast = (message: unknown) =>
    setup.workspace.call(setup.probe, 'messenger.broadcastMessage', callerChannel, message);

  it('shows the caller announced for its own interaction only', async () => {
    await openTab(setup);
    const { tab, id, workspace } = setup;
    const other = workspace.simulator.scenario.inboundCall(numbers.grace);
    await broadcast({ interactionId: other, phoneNumber: numbers.grace, customer: grace });
    await settle(setup, 'after the other call');
    expect(await tab.visible('#caller')).to.equal(false);

    // Each broadcast reached the tab before the marker that settle() has Workspace send after it.
    await broadcast({ interactionId: id, phoneNumber: numbers.mary, customer: mary });
    await settle(setup, 'after the announcement');
    expect(await tab.visible('#caller')).to.equal(true);
    expect(await tab.text('#caller')).to.equal('Mary Jackson · Gold customer since 2015');

    await broadcast({ interactionId: other, phoneNumber: numbers.grace, customer: grace });
    await broadcast({ interactionId: id, note: 'not a CallerIdentified' });
    await settle(setup, 'after more messages');
    expect(await tab.text('#caller')).to.equal('Mary Jackson · Gold customer since 2015');

    await broadcast({ interactionId: id, phoneNumber: numbers.unknown, customer: null });
    await settle(setup, 'after the unknown caller');
    expect(await tab.text('#caller')).to.equal(`Unknown caller ${numbers.unknown}`);
    expect(await tab.axe()).to.deep.equal([]);
  });

  it('finds the caller in the user data when the announcement came before the tab opened', async () => {
    await openTab(setup, undefined, numbers.grace, {
      CRM_Lookup: 'found',
      CRM_CustomerId: 'C-1002',
      CRM_CustomerName: 'Grace Hopper',
      CRM_Tier: 'Silver',
    });
    expect(await setup.tab.text('#caller')).to.equal('Grace Hopper · Silver customer since 2018');
  });
});

describe('apps/tab: opened without a usable interaction', () => {
  let tab: AppFrame | undefined;
  let dispose = () => undefined as void;
  afterEach(() => {
    tab?.remove();
    dispose();
  });
  const open = async (query: string) => {
    const workspace = createWorkspace(await defaultOptions());
    dispose = () => workspace.dispose();
    tab = await openApp(workspace.host, `tab/index.html${query}`, 'CustomerTab', 'tab');
    await shown(tab, 'problem');
    expect(await tab.visible('#view')).to.equal(false);
    return (await tab.text('#problem'))!;
  };

  it('says the interaction parameter is missing and how the view is meant to be opened', async () => {
    const problem = await open('');
    expect(problem).to.match(/^No interaction to show: the url has no interaction parameter/);
    expect(problem).to.include('/apps/tab/index.html?interaction=$Interaction.Id$&agent=$Agent.FullName$');
    expect(problem).to.include('interaction.web-content');
    expect(await tab!.axe()).to.deep.equal([]);
  });

  it('says an unknown interaction id is not one of the agent’s interactions', async () => {
    const problem = await open('?interaction=42');
    expect(problem).to.match(/^Interaction '42' is not one of the agent's interactions in Workspace/);
    expect(problem).to.include('?interaction=$Interaction.Id$');
  });

  it('says when the variable was left unreplaced', async () => {
    expect(await open('?interaction=$Interaction.Id$')).to.match(
      /still holds the variable \$Interaction\.Id\$.*interaction\.web-content, not workspace\.web-content/,
    );
  });
});
