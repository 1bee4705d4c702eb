// The tab view's consult and transfer: its dial pad consults from its interaction, and a live
// consultation of that interaction can be completed as a transfer or a conference.
import { expect } from '@open-wc/testing';
import { until } from '../../../test/helpers/probe.js';
import { numbers, openTab, settle, type TabSetup } from './tab-setup.js';

const PAD_INPUT = 'wwe-dial-pad >> [part=input]';
const PAD_DIAL = 'wwe-dial-pad >> [part=dial]';

describe('apps/tab: consult and transfer', () => {
  const setup = {} as TabSetup;
  afterEach(() => {
    setup.tab?.remove();
    setup.workspace?.dispose();
  });

  /** Consults `destination` from the tab's dial pad; answers the consultation's id in the simulator. */
  const consultFromPad = async (destination: string): Promise<string> => {
    const { tab, workspace, id } = setup;
    await tab.fill(PAD_INPUT, destination);
    await until(async () => (await tab.property(PAD_DIAL, 'disabled')) === false, 'the consult button to be usable');
    expect(await tab.text(PAD_DIAL)).to.equal('Consult');
    await tab.click(PAD_DIAL);
    await until(() => workspace.simulator.interactions.list().some((record) => record.interaction.parentInteractionId === id), 'the consultation');
    return workspace.simulator.interactions.list().find((record) => record.interaction.parentInteractionId === id)!.interaction.interactionId;
  };

  it('consults from its interaction and completes the transfer', async () => {
    await openTab(setup);
    const { tab, id, workspace } = setup;
    // A consultation of another call is not this tab's business.
    const other = workspace.simulator.scenario.inboundCall(numbers.grace);
    workspace.simulator.voice.answer(other);
    workspace.simulator.transfers.consult(other, '5004');
    await settle(setup, 'after the other consultation');
    expect(await tab.visible('#consultation')).to.equal(false);

    const consultId = await consultFromPad('5003');
    expect(workspace.simulator.interactions.get(consultId).interaction).to.deep.include({ isConsultation: true, dnis: '5003', state: 'DIALING' });
    await until(async () => (await tab.attribute('#consultation', 'data-consult-id')) === consultId, 'the consultation panel');
    expect(await tab.text('#consult-status')).to.equal('Consulting 5003; the customer is on hold.');
    expect(await tab.text('#consultation-summary')).to.equal('Consultation with 5003: DIALING');
    expect(await tab.property('#complete-transfer', 'disabled')).to.equal(true);
    expect(await tab.text('#consultation-wait')).to.equal('Transfer and conference become available once 5003 answers.');
    expect(await tab.axe()).to.deep.equal([]);

    workspace.simulator.scenario.remoteAnswer(consultId);
    await until(async () => (await tab.property('#complete-transfer', 'disabled')) === false, 'the transfer to be possible');
    expect(await tab.text('#interaction-state')).to.equal('HELD');
    await tab.click('#complete-transfer');
    await until(async () => (await tab.attribute('#consult-status', 'data-outcome')) === 'done', 'the transfer');

    expect(await tab.text('#consult-status')).to.equal('Transferred to 5003.');
    expect(workspace.simulator.interactions.get(id).interaction.state).to.equal('IDLE');
    expect(workspace.simulator.interactions.get(consultId).interaction.state).to.equal('IDLE');
    await until(async () => (await tab.text('#interaction-state')) === 'IDLE', 'the call to be released');
    expect(await tab.visible('#consultation')).to.equal(false);
  });

  it("shows Workspace's failure to complete a conference, then completes it", async () => {
    await openTab(setup);
    const { tab, id, workspace } = setup;
    const consultId = await consultFromPad('5003');
    workspace.simulator.scenario.remoteAnswer(consultId);
    await until(async () => (await tab.property('#complete-conference', 'disabled')) === false, 'the conference to be possible');

    workspace.simulator.faults.fail('interaction.completeConference', 'Error: The conference bridge is full.');
    await tab.click('#complete-conference');
    await until(async () => (await tab.attribute('#consult-status', 'data-outcome')) === 'failed', 'the failure');
    expect(await tab.text('#consult-status')).to.equal('Conference not completed. Error: The conference bridge is full.');
    expect(await tab.visible('#consultation')).to.equal(true);

    workspace.simulator.faults.clear();
    await tab.click('#complete-conference');
    await until(async () => (await tab.attribute('#consult-status', 'data-outcome')) === 'done', 'the conference');
    expect(await tab.text('#consult-status')).to.equal('5003 joined the call.');
    expect(workspace.simulator.interactions.get(id).interaction.parties?.map((party) => party.name)).to.deep.equal([numbers.ada, '5003']);
    await until(async () => (await tab.text('#interaction-parties')) === `${numbers.ada}, 5003`, 'the parties');
    expect(await tab.text('#interaction-state')).to.equal('TALKING');
    expect(await tab.visible('#consultation')).to.equal(false);
  });
});
