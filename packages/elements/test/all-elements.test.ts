// Every element, side by side in one cross-origin page against the real host and simulator: one host
// subscription and one request per resource however many elements; every error path shown; axe-clean in every state.
import { expect } from '@open-wc/testing';
import { notAllowedMessage, rateLimitMessage, type RequestName } from '@wwe-kit/protocol';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions } from '../../../test/helpers/workspace.js';

const ALL = '<wwe-agent-state></wwe-agent-state><wwe-dial-pad></wwe-dial-pad><wwe-toast-trigger title="T"></wwe-toast-trigger><wwe-outbound-preview campaign="Offer"></wwe-outbound-preview>';

/** How each element starts its main action, and the request that action sends. */
const actions: Array<{ tag: string; request: RequestName; run(page: ElementsPage): Promise<unknown> }> = [
  { tag: 'wwe-agent-state', request: 'agent.setState', run: async (page) => {
    await page.control('click', { path: 'wwe-agent-state >> [part=trigger]' });
    await page.control('click', { path: 'wwe-agent-state >> [role=option]' });
  } },
  { tag: 'wwe-dial-pad', request: 'voice.dial', run: async (page) => {
    await page.control('type', { path: 'wwe-dial-pad >> [part=input]', text: '5002' });
    await page.control('click', { path: 'wwe-dial-pad >> [part=dial]' });
  } },
  { tag: 'wwe-toast-trigger', request: 'system.popupToast', run: (page) => page.control('clickText', { path: 'wwe-toast-trigger', text: 'Show toast' }) },
  { tag: 'wwe-outbound-preview', request: 'outbound.getPreviewRecord', run: (page) => page.control('clickText', { path: 'wwe-outbound-preview', text: 'Get preview record' }) },
];

/** The error paths, as Workspace and the bridge produce them, and what the elements show. */
const failures: Array<{ kind: string; inject(page: ElementsPage, request: RequestName): void; shown: RegExp }> = [
  { kind: 'timeout', inject: (page, request) => page.simulator.faults.drop(request), shown: /^Workspace did not answer in time\. Try again\.$/ },
  { kind: 'rate-limited', inject: (page, request) => page.simulator.faults.fail(request, rateLimitMessage(request, 30)), shown: /^Too many requests: Workspace ignores this request for a while \(rate limit\)\. The rate limit for the request/ },
  { kind: 'not-allowed', inject: (page, request) => page.simulator.faults.fail(request, notAllowedMessage(request, 'the administrator withdrew it', 'Ask for it back')), shown: /^Not allowed: Request '[\w.]+' refused: the administrator withdrew it\. Ask for it back$/ },
  { kind: 'host error', inject: (page, request) => page.simulator.faults.fail(request, 'Error: Something broke in Workspace.'), shown: /^Error: Something broke in Workspace\.$/ },
];

describe('every element together', () => {
  let page: ElementsPage;
  const open = async (markup: string, options: Record<string, string> = openOptions) => {
    page = await openElementsPage(options);
    page.simulator.scenario.campaign('Offer', 'Preview');
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}" timeout="400">${markup}</wwe-bridge>`);
    await until(async () => (await page.control('attribute', { path: 'wwe-bridge', name: 'state' })) === 'ready', 'the bridge is ready');
    await until(async () => (await page.text('wwe-agent-state >> [part=name]')) !== 'Loading…', 'the elements are ready');
  };
  const axe = (tag: string) => page.control<string[]>('axe', { path: tag });
  afterEach(() => page.dispose());

  it('three copies of each element make one host subscription and one request per resource', async () => {
    await open(ALL.repeat(3));
    await until(() => page.host.frames[0]!.subscriptions.size === 1, 'the subscription');
    const sent = page.sent();
    expect(sent.filter((name) => name === 'subscribe')).to.have.length(1);
    expect(new Set(sent).size).to.equal(sent.length);
    expect([...page.host.frames[0]!.subscriptions.values()][0]).to.have.members(['agent', 'media', 'interaction', 'system', 'outbound', 'markdone']);
  });

  for (const { tag, request, run } of actions) {
    for (const { kind, inject, shown } of failures) {
      it(`${tag} shows a ${kind} of ${request}, and stays accessible`, async () => {
        await open(ALL);
        inject(page, request);
        await run(page);
        await until(async () => ((await page.text(`${tag} >> [part=error]`)) ?? '') !== '', `the ${kind} is shown`, 3000);
        expect(await page.text(`${tag} >> [part=error]`)).to.match(shown);
        expect(await axe(tag)).to.deep.equal([]);
      });
    }

    it(`${tag} is accessible while its action is pending`, async () => {
      await open(ALL);
      page.simulator.faults.delay(request, 60_000);
      await run(page);
      expect(await axe(tag)).to.deep.equal([]);
    });
  }

  it('every element is accessible while loading, and when empty or disabled', async () => {
    page = await openElementsPage({ ...openOptions, 'service-client-api.accepted-web-content-origins': '* (agent.get, agent.getState, agent.getStateList, configuration.getOption)' });
    page.simulator.faults.delay('agent.getState', 60_000);
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}">${ALL}</wwe-bridge>`);
    await until(() => page.sent().includes('agent.getState'), 'loading has started');
    expect(await axe('wwe-agent-state')).to.deep.equal([]);
    await until(async () => (await page.text('wwe-dial-pad >> [part=reason]')) !== null, 'the disabled reasons');
    for (const tag of ['wwe-dial-pad', 'wwe-toast-trigger', 'wwe-outbound-preview']) expect(await axe(tag), tag).to.deep.equal([]);
    expect(await page.text('wwe-outbound-preview >> [part=empty]')).to.equal('No preview record.');
  });
});
