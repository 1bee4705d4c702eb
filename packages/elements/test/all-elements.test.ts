// Every element, side by side in one cross-origin page against the real host and simulator: one host
// subscription and one request per resource however many elements; every error path shown; axe-clean in every state.
import { expect } from '@open-wc/testing';
import { notAllowedMessage, rateLimitMessage, type RequestName } from '@wwe-kit/protocol';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions } from '../../../test/helpers/workspace.js';
import { BridgeHarness, openElementsTestPage, type ElementsTestPage } from './harness/bridge.js';
import { ElementHarness } from './interaction-page.js';

const ALL =
  '<wwe-agent-state></wwe-agent-state><wwe-dial-pad></wwe-dial-pad><wwe-toast-trigger title="T"></wwe-toast-trigger><wwe-outbound-preview campaign="Offer"></wwe-outbound-preview>';
const TAGS = ['wwe-agent-state', 'wwe-dial-pad', 'wwe-toast-trigger', 'wwe-outbound-preview'] as const;
/** The bridge's request timeout: only a fake clock in the page ever reaches it. */
const BRIDGE_TIMEOUT = 10_000;
/** What the four elements load: the shared resources they need. */
const LOADS: RequestName[] = [
  'system.getAllowedServices',
  'agent.getState',
  'agent.getStateList',
  'interaction.getInteractions',
  'outbound.getCampaigns',
];

interface Action {
  tag: string;
  request: RequestName;
  /** Starts the element's main action, as a user does. */
  run(element: ElementHarness): Promise<unknown>;
  /** Whether the element shows its action in flight, in its own shadow root. */
  busy(element: ElementHarness): Promise<boolean>;
}

/** How each element starts its main action, the request that action sends, and how it shows it is pending. */
const actions: Action[] = [
  {
    tag: 'wwe-agent-state',
    request: 'agent.setState',
    run: async ({ page, path }) => {
      await page.control('click', { path: `${path} >> [part=trigger]` });
      await page.control('click', { path: `${path} >> [role=option]` });
    },
    busy: async (element) => (await element.attribute('[part=trigger]', 'aria-busy')) === 'true',
  },
  {
    tag: 'wwe-dial-pad',
    request: 'voice.dial',
    run: async ({ page, path }) => {
      await page.control('type', { path: `${path} >> [part=input]`, text: '5002' });
      await page.control('click', { path: `${path} >> [part=dial]` });
    },
    busy: async (element) => (await element.attribute('[part=dial]', 'aria-busy')) === 'true',
  },
  {
    tag: 'wwe-toast-trigger',
    request: 'system.popupToast',
    run: ({ page, path }) => page.control('clickText', { path, text: 'Show toast' }),
    busy: async (element) => (await element.attribute('[part=button]', 'aria-busy')) === 'true',
  },
  // While an action is in flight, every other one waits: Start direct push (allowed here) is disabled.
  {
    tag: 'wwe-outbound-preview',
    request: 'outbound.getPreviewRecord',
    run: ({ page, path }) => page.control('clickText', { path, text: 'Get preview record' }),
    busy: async ({ page, path }) => (await page.control('disabledText', { path, text: 'Start direct push' })) === true,
  },
];

/** The error paths, as Workspace and the bridge produce them, and what the elements show. */
const failures: Array<{
  kind: string;
  inject(page: ElementsTestPage, request: RequestName): void;
  answered: boolean;
  shown: RegExp;
}> = [
  {
    kind: 'timeout',
    inject: (page, request) => page.simulator.faults.drop(request),
    answered: false,
    shown: /^Workspace did not answer in time\. Try again\.$/,
  },
  {
    kind: 'rate-limited',
    inject: (page, request) => page.simulator.faults.fail(request, rateLimitMessage(request, 30)),
    answered: true,
    shown:
      /^Too many requests: Workspace ignores this request for a while \(rate limit\)\. The rate limit for the request/,
  },
  {
    kind: 'not-allowed',
    inject: (page, request) =>
      page.simulator.faults.fail(
        request,
        notAllowedMessage(request, 'the administrator withdrew it', 'Ask for it back'),
      ),
    answered: true,
    shown: /^Not allowed: Request '[\w.]+' refused: the administrator withdrew it\. Ask for it back$/,
  },
  {
    kind: 'host error',
    inject: (page, request) => page.simulator.faults.fail(request, 'Error: Something broke in Workspace.'),
    answered: true,
    shown: /^Error: Something broke in Workspace\.$/,
  },
];

