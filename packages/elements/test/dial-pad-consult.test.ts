// <wwe-dial-pad consult-for="…"> in a cross-origin page, against the real host and simulator, through DialPadHarness.
import { expect } from '@open-wc/testing';
import { openOptions } from '../../../test/helpers/workspace.js';
import { DialPadHarness } from './harness/dial-pad.js';
import { openInteractionPage, type InteractionPage, accepting, mayNotCall } from './interaction-page.js';

describe('<wwe-dial-pad consult-for>', () => {
  let page: InteractionPage;
  let pad: DialPadHarness;
  /** The element with its attributes and the allowed services loaded and shown. */
  const show = async (attributes: string, options: Record<string, string> = openOptions) => {
    page = await openInteractionPage(options);
    await page.render(`<wwe-dial-pad ${attributes}></wwe-dial-pad>`);
    pad = new DialPadHarness(page);
    await pad.loaded();
  };
  /** An inbound call the agent answered: the interaction a consultation is made from. */
  const talkingCall = (ani = '+442071234567') => {
    const id = page.simulator.scenario.inboundCall(ani);
    page.simulator.voice.answer(id);
    return id;
  };
  afterEach(() => page.dispose());

  it('consults from the interaction instead of dialling: the simulator holds the call and dials a consultation', async () => {
    await show(`consult-for="1" user-data='{"Origin":"consult"}'`);
    const mainId = talkingCall();
    expect(mainId).to.equal('1');
    expect(await pad.label()).to.equal('Number to consult');
    expect(await pad.dialText()).to.equal('Consult');
    await pad.type('5003');
    await pad.dial();

    expect(await pad.dials()).to.deep.equal([{ destination: '5003', consultFor: '1' }]);
    expect(page.sent('interaction.consult')).to.deep.equal([['1', '5003', { Origin: 'consult' }, {}]]);
    expect([...page.sent('voice.dial'), ...page.sent('voice.dialEx')]).to.deep.equal([]);
    const [main, consult] = page.simulator.interactions.list().map((record) => record.interaction);
    expect(main).to.deep.include({ interactionId: '1', state: 'HELD' });
    expect(consult).to.deep.include({
      isConsultation: true,
      parentInteractionId: '1',
      callType: 'CONSULT',
      dnis: '5003',
      state: 'DIALING',
    });
    expect(consult!.userData).to.include({ Origin: 'consult' });
    expect(await pad.axe()).to.deep.equal([]);
  });

  it('passes its extensions to interaction.consult, not to voice.dialEx', async () => {
    await show(`consult-for="1" extensions='{"record":"on"}'`);
    talkingCall();
    await pad.type('5003');
    await pad.dial('enter');
    expect(page.sent('interaction.consult')).to.deep.equal([['1', '5003', {}, { record: 'on' }]]);
    expect([...page.sent('voice.dial'), ...page.sent('voice.dialEx')]).to.deep.equal([]);
    // Workspace answered: the simulator made the consultation before.
    expect(page.simulator.interactions.list()).to.have.length(2);
    expect(page.simulator.interactions.list()[1]!.extensions).to.deep.equal({ record: 'on' });
  });

  it('keeps a label the page gives; without consult-for the wording is back to dialling', async () => {
    await show('consult-for="1" label="Transfer to"');
    expect(await pad.label()).to.equal('Transfer to');
    await page.render('<wwe-dial-pad></wwe-dial-pad>');
    await pad.updated();
    expect(await pad.dialText()).to.equal('Dial');
    expect(await pad.label()).to.equal('Number to dial');
  });

  it("shows Workspace's refusal to consult from a call that is not answered yet", async () => {
    await show('consult-for="1"');
    page.simulator.scenario.inboundCall('+442071234567');
    await pad.type('5003');
    await pad.dial();
    expect(await pad.error()).to.match(/^Error: Operation 'interaction\.consult' .*RINGING/);
    expect(page.simulator.interactions.list()).to.have.length(1);
  });

  it('is disabled with a reason naming interaction.consult where the page may dial but not consult', async () => {
    await show('consult-for="1"', accepting('voice.*, system.*, configuration.*'));
    expect(await pad.reason()).to.equal(mayNotCall('interaction.consult'));
    expect(await pad.inputDisabled()).to.equal('');
    expect(await pad.axe()).to.deep.equal([]);
  });
});
