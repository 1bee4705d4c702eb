// What the three elements of the agent's interactions (<wwe-call-recording>, <wwe-user-data>, <wwe-case-list>)
// have in common, each in a cross-origin page against the real host and simulator: how they load, how they
// show an action in flight, and how they show Workspace's failures.
import { expect } from '@open-wc/testing';
import type { RequestName } from '@wwe-kit/protocol';
import { openOptions } from '../../../test/helpers/workspace.js';
import { InteractionElementHarness, openInteractionPage, type InteractionPage } from './interaction-page.js';

interface InteractionElement {
  tag: string;
  /** Puts an answered call with attached data in the simulator; answers the element's markup for it. */
  markup(page: InteractionPage): string;
  /** The element's main action, as a user starts it, and the request it sends. */
  request: RequestName;
  run(element: InteractionElementHarness): Promise<unknown>;
  /** Whether the element shows its action in flight, in its own shadow root. */
  busy(element: InteractionElementHarness): Promise<boolean>;
}

const answeredCall = (page: InteractionPage) => {
  const id = page.simulator.scenario.inboundCall('+442071234567', { CustomerName: 'Ada Lovelace' });
  page.simulator.voice.answer(id);
  return id;
};
const click = ({ page, path }: InteractionElementHarness, selector: string) =>
  page.control('click', { path: `${path} >> ${selector}` });
const busyAt = (selector: string) => async (element: InteractionElementHarness) =>
  (await element.attribute(selector, 'aria-busy')) === 'true';

const ELEMENTS: InteractionElement[] = [
  {
    tag: 'wwe-call-recording',
    markup: (page) => `<wwe-call-recording interaction-id="${answeredCall(page)}"></wwe-call-recording>`,
    request: 'voice.startCallRecording',
    run: (element) => click(element, '[part=start]'),
    busy: busyAt('[part=actions]'),
  },
  {
    tag: 'wwe-user-data',
    markup: (page) => `<wwe-user-data interaction-id="${answeredCall(page)}" editable="CustomerName"></wwe-user-data>`,
    request: 'interaction.setUserData',
    busy: busyAt('[part=save]'),
    run: async (element) => {
      await element.page.control('type', { path: `${element.path} >> input[name="CustomerName"]`, text: 'Ada King' });
      await element.updated();
      await click(element, '[part=save]');
    },
  },
  {
    tag: 'wwe-case-list',
    markup: (page) => (answeredCall(page), '<wwe-case-list></wwe-case-list>'),
    request: 'interaction.selectCaseByCaseId',
    run: (element) => click(element, '[role=option]'),
    busy: busyAt('[part=list]'),
  },
];

describe('the interaction elements', () => {
  let page: InteractionPage;
  afterEach(() => page.dispose());
  /** Opens a page with the element, once it shows the call. */
  const open = async ({ tag, markup }: InteractionElement) => {
    page = await openInteractionPage(openOptions);
    await page.render(markup(page));
    const element = new InteractionElementHarness(page, tag);
    await element.loaded();
    return element;
  };

  for (const subject of ELEMENTS) {
    const { tag, request, run, busy } = subject;

    it(`<${tag}> shows Workspace's failure to read the interactions word for word, and stays accessible`, async () => {
      page = await openInteractionPage();
      page.simulator.faults.fail('interaction.getInteractions', 'Error: Workspace is starting.');
      await page.render(subject.markup(page));
      const element = new InteractionElementHarness(page, tag);
      await element.loaded();
      expect(await element.messages()).to.deep.equal({ error: ['Error: Workspace is starting.'], reason: [] });
      expect(await element.axe()).to.deep.equal([]);
    });

    it(`<${tag}> shows its ${request} in flight (aria-busy, :state(pending)), accessible, and then done`, async () => {
      const element = await open(subject);
      // The simulator holds the answer until its (manual) clock moves on.
      page.simulator.faults.delay(request, 60_000);
      await run(element);
      await element.updated();
      expect(page.sent(request), `${request} sent once`).to.have.length(1);
      expect(await busy(element), 'busy').to.equal(true);
      expect(await page.control('matches', { path: tag, selector: ':state(pending)' })).to.equal(true);
      expect(await element.axe()).to.deep.equal([]);
      page.clock.advance(60_000);
      await page.answered(request);
      await element.updated();
      expect(await busy(element), 'no longer busy').to.equal(false);
      expect(await page.control('matches', { path: tag, selector: ':state(pending)' })).to.equal(false);
      expect(await element.messages()).to.deep.equal({ error: [], reason: [] });
    });

    it(`<${tag}> shows Workspace's refusal of ${request} word for word, and stays accessible`, async () => {
      const element = await open(subject);
      page.simulator.faults.fail(request, 'Error: Workspace is busy.');
      await run(element);
      await page.answered(request);
      await element.updated();
      expect((await element.messages()).error).to.deep.equal(['Error: Workspace is busy.']);
      expect(await element.axe()).to.deep.equal([]);
    });
  }
});
