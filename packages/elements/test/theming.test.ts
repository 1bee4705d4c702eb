// Theming: the --wwe-* custom properties reach the parts, light and dark follow the color scheme,
// and <wwe-record-fields> works on its own.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';

describe('theming and standalone parts', () => {
  let page: ElementsPage;
  afterEach(() => page.dispose());

  it('a --wwe-* property on the element restyles its part; dark follows color-scheme', async () => {
    page = await openElementsPage();
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-dial-pad></wwe-dial-pad><wwe-agent-state></wwe-agent-state></wwe-bridge>`);
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) === 'Not Ready', 'the elements render');
    const light = await page.control('style', { path: 'wwe-dial-pad >> [part=dial]', property: 'background-color' });
    expect(light).to.equal('rgb(26, 127, 55)');
    expect(await page.control('style', { path: 'wwe-dial-pad >> [part=dial]', property: 'background-color', set: '--wwe-dial-pad-accent: rgb(1, 2, 3)' })).to.equal('rgb(1, 2, 3)');
    const lightText = await page.control('style', { path: 'wwe-agent-state >> [part=trigger]', property: 'background-color' });
    const darkText = await page.control('style', { path: 'wwe-agent-state >> [part=trigger]', property: 'background-color', set: 'color-scheme: dark' });
    expect([lightText, darkText]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(22, 27, 34)']);
  });

  it('the hidden attribute hides every element, although each gives its :host a display', async () => {
    page = await openElementsPage();
    const tags = ['wwe-agent-state', 'wwe-dial-pad', 'wwe-outbound-preview', 'wwe-record-fields', 'wwe-toast-trigger'];
    await page.render(`<wwe-bridge id="shown" host-origin="${sameOrigin()}">${tags.map((tag) => `<${tag} hidden></${tag}>`).join('')}</wwe-bridge>
      <wwe-bridge id="gone" hidden host-origin="${sameOrigin()}"></wwe-bridge>`);
    await until(async () => (await page.control('attribute', { path: '#shown', name: 'state' })) === 'ready', 'the bridge');
    for (const path of ['#gone', ...tags.map((tag) => `#shown ${tag}`)]) {
      expect(await page.control('style', { path, property: 'display' }), path).to.equal('none');
    }
    expect(await page.control('style', { path: '#shown', property: 'display' })).to.equal('block');
  });

  it('<wwe-record-fields interaction-id> shows and saves a record on its own', async () => {
    page = await openElementsPage();
    page.simulator.scenario.campaign('Offer', 'Preview');
    const id = page.simulator.previews.deliver('Offer', 'pull').interaction.interactionId;
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-record-fields interaction-id="${id}"></wwe-record-fields></wwe-bridge>`);
    await until(async () => (await page.text('wwe-record-fields >> [name=Custom_Integer]')) !== null, 'the fields');
    await page.control('type', { path: 'wwe-record-fields >> [name=Custom_Character]', text: 'z' });
    await page.control('clickText', { path: 'wwe-record-fields', text: 'Save fields' });
    await until(async () => (await page.control<Array<{ type: string }>>('events')).some((event) => event.type === 'wwe-fields-saved'), 'wwe-fields-saved');
    const event = (await page.control<Array<{ type: string; detail: unknown }>>('events')).find((entry) => entry.type === 'wwe-fields-saved');
    expect(event!.detail).to.deep.equal({ changes: { Custom_Character: 'z' } });
    expect(await page.control('axe', { path: 'wwe-record-fields' })).to.deep.equal([]);
  });

  it('<wwe-agent-state> closes its menu on Escape and keeps focus on the combobox', async () => {
    page = await openElementsPage();
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-agent-state></wwe-agent-state></wwe-bridge>`);
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) === 'Not Ready', 'the state');
    await page.control('key', { path: 'wwe-agent-state >> [part=trigger]', key: 'ArrowDown' });
    expect(await page.control('attribute', { path: 'wwe-agent-state >> [part=trigger]', name: 'aria-expanded' })).to.equal('true');
    await page.control('key', { path: 'wwe-agent-state >> [part=trigger]', key: 'Escape' });
    expect(await page.control('attribute', { path: 'wwe-agent-state >> [part=trigger]', name: 'aria-expanded' })).to.equal('false');
    expect(page.sent()).to.not.include('agent.setState');
  });
});
