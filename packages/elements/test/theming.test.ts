// Theming: the --wwe-* custom properties reach the parts, light and dark follow the color scheme, and the
// hidden attribute hides every element.
import { expect } from '@open-wc/testing';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { AgentStateHarness } from './harness/agent-state.js';
import { BridgeHarness, openElementsTestPage, type ElementsTestPage } from './harness/bridge.js';
import { ElementHarness } from './interaction-page.js';

describe('theming', () => {
  let page: ElementsTestPage;
  afterEach(() => page.dispose());

  it('a --wwe-* property on the element restyles its part; dark follows color-scheme', async () => {
    page = await openElementsTestPage();
    await page.render('<wwe-dial-pad></wwe-dial-pad><wwe-agent-state></wwe-agent-state>');
    const agentState = new AgentStateHarness(page);
    await agentState.loaded();
    await new ElementHarness(page, 'wwe-dial-pad').updated();
    expect(await agentState.text('[part=name]')).to.equal('Not Ready');
    expect(await page.style('wwe-dial-pad >> [part=dial]', 'background-color')).to.equal('rgb(26, 127, 55)');
    expect(
      await page.style('wwe-dial-pad >> [part=dial]', 'background-color', '--wwe-dial-pad-accent: rgb(1, 2, 3)'),
    ).to.equal('rgb(1, 2, 3)');
    const lightText = await page.style('wwe-agent-state >> [part=trigger]', 'background-color');
    const darkText = await page.style('wwe-agent-state >> [part=trigger]', 'background-color', 'color-scheme: dark');
    expect([lightText, darkText]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(22, 27, 34)']);
  });

  it("follows the page's color scheme: light in a dark OS when the page declares none, dark when it declares light dark", async () => {
    page = await openElementsTestPage();
    await page.render('<wwe-agent-state></wwe-agent-state>');
    const agentState = new AgentStateHarness(page);
    await agentState.loaded();
    const colours = async () => [
      await page.style('wwe-agent-state >> [part=trigger]', 'background-color'),
      await page.style('wwe-agent-state', 'color'),
    ];
    try {
      await page.scheme('dark');
      // A page that never said it supports dark has a white canvas: the elements stay readable on it.
      expect(await colours()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
      expect(await agentState.axe()).to.deep.equal([]);
      await page.style('wwe-bridge', 'display', 'display: block; color-scheme: light dark; background-color: Canvas');
      expect(await colours()).to.deep.equal(['rgb(22, 27, 34)', 'rgb(230, 237, 243)']);
      expect(await agentState.axe()).to.deep.equal([]);
    } finally {
      await page.scheme('light');
    }
    expect(await colours()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
  });

  it('the hidden attribute hides every element, although each gives its :host a display', async () => {
    page = await openElementsTestPage();
    const tags = [
      'wwe-agent-state',
      'wwe-dial-pad',
      'wwe-outbound-preview',
      'wwe-record-fields',
      'wwe-toast-trigger',
      'wwe-call-recording',
      'wwe-user-data',
      'wwe-case-list',
    ];
    await page.renderBare(`<wwe-bridge id="shown" host-origin="${sameOrigin()}">${tags.map((tag) => `<${tag} hidden></${tag}>`).join('')}</wwe-bridge>
      <wwe-bridge id="gone" hidden host-origin="${sameOrigin()}"></wwe-bridge>`);
    // Each bridge has its own client, so asks for the allowed services once: both are answered.
    const shown = new BridgeHarness(page, '#shown');
    await shown.connected(2);
    await page.answered('system.getAllowedServices', 1);
    await shown.updated();
    expect(await shown.state()).to.equal('ready');
    for (const path of ['#gone', ...tags.map((tag) => `#shown ${tag}`)]) {
      expect(await page.style(path, 'display'), path).to.equal('none');
    }
    expect(await page.style('#shown', 'display')).to.equal('block');
  });
});
