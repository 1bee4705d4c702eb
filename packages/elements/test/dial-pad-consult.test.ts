// <wwe-dial-pad consult-for="…"> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions } from '../../../test/helpers/workspace.js';

const INPUT = 'wwe-dial-pad >> [part=input]';
const DIAL = 'wwe-dial-pad >> [part=dial]';
const ERROR = 'wwe-dial-pad >> [part=error]';

describe('<wwe-dial-pad consult-for>', () => {
  let page: ElementsPage;
  const show = async (attributes: string, options: Record<string, string> = openOptions) => {
    page = await openElementsPage(options);
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-dial-pad ${attributes}></wwe-dial-pad></wwe-bridge>`);
    await until(() => page.sent().includes('system.getAllowedServices'), 'the allowed services are asked');
  };
  /** An inbound call the agent answered: the interaction a consultation is made from. */
  const talkingCall = (ani = '+442071234567') => {
    const id = page.simulator.scenario.inboundCall(ani);
    page.simulator.voice.answer(id);
    return id;
  };
  const requestsSent = () => page.traffic.filter((entry) => entry.kind === 'request' && entry.direction === 'in')
    .map((entry) => entry.message as { request: string; parameters?: unknown[] });
  const dialEvents = async () => (await page.control<Array<{ type: string; detail: unknown }>>('events')).filter((event) => event.type === 'wwe-dial');
  afterEach(() => page.dispose());

  it('consults from the interaction instead of dialling: the simulator holds the call and dials a consultation', async () => {
    await show(`consult-for="1" user-data='{"Origin":"consult"}'`);
    const mainId = talkingCall();
    expect(mainId).to.equal('1');
    expect(await page.text('wwe-dial-pad >> label')).to.equal('Number to consult');
    expect(await page.text(DIAL)).to.equal('Consult');
    await page.control('type', { path: INPUT, text: '5003' });
    await page.control('click', { path: DIAL });
    await until(async () => (await dialEvents()).length === 1, 'wwe-dial');

    expect((await dialEvents())[0]!.detail).to.deep.equal({ destination: '5003', consultFor: '1' });
    const sent = requestsSent().filter((message) => /^(voice\.dial|interaction\.consult)/.test(message.request));
    expect(sent.map((message) => [message.request, message.parameters])).to.deep.equal([['interaction.consult', ['1', '5003', { Origin: 'consult' }, {}]]]);
    const [main, consult] = page.simulator.interactions.list().map((record) => record.interaction);
    expect(main).to.deep.include({ interactionId: '1', state: 'HELD' });
    expect(consult).to.deep.include({ isConsultation: true, parentInteractionId: '1', callType: 'CONSULT', dnis: '5003', state: 'DIALING' });
    expect(consult!.userData).to.include({ Origin: 'consult' });
    expect(await page.control<string[]>('axe', { path: 'wwe-dial-pad' })).to.deep.equal([]);
  });

  it('passes its extensions to interaction.consult, not to voice.dialEx', async () => {
    await show(`consult-for="1" extensions='{"record":"on"}'`);
    talkingCall();
    await page.control('type', { path: INPUT, text: '5003' });
    await page.control('key', { path: INPUT, key: 'Enter' });
    await until(() => requestsSent().some((message) => message.request === 'interaction.consult'), 'interaction.consult');
    const consult = requestsSent().find((message) => message.request === 'interaction.consult')!;
    expect(consult.parameters).to.deep.equal(['1', '5003', {}, { record: 'on' }]);
    expect(requestsSent().some((message) => message.request.startsWith('voice.dial'))).to.equal(false);
    await until(() => page.simulator.interactions.list().length === 2, 'the consultation');
    expect(page.simulator.interactions.list()[1]!.extensions).to.deep.equal({ record: 'on' });
  });

  it('keeps a label the page gives; without consult-for the wording is back to dialling', async () => {
    await show('consult-for="1" label="Transfer to"');
    expect(await page.text('wwe-dial-pad >> label')).to.equal('Transfer to');
    await page.control('render', { markup: `<wwe-bridge host-origin="${sameOrigin()}"><wwe-dial-pad></wwe-dial-pad></wwe-bridge>` });
    await until(async () => (await page.text(DIAL)) === 'Dial', 'the dial wording');
    expect(await page.text('wwe-dial-pad >> label')).to.equal('Number to dial');
  });

  it("shows Workspace's refusal to consult from a call that is not answered yet", async () => {
    await show('consult-for="1"');
    page.simulator.scenario.inboundCall('+442071234567');
    await page.control('type', { path: INPUT, text: '5003' });
    await page.control('click', { path: DIAL });
    await until(async () => ((await page.text(ERROR)) ?? '') !== '', 'the error');
    expect(await page.text(ERROR)).to.match(/^Error: Operation 'interaction\.consult' .*RINGING/);
    expect(page.simulator.interactions.list()).to.have.length(1);
  });

  it('is disabled with a reason naming interaction.consult where the page may dial but not consult', async () => {
    await show('consult-for="1"', { ...openOptions, 'service-client-api.accepted-web-content-origins': '* (voice.*, system.*, configuration.*)' });
    await until(async () => (await page.text('wwe-dial-pad >> [part=reason]')) !== null, 'the reason');
    expect(await page.text('wwe-dial-pad >> [part=reason]')).to.equal('This page may not call interaction.consult (service-client-api.accepted-web-content-origins).');
    expect(await page.control('attribute', { path: INPUT, name: 'disabled' })).to.equal('');
    expect(await page.control<string[]>('axe', { path: 'wwe-dial-pad' })).to.deep.equal([]);
  });
});
