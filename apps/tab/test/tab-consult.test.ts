// The tab view's consult and transfer: its dial pad consults from its interaction, and a live
// consultation of that interaction can be completed as a transfer or a conference.
import { expect } from '@open-wc/testing';
import { exchange, type AppFrame } from './app-frame.js';
import { numbers, openTab, settle, type TabSetup } from './tab-setup.js';

const PAD_INPUT = 'wwe-dial-pad >> [part=input]';
const PAD_DIAL = 'wwe-dial-pad >> [part=dial]';

describe('apps/tab: consult and transfer', () => {
  const setup = {} as TabSetup;
  afterEach(() => {
    setup.tab?.remove();
    setup.workspace?.dispose();
  });

  /** Consults `destination` from the tab's dial pad, as far as the tab showing it; answers the consultation's id. */
  const consultFromPad = async (destination: string): Promise<string> => {
    const { tab, workspace, id } = setup;
    await tab.fill(PAD_INPUT, destination);
    // The pad renders the typed number on its next update: await its button losing `disabled`.
    await tab.waitFor(PAD_DIAL, 'attribute', null, { name: 'disabled' });
    expect(await tab.text(PAD_DIAL)).to.equal('Consult');
    await tab.click(PAD_DIAL);
    const consult = await exchange(workspace, 'interaction.consult');
    expect(consult.answer.kind).to.equal('answer');
    expect(consult.parameters.slice(0, 2)).to.deep.equal([id, destination]);
    // The tab says 'consulting' once it has Workspace's answer, so it has handled every event sent before it.
    await tab.waitFor('#consult-status', 'attribute', 'consulting', { name: 'data-outcome' });
    return workspace.simulator.interactions.list().find((record) => record.interaction.parentInteractionId === id)!
      .interaction.interactionId;
  };

  /**
   * Clicks a Complete button and answers the outcome the tab then shows: the click marks the status
   * 'pending' at once, and it changes only once Workspace has answered.
   */
  const complete = async (tab: AppFrame, button: string): Promise<unknown> => {
    await tab.click(button);
    return tab.waitFor('#consult-status', 'attribute', 'pending', { name: 'data-outcome', not: true });
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
    expect(workspace.simulator.interactions.get(consultId).interaction).to.deep.include({
      isConsultation: true,
      dnis: '5003',
      state: 'DIALING',
    });
    expect(await tab.attribute('#consultation', 'data-consult-id')).to.equal(consultId);
    expect(await tab.text('#consult-status')).to.equal('Consulting 5003; the customer is on hold.');
    expect(await tab.text('#consultation-summary')).to.equal('Consultation with 5003: DIALING');
    expect(await tab.property('#complete-transfer', 'disabled')).to.equal(true);
    expect(await tab.text('#consultation-wait')).to.equal(
      'Transfer and conference become available once 5003 answers.',
    );
    expect(await tab.axe()).to.deep.equal([]);

    workspace.simulator.scenario.remoteAnswer(consultId);
    await settle(setup, 'after the answer');
    expect(await tab.attribute('#complete-transfer', 'disabled')).to.equal(null);
    expect(await tab.attribute('#interaction-state', 'data-state')).to.equal('HELD');
    expect(await complete(tab, '#complete-transfer')).to.equal('done');

    expect(await tab.text('#consult-status')).to.equal('Transferred to 5003.');
    expect(workspace.simulator.interactions.get(id).interaction.state).to.equal('IDLE');
    expect(workspace.simulator.interactions.get(consultId).interaction.state).to.equal('IDLE');
    // Workspace sent the release events before its answer, so the tab has shown them.
    expect(await tab.attribute('#interaction-state', 'data-state')).to.equal('IDLE');
    expect(await tab.visible('#consultation')).to.equal(false);
  });

  it("shows Workspace's failure to complete a conference, then completes it", async () => {
    await openTab(setup);
    const { tab, id, workspace } = setup;
    const consultId = await consultFromPad('5003');
    workspace.simulator.scenario.remoteAnswer(consultId);
    // Awaiting the button's `disabled` to go could pass before the tab had even shown the consultation
    // (its buttons start enabled); the marker orders it after every event of the answer.
    await settle(setup, 'after the answer');
    expect(await tab.attribute('#complete-conference', 'disabled')).to.equal(null);

    workspace.simulator.faults.fail('interaction.completeConference', 'Error: The conference bridge is full.');
    expect(await complete(tab, '#complete-conference')).to.equal('failed');
    expect(await tab.text('#consult-status')).to.equal(
      'Conference not completed. Error: The conference bridge is full.',
    );
    expect(await tab.visible('#consultation')).to.equal(true);

    workspace.simulator.faults.clear();
    expect(await complete(tab, '#complete-conference')).to.equal('done');
    expect(await tab.text('#consult-status')).to.equal('5003 joined the call.');
    expect(workspace.simulator.interactions.get(id).interaction.parties?.map((party) => party.name)).to.deep.equal([
      numbers.mary,
      '5003',
    ]);
    // Workspace sent the conference's events before its answer, so the tab has shown them.
    expect(await tab.text('#interaction-parties')).to.equal(`${numbers.mary}, 5003`);
    expect(await tab.attribute('#interaction-state', 'data-state')).to.equal('TALKING');
    expect(await tab.visible('#consultation')).to.equal(false);
  });
});
