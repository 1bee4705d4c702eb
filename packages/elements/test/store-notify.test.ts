// The shared store wakes only the elements whose resource changed (issue 14, part 2): one agent
// STATE_CHANGED with 40 elements on a page re-renders the 10 agent-state elements, not the dial pads,
// toast triggers and outbound previews. A real host and simulator, the page in a cross-origin frame.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';

const tenOf = (tag: string) => Array.from({ length: 10 }, () => `<${tag}></${tag}>`).join('');

describe('the shared store: notifications per resource', () => {
  let page: ElementsPage;
  beforeEach(async () => {
    page = await openElementsPage();
    await page.render(
      `<wwe-bridge host-origin="${location.origin}">${tenOf('wwe-agent-state')}${tenOf('wwe-dial-pad')}${tenOf('wwe-toast-trigger')}${tenOf('wwe-outbound-preview')}</wwe-bridge>`,
    );
    await page.control('settled');
    await page.control('countRenders');
  });
  afterEach(() => page.dispose());

  it('an agent STATE_CHANGED re-renders the agent-state elements only', async () => {
    page.simulator.agent.setState('NotReady');
    // The event reached the page before this later question, and every render it caused is complete when it answers.
    await page.control('settled');
    expect(await page.control('renders')).to.deep.equal({ 'wwe-agent-state': 10 });
    expect(await page.text('wwe-agent-state >> [part="name"]')).to.equal('Not Ready');
  });

  it('a change to one call wakes the elements of that call only', async () => {
    page.dispose();
    page = await openElementsPage();
    const first = page.simulator.voice.inbound({ ani: '5001' }).interaction.interactionId;
    const second = page.simulator.voice.inbound({ ani: '5002' }).interaction.interactionId;
    await page.render(`<wwe-bridge host-origin="${location.origin}">
      <wwe-call-recording id="first" interaction-id="${first}"></wwe-call-recording><wwe-user-data id="first-data" interaction-id="${first}"></wwe-user-data>
      <wwe-call-recording id="second" interaction-id="${second}"></wwe-call-recording><wwe-case-list></wwe-case-list></wwe-bridge>`);
    await page.control('settled');
    await page.control('countRenders');
    page.simulator.voice.answer(first);
    await page.control('settled');
    const renders = await page.control<Record<string, number>>('renders');
    expect(renders['wwe-call-recording#second'], 'the other call').to.equal(undefined);
    expect(renders['wwe-call-recording#first']).to.be.greaterThan(0);
    expect(renders['wwe-user-data#first-data']).to.be.greaterThan(0);
    // The case list shows every interaction: any of them wakes it.
    expect(renders['wwe-case-list']).to.be.greaterThan(0);
  });

  it('an event that changes nothing the elements render wakes none of them', async () => {
    page.simulator.campaigns.load('Offer of the Month');
    page.simulator.views.disconnect();
    await page.control('settled');
    expect(await page.control('renders')).to.deep.equal({ 'wwe-outbound-preview': 10 });
  });
});

describe('the bridge context', () => {
  let page: ElementsPage;
  beforeEach(async () => {
    page = await openElementsPage();
  });
  afterEach(() => page.dispose());

  it('reaches an element whose provider is defined after it asked, through the page ContextRoot', async () => {
    const { before, after } = await page.control<{ before: string; after: string }>('lateProvider', {
      hostOrigin: location.origin,
    });
    expect(before).to.equal('no provider');
    expect(after).to.equal('Lovelace');
  });

  it('has a global key, so two copies of the package on one page meet', async () => {
    const { bridgeContext } = await import('@wwe-kit/elements');
    expect(bridgeContext).to.equal(Symbol.for('wwe-kit.bridge'));
  });
});
