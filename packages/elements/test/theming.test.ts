// Theming: the --wwe-* custom properties reach the parts, light and dark follow the color scheme, and the
// hidden attribute hides every element.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';

describe('theming', () => {
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
});