describe('every element together', () => {
  let page: ElementsTestPage;
  const element = (tag: string) => new ElementHarness(page, tag);
  /**
   * Opens the page with `markup` in a bridge, once every element shows what it loaded. With `fakeClock`,
   * the page's timers are fake from the start, so the bridge's request timeouts wait for the test's `tick`.
   */
  const open = async (markup: string, { fakeClock = false } = {}) => {
    page = await openElementsTestPage(openOptions);
    if (fakeClock) await page.control('fakeClock');
    page.simulator.scenario.campaign('Offer', 'Preview');
    await page.renderBare(
      `<wwe-bridge host-origin="${sameOrigin()}" timeout="${BRIDGE_TIMEOUT}">${markup}</wwe-bridge>`,
    );
    const bridge = new BridgeHarness(page);
    await bridge.connected();
    expect(await bridge.state()).to.equal('ready');
    for (const request of LOADS) await page.answered(request);
    for (const tag of TAGS) await element(tag).updated();
    expect(await element('wwe-agent-state').text('[part=name]')).to.equal('Not Ready');
  };
  afterEach(() => page.dispose());

  it('three copies of each element make one host subscription and one request per resource', async () => {
    await open(ALL.repeat(3));
    await page.answered('subscribe');
    const sent = page.names();
    expect(sent.filter((name) => name === 'subscribe')).to.have.length(1);
    expect(new Set(sent).size).to.equal(sent.length);
    expect(page.host.frames[0]!.subscriptions.size).to.equal(1);
    expect([...page.host.frames[0]!.subscriptions.values()][0]).to.have.members([
      'agent',
      'media',
      'interaction',
      'system',
      'outbound',
      'markdone',
    ]);
  });

  for (const { tag, request, run, busy } of actions) {
    for (const { kind, inject, answered, shown } of failures) {
      it(`${tag} shows a ${kind} of ${request}, and stays accessible`, async () => {
        await open(ALL, { fakeClock: !answered });
        const target = element(tag);
        inject(page, request);
        await run(target);
        await page.asked(request);
        if (answered) {
          await page.answered(request);
          await target.updated();
        } else {
          // Nothing answers a dropped request: the bridge's own timer ends it, in the page, on the page's fake
          // clock, which the test moves past the bridge's timeout instead of waiting for it.
          await page.control('tick', { ms: BRIDGE_TIMEOUT });
          await page.control('realClock');
          await target.updated();
        }
        expect(await target.text('[part=error]')).to.match(shown);
        expect(await target.axe()).to.deep.equal([]);
      });
    }

    it(`${tag} is accessible while its action is pending`, async () => {
      await open(ALL);
      const target = element(tag);
      // The simulator holds the answer until its (manual) clock moves on: the action stays pending meanwhile.
      page.simulator.faults.delay(request, 60_000);
      await run(target);
      await page.asked(request);
      await target.updated();
      expect(page.unanswered(request), `${request} is held`).to.equal(1);
      expect(await busy(target), `${tag} shows its action pending`).to.equal(true);
      // And tells the page's CSS, which styles what the page slotted in by it.
      expect(
        await page.control('matches', { path: tag, selector: ':state(pending)' }),
        `${tag}:state(pending)`,
      ).to.equal(true);
      expect((await target.text('[part=error]')) ?? '', 'no error yet').to.equal('');
      expect(await target.axe()).to.deep.equal([]);

      page.clock.advance(60_000);
      await page.answered(request);
      await target.updated();
      expect(page.unanswered(request)).to.equal(0);
      expect(await busy(target), `${tag} no longer pending`).to.equal(false);
      expect(await page.control('matches', { path: tag, selector: ':state(pending)' })).to.equal(false);
      expect((await target.text('[part=error]')) ?? '', 'the action succeeded').to.equal('');
    });
  }

  it('every element is accessible while loading, and when empty or disabled', async () => {
    page = await openElementsTestPage({
      ...openOptions,
      'service-client-api.accepted-web-content-origins':
        '* (agent.get, agent.getState, agent.getStateList, configuration.getOption)',
    });
    page.simulator.faults.delay('agent.getState', 60_000);
    await page.render(ALL);
    const agentState = element('wwe-agent-state');
    await page.asked('agent.getState');
    await agentState.updated();
    expect(page.unanswered('agent.getState'), 'the state is loading').to.equal(1);
    expect(await agentState.attribute('[part=trigger]', 'aria-busy'), 'agent state shows it loads').to.equal('true');
    expect(await agentState.axe()).to.deep.equal([]);
    await page.answered('system.getAllowedServices');
    for (const tag of ['wwe-dial-pad', 'wwe-toast-trigger', 'wwe-outbound-preview']) {
      await element(tag).updated();
      expect(await element(tag).text('[part=reason]'), `${tag} says why it is disabled`).to.not.equal(null);
      expect(await element(tag).axe(), tag).to.deep.equal([]);
    }
    expect(await element('wwe-outbound-preview').text('[part=empty]')).to.equal('No preview record.');
  });
});
