// What the three elements of the agent's interactions (<wwe-call-recording>, <wwe-user-data>, <wwe-case-list>)
// have in common, each in a cross-origin page against the real host and simulator: they load the same way.
import { expect } from '@open-wc/testing';
import { InteractionElementHarness, openInteractionPage, type InteractionPage } from './interaction-page.js';

const ELEMENTS = ['<wwe-call-recording interaction-id="1"></wwe-call-recording>', '<wwe-user-data interaction-id="1"></wwe-user-data>', '<wwe-case-list></wwe-case-list>'];

describe('the interaction elements', () => {
  let page: InteractionPage;
  afterEach(() => page.dispose());

  for (const markup of ELEMENTS) {
    const tag = markup.slice(1, markup.search(/[ >]/));
    it(`<${tag}> shows Workspace's failure to read the interactions word for word, and stays accessible`, async () => {
      page = await openInteractionPage();
      page.simulator.faults.fail('interaction.getInteractions', 'Error: Workspace is starting.');
      await page.render(markup);
      const element = new InteractionElementHarness(page, tag);
      await element.loaded();
      expect(await element.messages()).to.deep.equal({ error: ['Error: Workspace is starting.'], reason: [] });
      expect(await element.axe()).to.deep.equal([]);
    });
  }
});
